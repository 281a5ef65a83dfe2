import { z } from "zod";
import { optionalBody, text } from "../../http/schemas.js";

/** The changes capability's request and response shapes (OpenAPI components). */
const Handle = z.string();
const When = z.string().describe("ISO 8601 UTC");

export const ChangeBody = z.strictObject({
  what: text(1000, "what"),
  why: text(2000, "why"),
  system: text(100, "system").describe("The system the change touches; one change at a time per system"),
  risk: z.enum(["low", "medium", "high"]),
  rollbackPlan: text(2000, "rollbackPlan"),
});

export const ObjectionBody = z.strictObject({ reason: text(2000, "reason") });

export const StartChangeBody = optionalBody(
  z.strictObject({
    override: z
      .string()
      .trim()
      .min(1)
      .max(2000)
      .optional()
      .describe("IC only: start despite objections or the window, with a reason"),
    whenFree: z.boolean().optional().describe("Queue behind a change in progress on the same system"),
  }),
);

export const ChangeOut = z
  .object({
    id: z.string(),
    what: z.string(),
    why: z.string(),
    system: z.string(),
    risk: z.enum(["low", "medium", "high"]),
    rollbackPlan: z.string(),
    proposedBy: Handle,
    proposedAt: When,
    objectionWindowEndsAt: When.nullable(),
    clearedBy: Handle.nullable(),
    objections: z.array(
      z.object({
        id: z.string(),
        by: Handle,
        reason: z.string(),
        at: When,
        status: z.enum(["open", "withdrawn", "overruled"]),
      }),
    ),
    status: z.enum(["proposed", "queued", "in-progress", "observed", "kept", "rolled-back", "withdrawn"]),
    startedBy: Handle.nullable(),
    startedAt: When.nullable(),
    override: z.object({ by: Handle, reason: z.string() }).nullable(),
    result: z.string().nullable(),
    concludedAt: When.nullable(),
    windowClosed: z
      .boolean()
      .optional()
      .describe("True once the objection window was announced closed (the change may start)"),
  })
  .meta({ id: "Change" });
