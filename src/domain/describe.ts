import { describeCapability } from "../capabilities/describe.js";
import type { EventEnvelope, MessageVia } from "./events.js";
import { roleBadge, roleLabel } from "./roles.js";

/** One line of plain text for a timeline event ("sue checked in bob"). */
export function describeEvent(e: EventEnvelope): string {
  const who = e.actorRoles.length ? `${e.actor} (${e.actorRoles.map(roleBadge).join(", ")})` : e.actor;
  switch (e.type) {
    case "incident.declared":
      return `${who} declared ${e.data.name} (${e.data.severity}, ${e.data.kind}): ${e.data.synopsis}${e.data.commander ? "" : " — IC wanted"}`;
    case "incident.updated":
      return `${who} updated ${Object.entries(e.data)
        .filter(([k]) => k !== "reason")
        .map(([k, v]) => `${k} → ${v === null ? "cleared" : String(v)}`)
        .join(", ")}${e.data.reason ? ` (reason: ${e.data.reason})` : ""}`;
    case "incident.links-set":
      return e.data.links.length > 0
        ? `${who} set the links: ${e.data.links.map((l) => `${l.label} <${l.url}>`).join(", ")}`
        : `${who} cleared the links`;
    case "incident.status-changed":
      return `${who} changed status ${e.data.from} → ${e.data.to}${e.data.summary ? `: ${e.data.summary}` : ""}${e.data.reason ? ` (reason: ${e.data.reason})` : ""}${e.data.released?.length ? ` — ${String(e.data.released.length)} responders stood down` : ""}`;
    case "responder.checked-in":
      return e.data.person === e.actor ? `${who} checked in` : `${who} checked in ${e.data.person}`;
    case "responder.assigned":
      return `${who} assigned ${e.data.person} to report to ${e.data.supervisor ?? "the Incident Commander"}`;
    case "responder.moved":
      return `${who} moved ${e.data.person} from ${e.data.from ?? "the IC"} to ${e.data.to ?? "the IC"}`;
    case "responder.released":
      return `${who} released ${e.data.person}${e.data.reason ? ` (${e.data.reason})` : ""}`;
    case "role.filled":
      return `${who} made ${e.data.person} ${roleLabel(e.data.role)}`;
    case "role.vacated":
      return `${e.data.person} is no longer ${roleLabel(e.data.role)} (${e.data.reason})`;
    case "group.formed":
      return `${who} formed group ${e.data.group} led by ${e.data.lead}`;
    case "group.moved":
      return `${who} moved group ${e.data.group} under ${e.data.to ?? "the IC"}`;
    case "transfer.offered":
      return `${who} offered ${roleLabel(e.data.role)} to ${e.data.to} (offer ${e.data.id})`;
    case "transfer.accepted":
      return `${e.data.to} accepted ${roleLabel(e.data.role)}${e.data.from ? ` from ${e.data.from}` : ""}, effective ${e.at}`;
    case "transfer.declined":
      return `${who} declined ${roleLabel(e.data.role)}${e.data.reason ? `: ${e.data.reason}` : ""}`;
    case "transfer.withdrawn":
      return `offer of ${roleLabel(e.data.role)}${e.data.to ? ` to ${e.data.to}` : ""} withdrawn${e.data.reason ? `: ${e.data.reason}` : ""}`;
    case "command.assumed":
      return `${e.data.to} assumed command${e.data.from ? ` from ${e.data.from}` : ""} as ${e.data.as === "admin" ? "an admin" : `the ${e.data.as === "deputy" ? "Deputy" : "designated successor"}`}: ${e.data.reason}`;
    case "command.successor-designated":
      return e.data.person
        ? `${who} named ${e.data.person} to assume command if the IC cannot go on`
        : `${who} named no successor`;
    case "command.stepped-away":
      return `${e.data.from} stepped away from command until ${e.data.until}; ${e.data.to} commands meanwhile${e.data.notes ? ` (${e.data.notes})` : ""}`;
    case "command.resumed":
      return `${e.data.to} resumed command${e.data.from ? ` from ${e.data.from}` : ""}`;
    case "command.return-due":
      return `${e.data.commander} was due back in command at ${e.data.until}; ${e.data.acting} still commands until they resume`;
    case "can.reported":
      return `${who} CAN — C: ${e.data.conditions} | A: ${e.data.actions} | N: ${e.data.needs}`;
    case "update.due-soon":
      return `next update due at ${e.data.dueAt}`;
    case "update.overdue":
      return `update overdue since ${e.data.dueAt}`;
    case "task.time-box-expired":
      return `time box ran out on task ${e.data.id} (${e.data.assignee}, for ${e.data.assignedBy}) with no report`;
    case "transfer.reminder":
      return `offer of ${roleLabel(e.data.role)} to ${e.data.to} still unanswered`;
    case "command.long-shift":
      return `${e.data.commander} has been Incident Commander for ${e.data.hours} hours: consider a handover`;
    case "update.posted":
      return `${who} posted an update: ${e.data.text}`;
    case "message.posted":
      return `${who}${e.data.freelancing ? " (not checked in)" : ""}${viaNote(e.data.via)}: ${e.data.text}`;
    case "log.entry":
      return `${e.data.key ? "★ " : ""}${who}: ${e.data.text}`;
    case "decision.recorded":
      return `${who} recorded decision by ${e.data.decidedBy}: ${e.data.decision} — because ${e.data.rationale}`;
    case "plan.period-started":
      return `${who} started operational period ${e.data.period} (until ${e.data.endsAt}; ${e.data.carriedObjectives.length} objectives and ${e.data.carriedTasks.length} tasks carried over)`;
    case "objective.set":
      return `${who} set objective: ${e.data.text} (owner ${e.data.owner})`;
    case "objective.updated":
      return `${who} updated objective ${e.data.id}${e.data.state ? `: ${e.data.state}` : ""}${e.data.text ? `: ${e.data.text}` : ""}`;
    case "task.assigned":
      return `${who} asked ${e.data.assignee} to ${e.data.task} — back in ${e.data.timeBoxMinutes} min (task ${e.data.id})`;
    case "task.acknowledged":
      return `${who} acknowledged task ${e.data.id}`;
    case "task.reported":
      return `${who} reported on task ${e.data.id}${e.data.done ? " (done)" : ""}: ${e.data.note}`;
    case "task.cancelled":
      return `${who} cancelled task ${e.data.id}${e.data.reason ? `: ${e.data.reason}` : ""}`;
    default:
      return describeCapability(e, who);
  }
}

function viaNote(via: MessageVia | undefined): string {
  if (!via) return "";
  return ` (in ${via.chat}${via.thread ? ", in a thread" : ""}${via.edits ? ", edited" : ""})`;
}
