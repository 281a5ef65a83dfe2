import { DateTime, IANAZone } from "luxon";
import { instantOf, minutesOf, wallOf } from "./clock.js";
import type { Layer, Override, ScheduleSpec, Shift, ShiftSource } from "./model.js";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The longest stretch one computation covers, so a request cannot ask for years of shifts. */
export const MAX_RANGE_DAYS = 366;

/**
 * A layer prepared for computing: its zone, its first handoff as an instant, its end, and the
 * handoffs computed so far (each is a time zone conversion, the costly part, and they are asked
 * for again and again while a range is walked).
 */
type Prepared = {
  layer: Layer;
  index: number;
  zone: string;
  start: number;
  startWall: DateTime;
  end: number;
  handoffs: Map<number, number>;
  tz: IANAZone;
};

function prepare(spec: ScheduleSpec): Prepared[] {
  return spec.layers.map((layer, index) => ({
    layer,
    index,
    zone: spec.timeZone,
    start: instantOf(layer.start, spec.timeZone),
    startWall: DateTime.fromISO(layer.start, { zone: "utc" }),
    end: layer.end ? instantOf(layer.end, spec.timeZone) : Number.POSITIVE_INFINITY,
    handoffs: new Map<number, number>(),
    tz: IANAZone.create(spec.timeZone),
  }));
}

/** The instant of a layer's k-th handoff: elapsed hours, or the same wall-clock time N days on. */
function handoff(p: Prepared, k: number): number {
  const { every, unit } = p.layer.rotation;
  if (unit === "hours") return p.start + k * every * HOUR;
  const known = p.handoffs.get(k);
  if (known !== undefined) return known;
  const days = k * every * (unit === "weeks" ? 7 : 1);
  const at = instantOf(p.startWall.plus({ days }), p.zone);
  p.handoffs.set(k, at);
  return at;
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
  // The zone's offset at that instant gives the wall clock; cheaper than a DateTime per call.
  const local = new Date(at + p.tz.offset(at) * 60_000);
  const weekday = local.getUTCDay() === 0 ? 7 : local.getUTCDay();
  const minutes = local.getUTCHours() * 60 + local.getUTCMinutes();
  const from = minutesOf(r.from);
  const to = minutesOf(r.to);
  const today = r.weekdays.includes(weekday);
  if (from < to) return today && minutes >= from && minutes < to;
  const yesterday = r.weekdays.includes(weekday === 1 ? 7 : weekday - 1);
  return (today && minutes >= from) || (yesterday && minutes < to);
}

/** Who a layer puts on call at an instant, or null where it does not apply. */
function layerAt(p: Prepared, at: number): string | null {
  if (at < p.start || at >= p.end || !applies(p, at)) return null;
  const people = p.layer.participants;
  return people[turnAt(p, at) % people.length] ?? null;
}

/** The override in force at an instant: of those covering it, the one made last. */
/** An override with its instants parsed once. */
type Cover = Override & { from: number; until: number };

function covers(overrides: readonly Override[]): Cover[] {
  return overrides.map((o) => ({ ...o, from: Date.parse(o.start), until: Date.parse(o.end) }));
}

function overrideAt(overrides: readonly Cover[], at: number): Cover | null {
  let found: Cover | null = null;
  for (const o of overrides) {
    if (o.from <= at && at < o.until && (!found || o.createdAt >= found.createdAt)) found = o;
  }
  return found;
}

/** Who is on call at an instant, and why; null when nobody is. */
function whoAt(
  layers: readonly Prepared[],
  overrides: readonly Cover[],
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
  overrides: readonly Cover[],
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
    // A window opens on its weekdays and closes that day, or the next when it runs past midnight.
    const first = wallOf(from, p.zone).startOf("day").minus({ days: 1 });
    const days = Math.ceil((to - from) / DAY) + 2;
    const overnight = minutesOf(r.to) <= minutesOf(r.from);
    for (let d = 0; d <= days; d += 1) {
      const day = first.plus({ days: d });
      if (!r.weekdays.includes(day.weekday)) continue;
      add(instantOf(day.plus({ minutes: minutesOf(r.from) }), p.zone));
      add(instantOf(day.plus({ days: overnight ? 1 : 0, minutes: minutesOf(r.to) }), p.zone));
    }
  }
  for (const o of overrides) {
    add(o.from);
    add(o.until);
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
  const cover = covers(overrides);
  const cuts = boundaries(layers, cover, start, end);
  const shifts: { person: string; start: number; end: number; source: ShiftSource }[] = [];
  cuts.forEach((at, i) => {
    const until = cuts[i + 1] ?? end;
    const who = whoAt(layers, cover, at);
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
  // Most shifts last hours to weeks: look close first, and further only while the answer is cut off.
  let back = 2;
  let ahead = 16;
  for (;;) {
    const from = t - back * DAY;
    const to = t + ahead * DAY;
    const found = nowAndNext(shiftsBetween(spec, overrides, new Date(from), new Date(to)), t);
    const cutBefore = found.now !== null && Date.parse(found.now.start) <= from && back < 62;
    const endsAtEdge = found.now !== null && Date.parse(found.now.end) >= to;
    const cutAfter = (found.next === null || endsAtEdge) && ahead < 93;
    if (!cutBefore && !cutAfter) return found;
    if (cutBefore) back = Math.min(62, back * 4);
    if (cutAfter) ahead = Math.min(93, ahead * 3);
  }
}

/** The shift containing `t` (merged with the same person's next one) and the next shift after it. */
function nowAndNext(shifts: Shift[], t: number): { now: Shift | null; next: Shift | null } {
  const i = shifts.findIndex((s) => Date.parse(s.start) <= t && t < Date.parse(s.end));
  let now = i >= 0 ? (shifts[i] ?? null) : null;
  // The same person on from a layer, then an override, is on call without a break.
  for (let j = i + 1; now && shifts[j]?.person === now.person && shifts[j]?.start === now.end; j += 1) {
    now = { ...now, end: shifts[j]?.end ?? now.end };
  }
  const until = now ? Date.parse(now.end) : t;
  const later = shifts.filter((s) => Date.parse(s.start) > t && Date.parse(s.start) >= until);
  const next = later.find((s) => s.person !== now?.person) ?? later[0] ?? null;
  return { now, next };
}

/** Who is on call at one instant, judged directly from the layers and overrides. */
export function personAt(spec: ScheduleSpec, overrides: readonly Override[], at: Date): string | null {
  return whoAt(prepare(spec), covers(overrides), at.getTime())?.person ?? null;
}
