import type { CapabilityDomain, CommandContext } from "../../../domain/capability.js";
import { ensure } from "../../../domain/errors.js";
import type { DomainEvent } from "../../../domain/events.js";
import type { IncidentState } from "../../../domain/state.js";
import { isActiveResponder } from "../../../domain/state.js";
import { own } from "../../../domain/own.js";
import type { AlertCommand, AlertEvent, AlertGroupView, AttachedAlerts } from "./model.js";
import { alertsChanged } from "./model.js";

/** The handle alert routing acts under (the system's own). */
export const ROUTER = "muster";

type Of<T extends AlertCommand["type"]> = Extract<AlertCommand, { type: T }>;

/**
 * Records an alert group on the incident: the first time it attaches (and pages and tells whom the
 * routing rule says, in the same commit, so a retried attachment never pages twice); later, only
 * when something a responder would notice changed.
 */
function record(s: IncidentState, cmd: Of<"record-alerts">, ctx: CommandContext): DomainEvent[] {
  ensure(
    ctx.actor === ROUTER || ctx.isAdmin || isActiveResponder(s, ctx.actor),
    "NOT_A_RESPONDER",
    `Only responders in ${s.name} can attach alerts to it; check in first.`,
  );
  const known = own(s.alerts, cmd.group.id);
  if (known) {
    if (!alertsChanged(known, cmd.group)) return [];
    return [{ type: "alerts.changed", data: { group: cmd.group } }, ...withdrawn(s, known, cmd.group)];
  }
  const page = cmd.page && cmd.page.escalation.length > 0 && s.kind !== "drill" ? cmd.page : null;
  const pageId = page ? ctx.newId() : null;
  const events: DomainEvent[] = [
    { type: "alerts.attached", data: { group: cmd.group, ...(pageId ? { page: pageId } : {}) } },
  ];
  if (page && pageId) {
    events.push({
      type: "dispatch.requested",
      data: {
        id: pageId,
        target: { team: page.team },
        message: `${cmd.group.title}: ${cmd.group.firing} alert${cmd.group.firing === 1 ? "" : "s"} firing`,
        escalation: page.escalation,
        ackMinutes: page.ackMinutes,
        ...(page.all && page.escalation.length > 1 ? { all: true } : {}),
        ...(page.onCall && page.onCall.length > 0 ? { onCall: page.onCall } : {}),
      },
    });
  }
  const told = [...new Set(cmd.notify?.people ?? [])];
  if (told.length > 0 && s.kind !== "drill") {
    events.push({
      type: "notification.sent",
      data: { audience: told, teams: cmd.notify?.teams ?? [], text: `Alerts: ${cmd.group.title}` },
    });
  }
  return events;
}

/**
 * When every alert of a group resolves before anyone acknowledged the page it sent, the page is
 * withdrawn: nobody goes on being woken for a problem that has gone away (the incident stays open
 * for whoever takes it up).
 */
function withdrawn(s: IncidentState, known: AttachedAlerts, now: AlertGroupView): DomainEvent[] {
  if (now.status !== "resolved" || known.status === "resolved" || !known.page) return [];
  const d = own(s.dispatches, known.page);
  if (d?.status !== "waiting") return [];
  return [
    {
      type: "dispatch.cancelled",
      data: {
        id: d.id,
        reason: `${now.title}: the alerts resolved before anyone acknowledged`,
        asked: d.all ? d.escalation : d.escalation.slice(0, d.level + 1),
      },
    },
  ];
}

/** The alerts capability's rules. */
export const decideAlerts: CapabilityDomain<AlertCommand, AlertEvent>["decide"] = {
  "record-alerts": record,
};
