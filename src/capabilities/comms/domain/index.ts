import type { CapabilityDomain, ComposedNotice } from "../../../domain/capability.js";
import { EMAIL_RECIPIENT } from "../../../domain/capability.js";
import { cadenceMinutesFor } from "../../../domain/config.js";
import type { EventEnvelope, Handle } from "../../../domain/events.js";
import type { IncidentState } from "../../../domain/state.js";
import { commanderOf, holdersOf } from "../../../domain/state.js";
import { own } from "../../../domain/own.js";
import { decideComms } from "./decide.js";
import { describeComms, foldComms } from "./fold.js";
import { memberRecipient, renderUpdate } from "./message.js";
import type { Audience, CommsCommand, CommsEvent, CommsTimerKind, CommsUpdate } from "./model.js";
import { COMMS_EVENT_TYPES } from "./model.js";
import { nextDueFor } from "./doc.js";

export * from "./model.js";
export { renderUpdate, stageLabel, templateFor } from "./message.js";
export { audienceOf, speaksFor } from "./decide.js";
export { commsDoc, nextDueFor } from "./doc.js";
export type { CommsDoc } from "./doc.js";

/** Who speaks for an audience: its Liaison, else the Comms Lead, else the IC. */
function speakers(s: IncidentState, audience: string | null): Handle[] {
  const liaison = audience === null ? [] : holdersOf(s, `liaison:${audience}`);
  if (liaison.length > 0) return liaison;
  const comms = holdersOf(s, "comms-lead");
  if (comms.length > 0) return comms;
  const commander = commanderOf(s);
  return commander ? [commander] : [];
}

/** In a drill only the people in it are told: no outside address, nobody who is not taking part. */
function inDrill(s: IncidentState, recipient: string): boolean {
  if (s.kind !== "drill") return true;
  return (
    !recipient.startsWith(EMAIL_RECIPIENT) &&
    (own(s.responders, recipient) !== undefined || s.audience.includes(recipient))
  );
}

function toMembers(
  s: IncidentState,
  audience: Audience,
  message: { title: string; body: string },
): ComposedNotice[] {
  return audience.members
    .map((m) => ({ ...memberRecipient(m), ...message }))
    .filter((n) => inDrill(s, n.recipient));
}

function published(
  s: IncidentState,
  e: Extract<EventEnvelope, { type: "comms.update-published" }>,
): ComposedNotice[] {
  const update = s.comms.updates.find((u) => u.id === e.data.id);
  const audience = s.comms.audiences.find((a) => a.name === e.data.audience);
  if (!update || !audience) return [];
  return toMembers(s, audience, renderUpdate(audience, update, update.nextUpdateAt, s));
}

/** The end reaches every audience that heard anything and whose last update was not the resolution. */
function ended(s: IncidentState): ComposedNotice[] {
  const last = new Map<string, CommsUpdate>();
  for (const u of s.comms.updates) if (u.status === "published") last.set(u.audience, u);
  return s.comms.audiences.flatMap((audience) => {
    const final = last.get(audience.name);
    if (!final || final.stage === "resolved" || final.stage === "completed") return [];
    const stage = final.stage === "scheduled" || final.stage === "in-progress" ? "completed" : "resolved";
    return toMembers(
      s,
      audience,
      renderUpdate(
        audience,
        {
          stage,
          title: final.title,
          impact: "None now.",
          workaround: null,
          text: "This incident has ended.",
        },
        null,
        s,
      ),
    );
  });
}

function answered(
  s: IncidentState,
  e: Extract<EventEnvelope, { type: "comms.question-answered" }>,
): ComposedNotice[] {
  const question = s.comms.questions.find((q) => q.id === e.data.id);
  if (!question) return [];
  const recipient =
    question.from.kind === "person" ? question.from.handle : `${EMAIL_RECIPIENT}${question.from.address}`;
  if (!inDrill(s, recipient)) return [];
  return [
    {
      recipient,
      title: "An answer to your question",
      body: `You asked: ${question.text}\n\nAnswer: ${e.data.text}`,
    },
  ];
}

/**
 * Stakeholder communications: audiences named by the IC, updates written by Comms (or a Liaison
 * for their group) and approved by the IC for outside audiences, delivered to each member, the
 * cadence kept per audience, and questions answered out of the responders' channel.
 */
export const commsDomain = {
  name: "comms",
  eventTypes: COMMS_EVENT_TYPES,
  decide: decideComms,
  fold: foldComms,
  describe: describeComms,
  recipients: {
    "comms.update-drafted": (s, e) => {
      const commander = commanderOf(s);
      return e.data.needsApproval && commander ? [commander] : [];
    },
    "comms.update-rejected": (s, e) => {
      const update = s.comms.updates.find((u) => u.id === e.data.id);
      return update ? [update.draftedBy] : [];
    },
    "comms.update-due": (s, e) => speakers(s, e.data.audience),
    "comms.question-asked": (s, e) => speakers(s, e.data.audience),
  },
  compose: (s, e) => {
    if (e.type === "comms.update-published") return published(s, e);
    if (e.type === "comms.question-answered") return answered(s, e);
    if (e.type === "incident.status-changed" && e.data.to === "ended") return ended(s);
    return [];
  },
  timers: {
    want: (s, add, config) => {
      if (s.status === "ended") return;
      for (const [audience, cadence] of Object.entries(s.comms.cadence)) {
        const due = nextDueFor(s, audience, cadenceMinutesFor(config, s.severity));
        if (due && !cadence.reminded) add("audience-update-due", audience, due);
      }
    },
    fire: {
      "audience-update-due": (_s, timer) => [
        { type: "comms.update-due", data: { audience: timer.subject, dueAt: timer.dueAt } },
      ],
    },
  },
} satisfies CapabilityDomain<CommsCommand, CommsEvent, CommsTimerKind>;
