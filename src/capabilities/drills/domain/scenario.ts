import { z } from "zod";
import { EVENT_TYPES } from "../../../domain/events.js";
import { FIXED_ROLES } from "../../../domain/roles.js";

const DURATION = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/;

/** Milliseconds of "1h30m", "10m", "45s"; null when the text is not a duration. */
export function durationMs(text: string): number | null {
  const m = DURATION.exec(text);
  if (!m || text === "") return null;
  const [, h, min, s] = m;
  return ((Number(h ?? 0) * 60 + Number(min ?? 0)) * 60 + Number(s ?? 0)) * 1000;
}

const Duration = z
  .string()
  .refine((t) => durationMs(t) !== null, "a duration such as 90s, 10m or 1h30m")
  .refine((t) => (durationMs(t) ?? 0) <= 8 * 3_600_000, "at most 8h");

const Id = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,39}$/, "1–40 lower-case letters, digits or dashes, starting with a letter");
const Text = (max: number) => z.string().trim().min(1).max(max);
const Role = z.enum(FIXED_ROLES);

/** Someone the scenario plays (a stakeholder, a vendor, facilities): not a participant. */
const CastMember = z.strictObject({
  id: Id,
  name: Text(80),
  as: z.enum(["stakeholder", "responder", "vendor", "executive"]).default("responder"),
});

/** A part a participant plays, given by the facilitator at the start (e.g. the senior who arrives). */
const Slot = z.strictObject({ id: Id, brief: Text(1000) });

/** What an inject does, through the normal write path, marked as part of the drill. */
export const InjectActionSchema = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("alert"),
    title: Text(200),
    labels: z.record(z.string().max(100), z.string().max(200)).default({}),
    count: z.number().int().min(1).max(100).default(1),
  }),
  z.strictObject({ type: z.literal("message"), from: Id, text: Text(4000) }),
  z.strictObject({ type: z.literal("finding"), from: Id, to: Role, text: Text(4000) }),
  z.strictObject({ type: z.literal("question"), from: Id, text: Text(2000) }),
  z.strictObject({ type: z.literal("change-goes-wrong"), text: Text(2000) }),
  z.strictObject({ type: z.literal("arrival"), slot: Id, text: Text(2000) }),
  z.strictObject({ type: z.literal("drop-out"), role: Role, text: Text(2000) }),
  z.strictObject({
    type: z.literal("second-incident"),
    synopsis: Text(200),
    severity: z.string().max(20),
    text: Text(2000),
  }),
  z.strictObject({ type: z.literal("need"), from: Id, text: Text(2000) }),
  z.strictObject({ type: z.literal("note"), text: Text(2000) }),
]);

const After = z.union([
  z.strictObject({
    event: z.string().describe("An event type, e.g. can.reported"),
    nth: z.number().int().min(1).max(50).default(1).describe("Its nth occurrence (default the first)"),
  }),
  z.strictObject({ inject: Id.describe("Another inject, defined earlier") }),
]);

/**
 * A timed event of the drill. It fires `at` an offset from the start, or `after` something
 * happened (plus a `delay`); `latest` fires it anyway by then, so a drill never stalls.
 */
const Inject = z
  .strictObject({
    id: Id,
    title: Text(120).describe("What the facilitator sees in the list of upcoming injects"),
    at: Duration.optional(),
    after: After.optional(),
    delay: Duration.optional(),
    latest: Duration.optional(),
    do: InjectActionSchema,
  })
  .superRefine((inject, ctx) => {
    if ((inject.at === undefined) === (inject.after === undefined)) {
      ctx.addIssue({
        code: "custom",
        message: "give either at (an offset) or after (a condition)",
        path: ["at"],
      });
    }
    if (inject.at !== undefined && (inject.delay !== undefined || inject.latest !== undefined)) {
      ctx.addIssue({ code: "custom", message: "delay and latest go with after, not at", path: ["delay"] });
    }
  });

/** A drill scenario: what participants are told, the roles to fill, and the injects. */
export const ScenarioSchema = z
  .strictObject({
    id: Id,
    title: Text(120),
    summary: Text(500).describe("One paragraph for the list of scenarios"),
    brief: Text(5000).describe("What the participants are told at the start (Markdown)"),
    severity: z.string().regex(/^[A-Z0-9-]{1,20}$/, "a severity level such as SEV1"),
    synopsis: Text(200).describe("The drill incident's synopsis"),
    visibility: z.enum(["normal", "restricted"]).default("normal"),
    roles: z.array(Role).min(1).describe("Roles the participants should fill"),
    participants: z.strictObject({
      min: z.number().int().min(1).max(50),
      max: z.number().int().min(1).max(50),
    }),
    duration: Duration.describe("How long it runs at real speed"),
    cast: z.array(CastMember).max(30).default([]),
    slots: z.array(Slot).max(10).default([]),
    injects: z.array(Inject).min(1).max(200),
    passMark: z.number().min(0).max(1).default(0.7).describe("The share of the score that passes"),
  })
  .superRefine((s, ctx) => {
    const cast = new Set(s.cast.map((c) => c.id));
    const slots = new Set(s.slots.map((x) => x.id));
    const seen = new Set<string>();
    const known = new Set<string>(EVENT_TYPES);
    s.injects.forEach((inject, i) => {
      const at = (path: (string | number)[], message: string) => {
        ctx.addIssue({ code: "custom", message, path: ["injects", i, ...path] });
      };
      if (seen.has(inject.id)) at(["id"], `another inject is called ${inject.id}`);
      const after = inject.after;
      if (after && "inject" in after && !seen.has(after.inject)) {
        at(["after", "inject"], `${after.inject} is not an inject defined before this one`);
      }
      if (after && "event" in after && !known.has(after.event)) {
        at(["after", "event"], `${after.event} is not an event type Muster records`);
      }
      const act = inject.do;
      if ("from" in act && !cast.has(act.from)) at(["do", "from"], `${act.from} is not in the cast`);
      if (act.type === "arrival" && !slots.has(act.slot)) {
        at(["do", "slot"], `${act.slot} is not one of the slots`);
      }
      if ((durationMs(inject.at ?? "0s") ?? 0) > (durationMs(s.duration) ?? 0)) {
        at(["at"], "after the scenario's duration");
      }
      seen.add(inject.id);
    });
    if (s.participants.min > s.participants.max) {
      ctx.addIssue({ code: "custom", message: "min is more than max", path: ["participants", "min"] });
    }
  });

export type Scenario = z.output<typeof ScenarioSchema>;
export type ScenarioInput = z.input<typeof ScenarioSchema>;
export type Inject = Scenario["injects"][number];
export type InjectAction = Inject["do"];

/** The published JSON Schema of a scenario file (what editors and CI validate against). */
export function scenarioJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ScenarioSchema, { io: "input", unrepresentable: "any" }),
    title: "Muster drill scenario",
    description:
      "A drill scenario: brief, roles to fill and timed injects. Cross-references (inject ids, cast, slots, event types) are checked by Muster when it loads the file.",
  };
}
