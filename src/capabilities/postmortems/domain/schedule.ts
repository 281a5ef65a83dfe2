import type { PostmortemConfig, Schedule } from "./model.js";

const DAY = 86_400_000;

/** `days` working days (Monday to Friday, UTC) after `from`. */
export function addWorkingDays(from: Date, days: number): Date {
  let at = from.getTime();
  let left = days;
  while (left > 0) {
    at += DAY;
    const weekday = new Date(at).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return new Date(at);
}

/** When the draft, the review and the publication are due for an incident that ended at `endedAt`. */
export function scheduleFrom(endedAt: Date, config: PostmortemConfig): Schedule {
  return {
    draft: addWorkingDays(endedAt, config.draftWorkingDays).toISOString(),
    review: new Date(endedAt.getTime() + config.reviewDays * DAY).toISOString(),
    publish: new Date(endedAt.getTime() + config.publishDays * DAY).toISOString(),
  };
}

/**
 * Whether an end calls for a draft by itself: not when it is older than the publication window
 * (an upgrade catching up on years of ended incidents would otherwise draft, and remind, for all).
 */
export function draftsAutomatically(endedAt: string, now: Date, config: PostmortemConfig): boolean {
  return now.getTime() - Date.parse(endedAt) <= config.publishDays * DAY;
}
