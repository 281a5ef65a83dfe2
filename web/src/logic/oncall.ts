import type { Answer } from "../../../src/contract/client.js";

export { zoned } from "../../../src/capabilities/schedules/domain/words.js";

export type Schedule = Answer<"/api/v1/schedules/{slug}", "get">;
export type Layer = Schedule["layers"][number];
export type Shift = Answer<"/api/v1/schedules/{slug}/shifts", "get">["shifts"][number];

const DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/** The shifts grouped by the day (in the zone) each starts on, in order. */
export function byDay(shifts: readonly Shift[], timeZone: string): { day: string; shifts: Shift[] }[] {
  const label = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "long",
    day: "numeric",
    month: "long",
  });
  const days: { day: string; shifts: Shift[] }[] = [];
  for (const s of shifts) {
    const day = label.format(new Date(s.start));
    const last = days[days.length - 1];
    if (last?.day === day) last.shifts.push(s);
    else days.push({ day, shifts: [s] });
  }
  return days;
}

function rotationText(r: Layer["rotation"]): string {
  if (r.every === 1) return { hours: "hourly", days: "daily", weeks: "weekly" }[r.unit];
  return `every ${String(r.every)} ${r.unit}`;
}

/** "ana → ben, weekly from 2027-03-15 09:00; Mon–Fri 09:00–17:00". */
export function layerSummary(l: Layer): string {
  const r = l.restriction;
  const window = r ? `; ${r.weekdays.map((d) => DAYS[d - 1] ?? "?").join(", ")} ${r.from}–${r.to}` : "";
  const end = l.end ? ` until ${l.end.replace("T", " ")}` : "";
  return `${l.participants.join(" → ")}, ${rotationText(l.rotation)} from ${l.start.replace("T", " ")}${end}${window}`;
}

/** What the schedule form edits: every field as text, as the inputs hold it. */
export type LayerForm = {
  name: string;
  participants: string;
  every: string;
  unit: "hours" | "days" | "weeks";
  start: string;
  end: string;
  restricted: boolean;
  weekdays: number[];
  from: string;
  to: string;
};

export type ScheduleForm = { slug: string; name: string; timeZone: string; layers: LayerForm[] };

/** A blank layer: weekly, from next Monday at 09:00. */
export function blankLayer(today: Date, n: number): LayerForm {
  const monday = new Date(today.getTime() + ((8 - today.getDay()) % 7 || 7) * 86_400_000);
  return {
    name: n === 0 ? "primary" : `layer ${String(n + 1)}`,
    participants: "",
    every: "1",
    unit: "weeks",
    start: `${monday.toISOString().slice(0, 10)}T09:00`,
    end: "",
    restricted: false,
    weekdays: [1, 2, 3, 4, 5],
    from: "09:00",
    to: "17:00",
  };
}

/** The form of an existing schedule. */
export function formOf(s: Schedule): ScheduleForm {
  return {
    slug: s.slug,
    name: s.name,
    timeZone: s.timeZone,
    layers: s.layers.map((l) => ({
      name: l.name,
      participants: l.participants.join(", "),
      every: String(l.rotation.every),
      unit: l.rotation.unit,
      start: l.start,
      end: l.end ?? "",
      restricted: !!l.restriction,
      weekdays: l.restriction?.weekdays ?? [1, 2, 3, 4, 5],
      from: l.restriction?.from ?? "09:00",
      to: l.restriction?.to ?? "17:00",
    })),
  };
}

/** The request body of a form (the server checks it and names the field that is wrong). */
export function specOf(f: ScheduleForm) {
  return {
    name: f.name,
    timeZone: f.timeZone,
    layers: f.layers.map((l) => ({
      name: l.name,
      participants: l.participants
        .split(/[\s,]+/)
        .map((p) => p.trim())
        .filter(Boolean),
      rotation: { every: Number(l.every), unit: l.unit },
      start: l.start,
      end: l.end || null,
      restriction: l.restricted ? { weekdays: l.weekdays, from: l.from, to: l.to } : null,
    })),
  };
}

/** An error's field (`layers.0.participants.1`) as the form's: which layer, which input. */
export function fieldOf(field: string | undefined): { layer: number | null; input: string } | null {
  if (!field) return null;
  const m = /^layers\.(\d+)\.([a-z]+)/i.exec(field);
  if (m) return { layer: Number(m[1]), input: m[2] ?? "" };
  return { layer: null, input: field.split(".")[0] ?? field };
}
