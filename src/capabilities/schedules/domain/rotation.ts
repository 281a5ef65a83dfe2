import { DateTime } from "luxon";
import { instantOf, minutesOf, wallOf } from "./clock.js";
import type { Layer, Override, ScheduleSpec, Shift, ShiftSource } from "./model.js";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The longest stretch one computation covers, so a request cannot ask for years of shifts. */
export const MAX_RANGE_DAYS = 366;

/** A layer prepared for computing: its zone, its first handoff as an instant, its end. */
type Prepared = {
  layer: Layer;
  index: number;
  zone: string;
  start: number;
  startWall: DateTime;
  end: number;
};

function prepare(spec: ScheduleSpec): Prepared[] {
  return spec.layers.map((layer, index) => ({
    layer,
    index,
    zone: spec.timeZone,
    start: instantOf(layer.start, spec.timeZone),
    startWall: DateTime.fromISO(layer.start, { zone: "utc" }),
    end: layer.end ? instantOf(layer.end, spec.timeZone) : Number.POSITIVE_INFINITY,
  }));
}

/** The instant of a layer's k-th handoff: elapsed hours, or the same wall-clock time N days on. */
function handoff(p: Prepared, k: number): number {
  const { every, unit } = p.layer.rotation;
  if (unit === "hours") return p.start + k * every * HOUR;
  const days = k * every * (unit === "weeks" ? 7 : 1);
  return instantOf(p.startWall.plus({ days }), p.zone);
}

/** Which handoff was the last one at or before an instant (−1 before the first). */
function turnAt(p: Prepared, at: number): number {
  if (at < p.start) return -1;
  const { every, unit } = p.layer.rotation;
  const length = every * (unit === "hours" ? HOUR : unit === "weeks" ? 7 * DAY : DAY);
  // A wall-clock rotation is off by at most the zone's changes; step to the exact turn.
  let k = Math.floor((at - p.start) / length);
  while (k > 0 && handoff(p, k) > at) k -= 1;
  while (handoff(p, k + 1) <= at) k += 1;
  return k;
}

/** Whether a layer's restriction (if any) lets it apply at an instant. */
function applies(p: Prepared, at: number): boolean {
  const r = p.layer.restriction;
  if (!r) return true;
  const local = DateTime.fromMillis(at, { zone: p.zone });
  const minutes = local.hour * 60 + local.minute;
  const from = minutesOf(r.from);
  const to = minutesOf(r.to);
  const today = r.weekdays.includes(local.weekday);
  if (from < to) return today && minutes >= from && minutes < to;
  const yesterday = r.weekdays.includes(local.weekday === 1 ? 7 : local.weekday - 1);
  return (today && minutes >= from) || (yesterday && minutes < to);
}

/** Who a layer puts on call at an instant, or null where it does not apply. */
function layerAt(p: Prepared, at: number): string | null {
  if (at < p.start || at >= p.end || !applies(p, at)) return null;
  const people = p.layer.participants;
  return people[turnAt(p, at) % people.length] ?? null;
}

/** The override in force at an instant: of those covering it, the one made last. */
function overrideAt(overrides: readonly Override[], at: number): Override | null {
  let found: Override | null = null;
  for (const o of overrides) {
    if (Date.parse(o.start) <= at && at < Date.parse(o.end)) {
      if (!found || o.createdAt >= found.createdAt) found = o;
    }
  }
  return found;
}

/** Who is on call at an instant, and why; null when nobody is. */
function whoAt(
  layers: readonly Prepared[],
  overrides: readonly Override[],
  at: number,
): { person: string; source: ShiftSource } | null {
  const o = overrideAt(overrides, at);
  if (o) return { person: o.person, source: { override: o.id } };
  for (let i = layers.length - 1; i >= 0; i -= 1) {
    const p = layers[i];
    if (!p) continue;
    const person = layerAt(p, at);
    if (person) return { person, source: { layer: p.index, name: p.layer.name } };
  }
  return null;
}

