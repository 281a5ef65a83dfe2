import type { EventEnvelope } from "../../../domain/events.js";
import { roleLabel } from "../../../domain/roles.js";
import type { IncidentState } from "../../../domain/state.js";

/** One drafted timeline line, linked back to the event it came from. */
type Line = { seq: number; at: string; text: string };

const PLACEHOLDER = "_To discuss at the review: what the system made easy or hard, not who._";

function time(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

function sentence(text: string): string {
  const t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${String(n)} ${n === 1 ? one : many}`;
}

function link(number: number, seq: number): string {
  return `[event ${String(seq)}](#/incidents/${String(number)}/timeline?seq=${String(seq)})`;
}

/** The events that made the story, as lines; the rest stay in the incident's own timeline. */
function keyLine(e: EventEnvelope, changes: Map<string, string>): string | null {
  switch (e.type) {
    case "incident.declared":
      return `Declared by ${e.actor} (${e.data.severity}): ${e.data.synopsis}`;
    case "incident.updated":
      if (e.data.severity === undefined) return null;
      return `Severity changed to ${e.data.severity}${e.data.reason ? ` (${e.data.reason})` : ""}`;
    case "incident.status-changed":
      return `Status ${e.data.from} → ${e.data.to}${e.data.summary ? `: ${e.data.summary}` : ""}${e.data.reason ? ` (${e.data.reason})` : ""}`;
    case "transfer.accepted":
      return e.data.role === "incident-commander"
        ? `Command handed over: ${e.data.from ?? "vacant"} → ${e.data.to}`
        : null;
    case "command.assumed":
      return `${e.data.to} assumed command from ${e.data.from ?? "nobody"}: ${e.data.reason}`;
    case "decision.recorded":
      return `Decision: ${e.data.decision} — because ${e.data.rationale} (${e.data.decidedBy})`;
    case "log.entry":
      return e.data.key ? e.data.text : null;
    case "change.proposed":
      changes.set(e.data.id, `${e.data.system}: ${e.data.what}`);
      return `Change proposed (${e.data.risk} risk) on ${e.data.system}: ${e.data.what}`;
    case "change.started":
      return `Change started: ${changes.get(e.data.id) ?? e.data.id}`;
    case "change.kept":
      return `Change kept: ${changes.get(e.data.id) ?? e.data.id}`;
    case "change.rolled-back":
      return `Change rolled back: ${changes.get(e.data.id) ?? e.data.id}${e.data.result ? ` (${e.data.result})` : ""}`;
    case "change.objected":
      return `Objection to ${changes.get(e.data.id) ?? e.data.id}: ${e.data.reason}`;
    case "alerts.attached":
      return `Alerts from ${e.data.group.source} attached: ${e.data.group.title} (${plural(e.data.group.firing, "alert")} firing)`;
    case "alerts.changed":
      return e.data.group.status === "resolved" ? `Alerts resolved: ${e.data.group.title}` : null;
    case "dispatch.requested":
      return `Paged ${e.data.all ? "all of " : ""}${"team" in e.data.target ? `team ${e.data.target.team}` : e.data.target.person}`;
    case "dispatch.acknowledged":
      return `${e.data.person} acknowledged the page`;
    case "dispatch.cancelled":
      return `Page withdrawn: ${e.data.reason}`;
    default:
      return null;
  }
}

/** CANs that changed the picture: each reporter's first, and any whose conditions differ from their last. */
function canLines(events: EventEnvelope[]): Line[] {
  const last = new Map<string, string>();
  const lines: Line[] = [];
  for (const e of events) {
    if (e.type !== "can.reported") continue;
    if (last.get(e.actor) === e.data.conditions) continue;
    last.set(e.actor, e.data.conditions);
    lines.push({
      seq: e.seq,
      at: e.at,
      text: `CAN from ${e.actor}: ${e.data.conditions}; doing: ${e.data.actions}`,
    });
  }
  return lines;
}

function timeline(events: EventEnvelope[]): Line[] {
  const changes = new Map<string, string>();
  const lines: Line[] = [];
  for (const e of events) {
    const text = keyLine(e, changes);
    if (text !== null) lines.push({ seq: e.seq, at: e.at, text });
  }
  return [...lines, ...canLines(events)].sort((a, b) => a.seq - b.seq);
}

/** What the record says of how it was noticed: the alerts it tracks, the detection time given. */
function detection(s: IncidentState, first: EventEnvelope | undefined): string[] {
  const lines: string[] = [];
  const groups = Object.values(s.alerts).sort((a, b) => a.firstAt.localeCompare(b.firstAt));
  if (groups.length > 0) {
    const named = groups.map((g) => `${g.title} (from ${g.source})`).join("; ");
    lines.push(`Alerts: ${named}; the first started ${time(groups[0]?.firstAt ?? s.declaredAt)}.`);
  }
  if (first?.type === "incident.declared" && first.data.detectedAt) {
    const minutes = Math.round((Date.parse(first.at) - Date.parse(first.data.detectedAt)) / 60_000);
    lines.push(
      `Detected ${time(first.data.detectedAt)}, ${plural(minutes, "minute")} before the declaration${first.data.automatic ? " (Muster opened it from the alerts)" : ""}.`,
    );
  }
  return lines.length > 0 ? [...lines, ""] : [];
}

function roleLines(s: IncidentState): string[] {
  return s.roleHistory
    .filter((t) => !t.role.startsWith("liaison:inc-"))
    .map((t) => `- ${roleLabel(t.role)}: ${t.holder}, ${time(t.from)} – ${t.to ? time(t.to) : "the end"}`);
}

function severityHistory(events: EventEnvelope[]): string[] {
  return events.flatMap((e) => {
    if (e.type === "incident.declared") return [`- ${time(e.at)}: declared ${e.data.severity}`];
    if (e.type === "incident.updated" && e.data.severity !== undefined) {
      return [`- ${time(e.at)}: ${e.data.severity}${e.data.reason ? ` — ${e.data.reason}` : ""}`];
    }
    return [];
  });
}

/**
 * Drafts a postmortem from the incident's record: summary, impact with the severity history,
 * detection, a timeline of key events (each linked back to its event), who held which role when,
 * the three review questions as placeholders, and follow-ups. One pass over the events.
 */
export function draftPostmortem(s: IncidentState, events: EventEnvelope[]): string {
  const first = events[0];
  const lines = timeline(events);
  const decisions = events.filter((e) => e.type === "decision.recorded").length;
  const minutes = s.endedAt ? Math.round((Date.parse(s.endedAt) - Date.parse(s.declaredAt)) / 60_000) : null;
  const out = [
    `# Postmortem: ${s.name} (#${String(s.number)})`,
    "",
    "## Summary",
    "",
    s.summary ?? s.synopsis,
    "",
    `${sentence(s.synopsis)} Declared ${time(s.declaredAt)}${minutes !== null ? `, ended after ${plural(minutes, "minute")}` : ""}; ${plural(Object.keys(s.responders).length, "person", "people")} responded, ${plural(decisions, "decision")} recorded.`,
    "",
    "## Impact",
    "",
    s.impact ?? "_Not estimated during the response: who was affected, how, for how long._",
    "",
    "Severity over time:",
    "",
    ...severityHistory(events),
    "",
    "## Detection",
    "",
    ...detection(s, first),
    first
      ? `First recorded ${time(first.at)} by ${first.actor} (${link(s.number, first.seq)}). _How was it noticed: an alert, a customer, a person?_`
      : PLACEHOLDER,
    "",
    "## Timeline",
    "",
    ...lines.map((l) => `- ${time(l.at)} — ${l.text} (${link(s.number, l.seq)})`),
    "",
    "## Who held which role",
    "",
    ...roleLines(s),
    "",
    "## What went well",
    "",
    PLACEHOLDER,
    "",
    "## What went badly",
    "",
    PLACEHOLDER,
    "",
    "## Where we got lucky",
    "",
    PLACEHOLDER,
    "",
    "## Follow-ups",
    "",
    "_Each with an owner and a due date._",
    "",
  ];
  return out.join("\n");
}
