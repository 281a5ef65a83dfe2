import { z } from "zod";
import { optionalBody, text } from "../../http/schemas.js";

/** The needs capability's request and response shapes (OpenAPI components). */
const Handle = z.string();
const When = z.string().describe("ISO 8601 UTC");

export const NeedOut = z
  .object({
    id: z.string(),
    text: z.string(),
    from: Handle.describe("Who reported it"),
    to: Handle.nullable().describe("Whom the report went to (null: the Incident Commander)"),
    raisedAt: When,
    canSeq: z.number().int().describe("The CAN report it came from"),
    state: z.enum(["open", "answered", "withdrawn"]),
    assignee: Handle.nullable().describe("Who was asked to see to it"),
    answer: z.string().nullable(),
    answeredBy: Handle.nullable(),
    answeredAt: When.nullable(),
    answerSeq: z.number().int().nullable().describe("The event that answered it"),
  })
  .describe("A need from a CAN report: an open request until answered or withdrawn")
  .meta({ id: "Need" });

export const AnswerNeedBody = z.strictObject({
  answer: text(2000, "answer").describe("What was done or decided about the need"),
});

export const AssignNeedBody = z.strictObject({
  assignee: z.string().min(1).max(64).describe("A checked-in responder to see to it"),
});

export const WithdrawNeedBody = optionalBody(z.strictObject({ reason: text(500, "reason").optional() }));
