import { z } from "zod";
import { text } from "../../http/schemas.js";

/** The postmortems capability's request and response shapes (OpenAPI components). */
const Handle = z.string();
const When = z.string().describe("ISO 8601 UTC");
const Step = z.enum(["draft", "review", "publish"]);

export const BlameFlagOut = z
  .object({
    sentence: z.string(),
    offset: z.number().int().describe("Where the sentence starts in the Markdown"),
    rule: z.string(),
    message: z.string(),
    suggestion: z.string().describe("A systems framing to try instead"),
  })
  .meta({ id: "BlameFlag" });

export const PostmortemOut = z
  .object({
    id: z.string(),
    incidentId: z.string(),
    incidentNumber: z.number().int(),
    incidentName: z.string(),
    stage: z.enum(["draft", "in-review", "published"]),
    owner: Handle,
    commander: Handle.describe("The last Incident Commander, reminded with the owner"),
    participants: z.array(Handle),
    markdown: z.string(),
    version: z
      .number()
      .int()
      .describe("Name it as baseVersion when saving; a newer one means someone else saved"),
    revisions: z.array(z.object({ version: z.number().int(), by: Handle, at: When })),
    comments: z.array(
      z.object({
        id: z.string(),
        section: z.string(),
        by: Handle,
        at: When,
        text: z.string(),
        replyTo: z
          .string()
          .optional()
          .describe("The thread's first comment (absent: this one starts a thread)"),
        resolved: z
          .object({ by: Handle, at: When })
          .optional()
          .describe("Set on a thread's first comment once resolved"),
      }),
    ),
    approvals: z.array(Handle),
    schedule: z.object({ draft: When, review: When, publish: When }),
    createdAt: When,
    updatedAt: When,
    publishedAt: When.nullable(),
    publishedBy: Handle.nullable(),
    acceptedFlags: z.object({ count: z.number().int(), reason: z.string() }).nullable(),
    reminded: z.object({ draft: When.optional(), review: When.optional(), publish: When.optional() }),
    flags: z.array(BlameFlagOut).describe("Sentences of the current text that read as blame"),
    overdue: z.array(Step).describe("Steps past their due time"),
  })
  .meta({ id: "Postmortem" });

export const EditBody = z.strictObject({
  markdown: z.string().max(200_000, "at most 200,000 characters"),
  baseVersion: z.number().int().min(1).describe("The version you started editing from"),
});

export const CommentBody = z.strictObject({
  section: text(200, "section").describe('The heading it is about, e.g. "What went badly"'),
  text: text(4000, "text"),
  replyTo: z.string().min(1).max(64).optional().describe("Answer this comment's thread"),
});

export const ResolveBody = z.strictObject({
  resolved: z.boolean().default(true).describe("false reopens the thread"),
});

export const OwnerBody = z.strictObject({ owner: z.string().min(1).max(64) });

export const PublishBody = z.strictObject({
  acceptFlags: z
    .strictObject({ reason: text(1000, "reason") })
    .optional()
    .describe("Publish although some sentences are flagged, saying why they stay"),
});
