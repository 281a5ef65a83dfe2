/**
 * The next time the clock shows "HH:MM" in the local zone after `now` (today, or tomorrow once
 * past), as an ISO instant; anything else is returned as given, for the API to judge.
 */
export function nextClockTime(input: string, now = new Date()): string {
  const clock = /^(\d{1,2}):(\d{2})$/.exec(input.trim());
  if (!clock) return input;
  const at = new Date(now);
  at.setHours(Number(clock[1]), Number(clock[2]), 0, 0);
  if (at.getTime() <= now.getTime()) at.setDate(at.getDate() + 1);
  return at.toISOString();
}