/** Every instant in [from, to) where who is on call may change. */
function boundaries(
  layers: readonly Prepared[],
  overrides: readonly Override[],
  from: number,
  to: number,
): number[] {
  const found = new Set<number>([from]);
  const add = (t: number): void => {
    if (t > from && t < to) found.add(t);
  };
  for (const p of layers) {
    add(p.start);
    add(p.end);
    for (let k = Math.max(0, turnAt(p, from)); ; k += 1) {
      const t = handoff(p, k);
      if (t >= to) break;
      add(t);
    }
    const r = p.layer.restriction;
    if (!r) continue;
    const first = wallOf(from, p.zone).startOf("day").minus({ days: 1 });
    const days = Math.ceil((to - from) / DAY) + 2;
    for (let d = 0; d <= days; d += 1) {
      const day = first.plus({ days: d });
      for (const hhmm of [r.from, r.to]) add(instantOf(day.plus({ minutes: minutesOf(hhmm) }), p.zone));
    }
  }
  for (const o of overrides) {
    add(Date.parse(o.start));
    add(Date.parse(o.end));
  }
  return [...found].sort((a, b) => a - b);
}

function sameSource(a: ShiftSource, b: ShiftSource): boolean {
  return "override" in a ? "override" in b && a.override === b.override : "layer" in b && a.layer === b.layer;
}

/**
 * The shifts between two instants, after layers and overrides are combined: consecutive stretches
 * of one person from one source are one shift; gaps (nobody on call) are left out. Shifts are
 * clipped to the range.
 */
export function shiftsBetween(
  spec: ScheduleSpec,
  overrides: readonly Override[],
  from: Date,
  to: Date,
): Shift[] {
  const start = from.getTime();
  const end = Math.min(to.getTime(), start + MAX_RANGE_DAYS * DAY);
  if (end <= start) return [];
  const layers = prepare(spec);
  const cuts = boundaries(layers, overrides, start, end);
  const shifts: { person: string; start: number; end: number; source: ShiftSource }[] = [];
  cuts.forEach((at, i) => {
    const until = cuts[i + 1] ?? end;
    const who = whoAt(layers, overrides, at);
    if (!who) return;
    const last = shifts[shifts.length - 1];
    if (last && last.end === at && last.person === who.person && sameSource(last.source, who.source)) {
      last.end = until;
    } else {
      shifts.push({ person: who.person, start: at, end: until, source: who.source });
    }
  });
  return shifts.map((s) => ({
    person: s.person,
    start: new Date(s.start).toISOString(),
    end: new Date(s.end).toISOString(),
    source: s.source,
  }));
}

/** Who is on call at an instant (with the whole shift they are in) and who comes next. */
export function onCallAt(
  spec: ScheduleSpec,
  overrides: readonly Override[],
  at: Date,
): { now: Shift | null; next: Shift | null } {
  const t = at.getTime();
  const shifts = shiftsBetween(spec, overrides, new Date(t - 62 * DAY), new Date(t + 93 * DAY));
  const i = shifts.findIndex((s) => Date.parse(s.start) <= t && t < Date.parse(s.end));
  let now = i >= 0 ? (shifts[i] ?? null) : null;
  // The same person on from a layer, then an override, is on call without a break.
  for (let j = i + 1; now && shifts[j]?.person === now.person && shifts[j]?.start === now.end; j += 1) {
    now = { ...now, end: shifts[j]?.end ?? now.end };
  }
  const later = shifts.filter(
    (s) => Date.parse(s.start) >= Date.parse(now?.end ?? s.start) && Date.parse(s.start) > t,
  );
  const next = later.find((s) => s.person !== now?.person) ?? later[0] ?? null;
  return { now, next };
}

/** Who is on call at one instant, judged directly from the layers and overrides. */
export function personAt(spec: ScheduleSpec, overrides: readonly Override[], at: Date): string | null {
  return whoAt(prepare(spec), overrides, at.getTime())?.person ?? null;
}
