import type { EventEnvelope, Handle, StatusDoc } from "../../../domain/index.js";
import { describeEvent, roleBadge, roleLabel } from "../../../domain/index.js";
import type { ChatMessage } from "../../chat/adapter.js";

/** A person's display name by handle (falls back to the handle). */
export type NameOf = (handle: Handle) => string;

/** "Sue (IC)", "Bob (TL, SME)", "Ann": people named with the roles they hold now. */
export function badged(doc: StatusDoc, handle: Handle, nameOf: NameOf): string {
  // Roles the IC only holds because nobody else does yet are not theirs to wear.
  const badges = doc.roles.filter((r) => !r.acting && r.holders.includes(handle)).map((r) => r.badge);
  return badges.length ? `${nameOf(handle)} (${badges.join(", ")})` : nameOf(handle);
}

/** `HH:MM UTC` for a timestamp: chat shows times to people in many zones. */
export function clockTime(iso: string): string {
  return `${iso.slice(11, 16)} UTC`;
}

/** The channel topic: severity · status · IC · next update. */
export function topicOf(doc: StatusDoc, nameOf: NameOf): string {
  const ic = doc.commander ? `IC ${nameOf(doc.commander)}` : "IC wanted";
  const next =
    doc.status === "ended"
      ? `ended ${clockTime(doc.endedAt ?? doc.updatedAt)}`
      : doc.nextUpdateDueAt
        ? `next update ${clockTime(doc.nextUpdateDueAt)}${doc.updateOverdue ? " (overdue)" : ""}`
        : "no update due";
  const drill = doc.kind === "drill" ? "DRILL · " : "";
  return `${drill}${doc.severity} · ${doc.status} · ${ic} · ${next}`;
}

/** A channel name from the incident: `inc-42-blue-heron`, `drill-7-…`; lower-case, at most 80. */
export function channelName(doc: StatusDoc, attempt = 0): string {
  const prefix = doc.kind === "drill" ? "drill" : "inc";
  const slug = doc.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const base = `${prefix}-${String(doc.number)}-${slug}`.slice(0, 74).replace(/-+$/, "");
  return attempt === 0 ? base : `${base}-${String(attempt + 1)}`;
}

/** The pinned status doc: what someone joining the channel reads first. */
export function docMessage(doc: StatusDoc, nameOf: NameOf, url: string | null): ChatMessage {
  const roles = doc.roles
    .filter((r) => r.holders.length > 0 && !r.acting)
    .map((r) => `${r.label}: ${r.holders.map(nameOf).join(", ")}`);
  const needs = doc.needs.map((n) => `${nameOf(n.from)}: ${n.text}`);
  const fields = [
    { label: "Status", value: topicOf(doc, nameOf) },
    { label: "Synopsis", value: doc.synopsis },
    { label: "Roles", value: roles.length ? roles.join("\n") : "Nobody assigned yet" },
    ...(doc.impact ? [{ label: "Impact", value: doc.impact }] : []),
    ...(doc.eta ? [{ label: "ETA", value: doc.eta }] : []),
    ...(doc.lastUpdate ? [{ label: "Last update", value: doc.lastUpdate.text }] : []),
    ...(needs.length ? [{ label: "Open needs", value: needs.join("\n") }] : []),
    ...(doc.summary ? [{ label: "Summary", value: doc.summary }] : []),
    ...(url ? [{ label: "Command Post", value: url }] : []),
  ];
  return {
    text: `${incidentTitle(doc)}: ${doc.synopsis}`,
    title: `Status of ${incidentTitle(doc)}`,
    fields,
  };
}

/** `INC-42 Blue Heron` (or `DRILL INC-42…`). */
export function incidentTitle(doc: Pick<StatusDoc, "number" | "name" | "kind">): string {
  return `${doc.kind === "drill" ? "DRILL " : ""}INC-${String(doc.number)} ${doc.name}`;
}

const CHANGE_EVENTS = new Set([
  "change.proposed",
  "change.objected",
  "change.cleared",
  "change.started",
  "change.observed",
  "change.kept",
  "change.rolled-back",
  "change.withdrawn",
]);

/**
 * What Muster says in the incident channel for an event, or null for events the channel does
 * not need (they stay on the timeline). `provider` skips messages that were said in this chat.
 */
