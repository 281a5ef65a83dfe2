import type { CapabilityDomain } from "../../../domain/capability.js";
import { own } from "../../../domain/own.js";
import type { CommsCommand, CommsEvent, CommsUpdate } from "./model.js";

type Domain = CapabilityDomain<CommsCommand, CommsEvent>;

function updateIn(updates: CommsUpdate[], id: string): CommsUpdate | undefined {
  return updates.find((u) => u.id === id);
}

/** Folds communications events into state. */
export const foldComms: Domain["fold"] = {
  "comms.audiences-set": (s, e) => {
    s.comms.audiences = e.data.audiences;
  },
  "comms.update-drafted": (s, e) => {
    const d = e.data;
    s.comms.updates.push({
      id: d.id,
      audience: d.audience,
      stage: d.stage,
      title: d.title,
      impact: d.impact,
      workaround: d.workaround,
      text: d.text,
      nextUpdateAt: d.nextUpdateAt,
      components: d.components,
      status: "pending-approval",
      draftedBy: e.actor,
      draftedAt: e.at,
      decidedBy: null,
      decidedAt: null,
      edited: [],
      rejectReason: null,
      publishedAt: null,
    });
  },
  "comms.update-approved": (s, e) => {
    const update = updateIn(s.comms.updates, e.data.id);
    if (!update) return;
    Object.assign(update, e.data.edits);
    update.edited = Object.keys(e.data.edits);
    update.decidedBy = e.actor;
    update.decidedAt = e.at;
  },
  "comms.update-rejected": (s, e) => {
    const update = updateIn(s.comms.updates, e.data.id);
    if (!update) return;
    update.status = "rejected";
    update.rejectReason = e.data.reason;
    update.decidedBy = e.actor;
    update.decidedAt = e.at;
  },
  "comms.update-published": (s, e) => {
    const update = updateIn(s.comms.updates, e.data.id);
    if (!update) return;
    update.status = "published";
    update.publishedAt = e.at;
    s.comms.cadence[update.audience] = {
      lastPublishedAt: e.at,
      nextDueAt: update.nextUpdateAt,
      reminded: false,
    };
    // An update to stakeholders is the update on the cadence: the incident's own clock restarts too.
    s.lastUpdate = { at: e.at, by: update.draftedBy, text: update.text };
  },
  "comms.update-due": (s, e) => {
    const cadence = own(s.comms.cadence, e.data.audience);
    if (cadence) cadence.reminded = true;
  },
  "comms.question-asked": (s, e) => {
    s.comms.questions.push({ ...e.data, askedAt: e.at, answer: null });
  },
  "comms.question-answered": (s, e) => {
    const question = s.comms.questions.find((q) => q.id === e.data.id);
    if (question) question.answer = { text: e.data.text, by: e.actor, at: e.at };
  },
};

function askerName(from: { kind: "person"; handle: string } | { kind: "email"; name: string }): string {
  return from.kind === "person" ? from.handle : `${from.name} (by link)`;
}

/** One line per communications event. */
export const describeComms: Domain["describe"] = {
  "comms.audiences-set": (e, who) =>
    e.data.audiences.length === 0
      ? `${who} cleared the audiences`
      : `${who} named the audiences: ${e.data.audiences.map((a) => a.label).join(", ")}`,
  "comms.update-drafted": (e, who) =>
    `${who} ${e.data.needsApproval ? "drafted" : "wrote"} an update for ${e.data.audience} (${e.data.stage}): ${e.data.title}${e.data.needsApproval ? " — awaiting the IC's approval" : ""}`,
  "comms.update-approved": (e, who) =>
    `${who} approved update ${e.data.id}${Object.keys(e.data.edits).length > 0 ? ` with edits to ${Object.keys(e.data.edits).join(", ")}` : ""}`,
  "comms.update-rejected": (e, who) => `${who} rejected update ${e.data.id}: ${e.data.reason}`,
  "comms.update-published": (e) => `Update ${e.data.id} went out to ${e.data.audience}`,
  "comms.update-due": (e) => `The next update to ${e.data.audience} is due`,
  "comms.question-asked": (e) =>
    `${askerName(e.data.from)} asked${e.data.audience ? ` (for ${e.data.audience})` : ""}: ${e.data.text}`,
  "comms.question-answered": (e, who) => `${who} answered question ${e.data.id}: ${e.data.text}`,
};
