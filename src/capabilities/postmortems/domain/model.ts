import type { Handle } from "../../../domain/events.js";

export type PostmortemStage = "draft" | "in-review" | "published";

/** When each step is due (ISO times), from the end of the incident. */
export type Schedule = { draft: string; review: string; publish: string };

export type Comment = {
  id: string;
  section: string;
  by: Handle;
  at: string;
  text: string;
  /** The comment that starts the thread this one answers (absent: it starts one). */
  replyTo?: string;
  /** When the thread it starts was resolved, and by whom (absent: open). */
  resolved?: { by: Handle; at: string };
};

/**
 * The postmortem of one incident: its own aggregate with its own events, drafted from the
 * incident's record, edited in Markdown as numbered versions, reviewed, then published.
 */
export type Postmortem = {
  id: string;
  incidentId: string;
  incidentNumber: number;
  incidentName: string;
  stage: PostmortemStage;
  owner: Handle;
  /** The last Incident Commander: reminded with the owner when a step is overdue. */
  commander: Handle;
  /** Everyone who was in the response: they edit, comment and review. */
  participants: Handle[];
  markdown: string;
  /** Bumped by every event; an edit names the version it started from. */
  version: number;
  /** The text's own versions: who saved which, when. */
  revisions: { version: number; by: Handle; at: string }[];
  comments: Comment[];
  approvals: Handle[];
  schedule: Schedule;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  publishedBy: Handle | null;
  /** Blame flags the owner chose to publish with, and why (null: none were left). */
  acceptedFlags: { count: number; reason: string } | null;
  /** Reminders already sent, by step, so each is sent once. */
  reminded: Partial<Record<keyof Schedule, string>>;
};

/** The commands on a postmortem. `create` has no state yet. */
export type PostmortemCommand =
  | { type: "edit"; markdown: string; baseVersion: number }
  | { type: "comment"; section: string; text: string; replyTo?: string | undefined }
  | { type: "resolve-comment"; id: string; resolved: boolean }
  | { type: "reassign"; owner: Handle }
  | { type: "submit" }
  | { type: "approve" }
  | { type: "publish"; acceptFlags?: { reason: string } | undefined }
  | { type: "remind"; step: keyof Schedule };

export type PostmortemEvent =
  | {
      type: "postmortem.created";
      data: {
        id: string;
        incidentId: string;
        incidentNumber: number;
        incidentName: string;
        owner: Handle;
        commander: Handle;
        participants: Handle[];
        markdown: string;
        schedule: Schedule;
      };
    }
  | { type: "postmortem.edited"; data: { markdown: string } }
  | { type: "postmortem.commented"; data: Comment }
  | { type: "postmortem.comment-resolved"; data: { id: string; resolved: boolean } }
  | { type: "postmortem.reassigned"; data: { from: Handle; to: Handle } }
  | { type: "postmortem.submitted"; data: Record<string, never> }
  | { type: "postmortem.approved"; data: { by: Handle } }
  | { type: "postmortem.published"; data: { acceptedFlags: { count: number; reason: string } | null } }
  | { type: "postmortem.reminded"; data: { step: keyof Schedule; dueAt: string; to: Handle[] } };

export type PostmortemEnvelope = PostmortemEvent & { version: number; at: string; actor: Handle };

/** How long each step may take, from the end of the incident. */
export type PostmortemConfig = { draftWorkingDays: number; reviewDays: number; publishDays: number };

/** The reference: a draft within 2–3 working days, the review within a week, published within two. */
export const defaultPostmortemConfig: PostmortemConfig = {
  draftWorkingDays: 3,
  reviewDays: 7,
  publishDays: 14,
};

/** Whether a step is late at `now` (published postmortems never are). */
export function overdueSteps(p: Postmortem, now: Date): (keyof Schedule)[] {
  if (p.stage === "published") return [];
  const late = (iso: string) => Date.parse(iso) < now.getTime();
  const steps: (keyof Schedule)[] = [];
  if (p.stage === "draft" && late(p.schedule.draft)) steps.push("draft");
  if (late(p.schedule.review)) steps.push("review");
  if (late(p.schedule.publish)) steps.push("publish");
  return steps;
}
