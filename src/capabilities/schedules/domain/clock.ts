import { DateTime, IANAZone } from "luxon";

const MINUTE = 60_000;
/** Every gap or overlap in the time zone database is at most this long (most are an hour). */
const LARGEST_SHIFT_MINUTES = 180;

/**
 * The instant a wall-clock time names in a zone, as Temporal's "compatible" choice does: a time
 * skipped by a change (02:30 when clocks go forward) moves forward by the gap; a time that happens
 * twice (01:30 when clocks go back) is the first of the two.
 */
export function instantOf(local: DateTime | string, zone: string): number {
  const wall = typeof local === "string" ? DateTime.fromISO(local, { zone: "utc" }) : local;
  const at = DateTime.fromObject(
    {
      year: wall.year,
      month: wall.month,
      day: wall.day,
      hour: wall.hour,
      minute: wall.minute,
      second: wall.second,
    },
    { zone },
  );
  const ms = at.toMillis();
  // A time can only happen twice just after the clocks went back.
  if (at.minus({ minutes: LARGEST_SHIFT_MINUTES }).offset <= at.offset) return ms;
  const label = wallLabel(at);
  for (let back = 15; back <= LARGEST_SHIFT_MINUTES; back += 15) {
    const earlier = at.minus({ minutes: back });
    if (wallLabel(earlier) === label) return ms - back * MINUTE;
  }
  return ms;
}

/** The wall-clock date and time (no zone) of an instant in a zone, for calendar arithmetic. */
export function wallOf(ms: number, zone: string): DateTime {
  const at = DateTime.fromMillis(ms, { zone });
  return DateTime.fromObject(
    { year: at.year, month: at.month, day: at.day, hour: at.hour, minute: at.minute, second: at.second },
    { zone: "utc" },
  );
}

function wallLabel(at: DateTime): string {
  return at.toFormat("yyyy-MM-dd'T'HH:mm:ss");
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
