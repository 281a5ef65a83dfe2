import type { CapabilityDomain } from "../../../domain/capability.js";
import { hasCommandAuthority } from "../../../domain/authority.js";
import { ensure } from "../../../domain/errors.js";
import type { Handle } from "../../../domain/events.js";
import type { IncidentState } from "../../../domain/state.js";
import { holdersOf } from "../../../domain/state.js";
import type { Audience, CommsCommand, CommsEvent, CommsUpdate, UpdateContent } from "./model.js";
import { PUBLIC_AUDIENCE } from "./model.js";

type Domain = CapabilityDomain<CommsCommand, CommsEvent>;

/** Unanswered stakeholder questions an incident holds at most. */
export const MAX_UNANSWERED = 50;

/** The Comms Lead, command (who holds Comms while it is vacant), or the Liaison for that audience. */
export function speaksFor(s: IncidentState, actor: Handle, audience: string | null): boolean {
  return (
    hasCommandAuthority(s, actor) ||
    holdersOf(s, "comms-lead").includes(actor) ||
    (audience !== null && holdersOf(s, `liaison:${audience}`).includes(actor))
  );
}

/** An audience the IC named, by name; the state and the status doc both carry the list. */
export function audienceOf(s: { name: string; comms: { audiences: Audience[] } }, name: string): Audience {
  const audience = s.comms.audiences.find((a) => a.name === name);
  ensure(
    audience,
    "NOT_AN_AUDIENCE",
    `"${name}" is not an audience of ${s.name}. The IC names audiences first (PUT /incidents/{ref}/comms/audiences); named now: ${s.comms.audiences.map((a) => a.name).join(", ") || "none"}.`,
    "audience",
  );
  return audience;
}

function pendingUpdate(s: IncidentState, id: string): CommsUpdate {
  const update = s.comms.updates.find((u) => u.id === id);
  ensure(update, "UPDATE_NOT_FOUND", `${s.name} has no update ${id}.`, "id");
  ensure(
    update.status === "pending-approval",
    "UPDATE_NOT_PENDING",
    `Update ${id} is ${update.status === "published" ? "already published" : "rejected"}; only an update awaiting approval can be approved or rejected.`,
    "id",
  );
  return update;
}

function requireApprover(s: IncidentState, actor: Handle, isAdmin: boolean): void {
  ensure(
    isAdmin || hasCommandAuthority(s, actor),
    "NOT_IN_COMMAND",
    "Only the Incident Commander (or the Deputy) approves or rejects updates to outside audiences.",
  );
}

/** The rules of stakeholder communications. */
export const decideComms: Domain["decide"] = {
  "set-audiences": (s, cmd, ctx) => {
    ensure(
      ctx.isAdmin || hasCommandAuthority(s, ctx.actor),
      "NOT_IN_COMMAND",
      "Only the Incident Commander (or the Deputy) names who hears about the incident.",
    );
    ensure(
      s.visibility !== "restricted" || !cmd.audiences.some((a) => a.name === PUBLIC_AUDIENCE),
      "PUBLIC_RESTRICTED",
      `${s.name} is restricted: it never appears on the public status page. Name other audiences, or make it open first.`,
      "audiences",
    );
    const names = new Set<string>();
    const audiences = cmd.audiences.filter((a) => !names.has(a.name) && names.add(a.name));
    return [{ type: "comms.audiences-set", data: { audiences } }];
  },
  "draft-update": (s, cmd, ctx) => {
    const audience = audienceOf(s, cmd.audience);
    ensure(
      speaksFor(s, ctx.actor, audience.name),
      "NOT_COMMS",
      `Only the Comms Lead, the Incident Commander or the Liaison for ${audience.label} writes updates to ${audience.label}.`,
    );
    const content: UpdateContent = {
      stage: cmd.stage,
      title: cmd.title,
      impact: cmd.impact,
      workaround: cmd.workaround,
      text: cmd.text,
      nextUpdateAt: cmd.nextUpdateAt,
      // Components belong to the status page; other audiences read words, not states.
      components: audience.name === PUBLIC_AUDIENCE ? cmd.components : {},
    };
    // An update command writes itself is approved as it is written.
    const needsApproval = audience.approval && !hasCommandAuthority(s, ctx.actor);
    const id = ctx.newId();
    const drafted: CommsEvent = {
      type: "comms.update-drafted",
      data: { id, audience: audience.name, needsApproval, ...content },
    };
    return needsApproval
      ? [drafted]
      : [drafted, { type: "comms.update-published", data: { id, audience: audience.name } }];
  },
  "approve-update": (s, cmd, ctx) => {
    requireApprover(s, ctx.actor, ctx.isAdmin);
    const update = pendingUpdate(s, cmd.id);
    const edits = Object.fromEntries(
      Object.entries(cmd.edits ?? {}).filter(
        ([key, value]) => value !== undefined && update[key as keyof typeof update] !== value,
      ),
    );
    return [
      { type: "comms.update-approved", data: { id: update.id, edits } },
      { type: "comms.update-published", data: { id: update.id, audience: update.audience } },
    ];
  },
  "reject-update": (s, cmd, ctx) => {
    requireApprover(s, ctx.actor, ctx.isAdmin);
    const update = pendingUpdate(s, cmd.id);
    ensure(cmd.reason.trim() !== "", "REASON_REQUIRED", "Say why, so the writer can fix it.", "reason");
    return [{ type: "comms.update-rejected", data: { id: update.id, reason: cmd.reason.trim() } }];
  },
  "ask-question": (s, cmd, ctx) => {
    if (cmd.audience !== null) audienceOf(s, cmd.audience);
    // A link is a bearer credential: whoever holds it cannot bury Comms in questions.
    const waiting = s.comms.questions.filter((q) => q.answer === null).length;
    ensure(
      waiting < MAX_UNANSWERED,
      "QUESTION_BACKLOG",
      `${String(MAX_UNANSWERED)} questions are waiting for an answer already; ask again once some are answered.`,
    );
    return [
      {
        type: "comms.question-asked",
        data: { id: ctx.newId(), audience: cmd.audience, from: cmd.from, text: cmd.text },
      },
    ];
  },
  "answer-question": (s, cmd, ctx) => {
    const question = s.comms.questions.find((q) => q.id === cmd.id);
    ensure(question, "QUESTION_NOT_FOUND", `${s.name} has no question ${cmd.id}.`, "id");
    ensure(
      speaksFor(s, ctx.actor, question.audience),
      "NOT_COMMS",
      "Only the Comms Lead, the Incident Commander or the Liaison for the asker's group answers stakeholders.",
    );
    ensure(question.answer === null, "ALREADY_ANSWERED", "This question has an answer already.", "id");
    return [{ type: "comms.question-answered", data: { id: question.id, text: cmd.text } }];
  },
};
