import { DateTime, IANAZone } from "luxon";

const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * The instant a wall-clock time names in a zone, as Temporal's "compatible" choice does: a time
 * skipped by a change (02:30 when clocks go forward) moves forward by the gap; a time that happens
 * twice (01:30 when clocks go back) is the first of the two. Works from the zone's offsets a day
 * either side (no zone changes twice in two days), which is far cheaper than building DateTimes.
 */
export function instantOf(local: DateTime | string, zone: string): number {
  const wall = (typeof local === "string" ? DateTime.fromISO(local, { zone: "utc" }) : local).toMillis();
  const tz = IANAZone.create(zone);
  const earlier = wall - tz.offset(wall - DAY) * MINUTE;
  const later = wall - tz.offset(wall + DAY) * MINUTE;
  const names = (at: number) => at + tz.offset(at) * MINUTE === wall;
  if (names(earlier) && names(later)) return Math.min(earlier, later);
  if (names(later)) return later;
  // Named by the offset before a change, or skipped by it: then the offset before moves it forward.
  return earlier;
}

/** The wall-clock date and time (no zone) of an instant in a zone, for calendar arithmetic. */
export function wallOf(ms: number, zone: string): DateTime {
  const at = DateTime.fromMillis(ms, { zone });
  return DateTime.fromObject(
    { year: at.year, month: at.month, day: at.day, hour: at.hour, minute: at.minute, second: at.second },
    { zone: "utc" },
  );
}

/** Minutes since midnight of "HH:MM". */
export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(":").map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** Whether a zone is one the time zone database knows. */
export function knownZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}