export function announce(
  e: EventEnvelope,
  doc: StatusDoc,
  nameOf: NameOf,
  provider: string,
): ChatMessage | null {
  const message = announcement(e, doc, nameOf, provider);
  // In a drill every part of a message says so, the title included (some chats show only it).
  if (message?.title && doc.kind === "drill" && !message.title.startsWith("DRILL")) {
    return { ...message, title: `DRILL · ${message.title}` };
  }
  return message;
}

function announcement(
  e: EventEnvelope,
  doc: StatusDoc,
  nameOf: NameOf,
  provider: string,
): ChatMessage | null {
  const who = badged(doc, e.actor, nameOf);
  const person = (h: Handle): string => badged(doc, h, nameOf);
  const line = (text: string): ChatMessage => ({ text: doc.kind === "drill" ? `DRILL · ${text}` : text });
  switch (e.type) {
    case "incident.declared":
      return line(
        `${who} declared ${incidentTitle(doc)} (${e.data.severity}): ${e.data.synopsis}.${commanderNote(e.data.commander, e.actor, person)}`,
      );
    case "incident.updated":
    case "incident.status-changed":
    case "decision.recorded":
    case "command.assumed":
    case "command.stepped-away":
    case "command.resumed":
      return line(describeEvent({ ...e, actor: who, actorRoles: [] }));
    case "responder.checked-in":
      return line(
        e.data.person === e.actor ? `${who} checked in.` : `${who} checked in ${person(e.data.person)}.`,
      );
    case "role.filled":
      return line(
        `${who} made ${nameOf(e.data.person)} ${roleLabel(e.data.role)} (${roleBadge(e.data.role)}).`,
      );
    case "role.vacated":
      return line(`${nameOf(e.data.person)} is no longer ${roleLabel(e.data.role)} (${e.data.reason}).`);
    case "transfer.offered":
      return {
        ...line(
          `${who} offers ${roleLabel(e.data.role)} to ${person(e.data.to)}, who accepts with /incident accept.`,
        ),
        title: `Handover of ${roleLabel(e.data.role)} to ${nameOf(e.data.to)}`,
        fields: e.data.briefing.notes ? [{ label: "Briefing", value: e.data.briefing.notes }] : [],
        buttons: [{ label: "Accept", action: "accept-transfer", value: e.data.id, primary: true }],
      };
    case "transfer.accepted":
      return line(
        `${person(e.data.to)} accepted ${roleLabel(e.data.role)}${e.data.from ? ` from ${nameOf(e.data.from)}` : ""}.`,
      );
    case "transfer.declined":
      return line(`${who} declined ${roleLabel(e.data.role)}${e.data.reason ? `: ${e.data.reason}` : ""}.`);
    case "transfer.withdrawn":
      return line(describeEvent(e));
    case "can.reported":
      return {
        ...line(`CAN from ${who}`),
        title: `CAN from ${who}`,
        fields: [
          { label: "Conditions", value: e.data.conditions },
          { label: "Actions", value: e.data.actions },
          { label: "Needs", value: e.data.needs },
        ],
      };
    case "update.posted":
      return line(`Update from ${who}: ${e.data.text}`);
    case "update.due-soon":
      return line(
        `Next update due at ${clockTime(e.data.dueAt)}${doc.commander ? ` — ${person(doc.commander)}` : ""}.`,
      );
    case "update.overdue":
      return line(
        `The update due at ${clockTime(e.data.dueAt)} is overdue${doc.commander ? ` — ${person(doc.commander)}` : ""}.`,
      );
    case "drill.injected":
      // Already marked: "DRILL inject · Priya (facilities) → Tech Lead: …".
      return { text: describeEvent(e) };
    case "message.posted":
      if (e.data.via?.chat === provider) return null;
      return line(`${who}${e.data.via ? ` in ${e.data.via.chat}` : " in the Command Post"}: ${e.data.text}`);
    default:
      return CHANGE_EVENTS.has(e.type) ? line(describeEvent({ ...e, actor: who, actorRoles: [] })) : null;
  }
}

function commanderNote(commander: Handle | null, declarer: Handle, person: (h: Handle) => string): string {
  if (commander === null) {
    return " An Incident Commander is wanted: /incident role incident-commander @someone.";
  }
  return commander === declarer ? "" : ` Incident Commander: ${person(commander)}.`;
}
