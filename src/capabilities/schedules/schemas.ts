import { z } from "zod";
import { Handle, text } from "../../http/schemas.js";
import { knownZone, minutesOf } from "./domain/clock.js";

export const ScheduleSlug = z
  .string()
  .regex(
    /^[a-z][a-z0-9-]{0,39}$/,
    "a schedule's id is 1–40 lower-case letters, digits or dashes, starting with a letter",
  )
  .describe("A schedule's id, e.g. `db-primary`");

const LocalDateTime = z
  .string()
  .regex(
    /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d$/,
    "a wall-clock date and time in the schedule's zone, as YYYY-MM-DDTHH:MM (no offset)",
  );

const WallTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "a wall-clock time as HH:MM (24-hour)");

const Rotation = z
  .strictObject({
    every: z.number().int().min(1, "every is at least 1"),
    unit: z.enum(["hours", "days", "weeks"]),
  })
  .refine((r) => r.every <= { hours: 8760, days: 365, weeks: 52 }[r.unit], {
    message: "a rotation is at most a year (8760 hours, 365 days or 52 weeks)",
    path: ["every"],
  })
  .describe("How often the layer hands over: `{every: 1, unit: 'weeks'}` is weekly");

const Restriction = z
  .strictObject({
    weekdays: z
      .array(z.number().int().min(1).max(7))
      .min(1)
      .max(7)
      .describe("Days the window starts on: 1 = Monday … 7 = Sunday"),
    from: WallTime,
    to: WallTime.describe("Not after `from`: the window runs past midnight"),
  })
  .refine((r) => minutesOf(r.from) !== minutesOf(r.to), {
    message: "from and to are the same time; leave the restriction out for all day",
    path: ["to"],
  });

const Layer = z
  .strictObject({
    name: text(60, "name"),
    participants: z.array(Handle).min(1, "a layer needs at least one participant").max(50),
    rotation: Rotation,
    start: LocalDateTime.describe("The first handoff (the first participant begins), wall clock in the zone"),
    end: LocalDateTime.nullish().describe("When the layer stops (wall clock); none: it goes on"),
    restriction: Restriction.nullish().describe("Only within this window each week (e.g. working hours)"),
  })
  .refine((l) => !l.end || l.end > l.start, { message: "end is not after start", path: ["end"] });

/** A schedule as written by an admin (PUT /schedules/{slug}). */
export const ScheduleIn = z.strictObject({
  name: text(100, "name"),
  description: z.string().trim().max(500).optional(),
  timeZone: z
    .string()
    .max(64)
    .refine(knownZone, "not a time zone the server knows; use an IANA name such as Europe/London")
    .describe("IANA time zone of the handoff times, e.g. Europe/London"),
  layers: z
    .array(Layer)
    .min(1, "a schedule needs at least one layer")
    .max(10)
    .describe("Later layers win over earlier ones wherever they apply"),
});

const Source = z.union([
  z.object({ layer: z.number().int(), name: z.string() }),
  z.object({ override: z.string() }),
]);

export const ShiftOut = z.object({
  person: z.string(),
  start: z.string().describe("ISO 8601 instant (UTC)"),
  end: z.string(),
  source: Source.describe("The layer or the override the shift comes from"),
});

export const OverrideOut = z.object({
  id: z.string(),
  person: z.string(),
  start: z.string(),
  end: z.string(),
  note: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
});

export const OverrideIn = z
  .strictObject({
    person: Handle,
    start: z.iso.datetime({ offset: true }).describe("ISO 8601 instant"),
    end: z.iso.datetime({ offset: true }),
    note: z.string().trim().max(200).optional(),
  })
  .refine((o) => Date.parse(o.end) > Date.parse(o.start), {
    message: "end is not after start",
    path: ["end"],
  })
  .refine((o) => Date.parse(o.end) - Date.parse(o.start) <= 366 * 86_400_000, {
    message: "an override is at most a year",
    path: ["end"],
  });

export const OnCallOut = z.object({
  schedule: z.string(),
  name: z.string(),
  timeZone: z.string(),
  at: z.string(),
  now: ShiftOut.nullable().describe("Who is on call at `at`, and the whole shift; null: nobody"),
  next: ShiftOut.nullable().describe("The next shift of someone else"),
});

export const ScheduleOut = ScheduleIn.extend({
  slug: z.string(),
  description: z.string(),
  overrides: z.array(OverrideOut).describe("Overrides that have not ended"),
  onCall: OnCallOut.omit({ schedule: true, name: true, timeZone: true }),
  updatedAt: z.string(),
});
