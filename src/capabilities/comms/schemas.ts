import { z } from "zod";
import { text } from "../../http/schemas.js";
import { COMPONENT_STATES, STAGES } from "./domain/model.js";

/** The comms capability's request and response shapes (OpenAPI components). */
const Handle = z.string();
const When = z.string().describe("ISO 8601 UTC");

/** A stakeholder group's name: lower-case letters, digits and dashes (it also names `liaison:<group>`). */
export const GroupName = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "lower-case letters, digits and dashes, at most 40, e.g. executives");

const Channel = z.enum(["in-app", "email", "webhook", "all"]);

export const MemberIn = z
  .discriminatedUnion("kind", [
    z.strictObject({
      kind: z.literal("person"),
      handle: z.string().min(1).max(64),
      channel: Channel.default("all").describe(
        "How they hear besides their inbox (all: every contact method)",
      ),
    }),
    z.strictObject({
      kind: z.literal("team"),
      team: z.string().min(1).max(64),
      channel: Channel.default("all"),
    }),
    z.strictObject({ kind: z.literal("email"), address: z.email().max(254) }),
  ])
  .meta({ id: "StakeholderMemberIn" });

export const StakeholderGroupIn = z.strictObject({
  label: text(80, "label"),
  external: z.boolean().default(false).describe("Outside the organisation: customers, partners, the public"),
  approval: z
    .boolean()
    .optional()
    .describe("Updates wait for the IC's approval (default: true for external groups, false for internal)"),
  members: z.array(MemberIn).max(500).default([]),
});

export const StakeholderGroupOut = z
  .object({
    name: z.string(),
    label: z.string(),
    external: z.boolean(),
    approval: z.boolean(),
    members: z.array(
      z.union([
        z.object({ kind: z.literal("person"), handle: Handle, channel: Channel }),
        z.object({ kind: z.literal("team"), team: z.string(), channel: Channel }),
        z.object({ kind: z.literal("email"), address: z.string() }),
      ]),
    ),
    updatedAt: When,
  })
  .meta({ id: "StakeholderGroup" });

const AudienceMember = z.union([
  z.object({ kind: z.literal("person"), handle: Handle, channel: Channel }),
  z.object({ kind: z.literal("email"), address: z.string() }),
]);

export const AudienceOut = z
  .object({
    name: z.string(),
    label: z.string(),
    external: z.boolean(),
    approval: z.boolean(),
    members: z.array(AudienceMember).describe("Teams expanded to their people when the audience was named"),
  })
  .meta({ id: "Audience" });

const Stage = z.enum(STAGES);
const ComponentStateEnum = z.enum(COMPONENT_STATES);
const Due = z
  .string()
  .max(40)
  .refine((v) => !Number.isNaN(Date.parse(v)), "an ISO 8601 time, e.g. 2026-12-18T17:00:00Z");

export const DraftUpdateBody = z.strictObject({
  audience: GroupName.describe("An audience the IC named (`public`: the status page)"),
  stage: Stage,
  title: text(160, "title").describe("A headline readers understand without the codename"),
  impact: text(2000, "impact"),
  workaround: z.string().trim().max(2000).nullable().default(null),
  text: text(8000, "text"),
  nextUpdateAt: Due.nullable()
    .default(null)
    .describe("When they hear next (null: the cadence for the severity)"),
  components: z
    .record(z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, "a component's name, e.g. api"), ComponentStateEnum)
    .default({})
    .describe("Public audience only: the affected components and their state"),
});

export const ApproveUpdateBody = z.strictObject({
  edits: z
    .strictObject({
      title: text(160, "title").optional(),
      text: text(8000, "text").optional(),
      impact: text(2000, "impact").optional(),
      workaround: z.string().trim().max(2000).nullable().optional(),
    })
    .optional()
    .describe("Changes the IC makes on approval (recorded)"),
});

export const UpdateOut = z
  .object({
    id: z.string(),
    audience: z.string(),
    stage: Stage,
    title: z.string(),
    impact: z.string(),
    workaround: z.string().nullable(),
    text: z.string(),
    nextUpdateAt: When.nullable(),
    components: z.record(z.string(), ComponentStateEnum),
    status: z.enum(["pending-approval", "published", "rejected"]),
    draftedBy: Handle,
    draftedAt: When,
    decidedBy: Handle.nullable(),
    decidedAt: When.nullable(),
    edited: z.array(z.string()),
    rejectReason: z.string().nullable(),
    publishedAt: When.nullable(),
  })
  .meta({ id: "CommsUpdate" });

const Asker = z.union([
  z.object({ kind: z.literal("person"), handle: Handle }),
  z.object({ kind: z.literal("email"), name: z.string(), address: z.string() }),
]);

export const QuestionOut = z
  .object({
    id: z.string(),
    audience: z.string().nullable(),
    from: Asker,
    text: z.string(),
    askedAt: When,
    answer: z.object({ text: z.string(), by: Handle, at: When }).nullable(),
  })
  .meta({ id: "StakeholderQuestion" });

export const CommsDocOut = z
  .object({
    audiences: z.array(AudienceOut),
    updates: z.array(UpdateOut).describe("Newest first"),
    nextDue: z
      .record(z.string(), When.nullable())
      .describe(
        "Per audience that has heard anything: when its next update is owed (null: it heard the end)",
      ),
    questions: z.array(QuestionOut).describe("Unanswered first"),
  })
  .meta({ id: "Comms" });

export const PreviewOut = z.object({
  previews: z.array(
    z.object({
      audience: z.string(),
      needsApproval: z.boolean(),
      recipients: z
        .number()
        .int()
        .describe("Members it would reach (email addresses without an SMTP server do not count)"),
      title: z.string(),
      body: z.string(),
    }),
  ),
});
