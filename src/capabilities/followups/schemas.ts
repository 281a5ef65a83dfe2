import { z } from "zod";
import { text } from "../../http/schemas.js";

/** The follow-ups capability's request and response shapes (OpenAPI components). */
const Handle = z.string();
const When = z.string().describe("ISO 8601 UTC");
const State = z.enum(["open", "in-progress", "done", "wont-do"]);
const Priority = z.enum(["high", "medium", "low"]);
const Source = z.strictObject({
  kind: z.enum(["need", "decision", "change", "postmortem", "manual"]),
  ref: z.string().max(64).nullable().describe("The need or change id, or the decision's event seq"),
  section: z.string().max(200).nullable().describe("The postmortem section it belongs to"),
});

export const FollowUpOut = z
  .object({
    id: z.string(),
    title: z.string(),
    owner: Handle,
    dueAt: When.nullable(),
    priority: Priority,
    state: State,
    reason: z.string().nullable().describe("Why it will not be done"),
    source: Source,
    createdBy: Handle,
    createdAt: When,
    updatedAt: When,
    doneAt: When.nullable(),
    overdueAt: When.nullable().describe("When its owner was told it is overdue"),
    tracker: z
      .union([
        z.literal("requested"),
        z.object({
          provider: z.literal("github"),
          key: z.string().describe("owner/repo#12"),
          url: z.string(),
        }),
      ])
      .optional()
      .describe(
        "The issue it is synced with; `requested` while it is being created; absent when not tracked",
      ),
  })
  .meta({ id: "FollowUp" });

const Due = z
  .string()
  .max(40)
  .refine((v) => !Number.isNaN(Date.parse(v)), "an ISO 8601 time, e.g. 2026-12-18T17:00:00Z");

export const AddFollowUpBody = z.strictObject({
  title: text(300, "title"),
  owner: z.string().min(1).max(64),
  dueAt: Due.nullable().optional(),
  priority: Priority.optional(),
  source: Source.optional(),
});

export const UpdateFollowUpBody = z.strictObject({
  title: text(300, "title").optional(),
  owner: z.string().min(1).max(64).optional(),
  dueAt: Due.nullable().optional(),
  priority: Priority.optional(),
  state: State.optional(),
  reason: text(1000, "reason").optional(),
});

export const FollowUpListOut = z.object({
  followUps: z.array(
    FollowUpOut.extend({
      incident: z.object({ id: z.string(), number: z.number().int(), name: z.string() }),
    }),
  ),
});
