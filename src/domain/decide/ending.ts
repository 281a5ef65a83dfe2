import { isConcluded } from "../../capabilities/changes/domain/model.js";
import { DomainError } from "../errors.js";
import type { DomainEvent } from "../events.js";
import { roleLabel } from "../roles.js";
import type { IncidentState } from "../state.js";
import { openNeeds } from "../../capabilities/needs/domain/model.js";
import { isOpen } from "./plan.js";

/** What is still going on: named, so the IC who ends knows exactly what they close. */
export function workInFlight(s: IncidentState): string[] {
  const items: string[] = [];
  for (const t of Object.values(s.plan.tasks).filter(isOpen)) items.push(`task "${t.task}" (${t.assignee})`);
  for (const c of Object.values(s.changes).filter((c) => !isConcluded(c))) {
    items.push(`change "${c.what}" (${c.status})`);
  }
  for (const o of Object.values(s.plan.objectives).filter((o) => o.state === "open")) {
    items.push(`objective "${o.text}"`);
  }
  for (const t of Object.values(s.transfers)) items.push(`offer of ${roleLabel(t.role)} to ${t.to}`);
  for (const d of Object.values(s.dispatches).filter((d) => d.status === "waiting")) {
    items.push(`page "${d.message}" (unanswered)`);
  }
  for (const n of openNeeds(s.needs)) items.push(`need "${n.text}" (${n.from}, unanswered)`);
  return items;
}

/**
 * Ending with work in flight needs `confirm`, and then closes it on the record: open tasks
 * cancelled, changes not concluded withdrawn as abandoned, offers withdrawn, open objectives
 * dropped. Timers and countdowns stop with the end itself.
 */
export function windDown(s: IncidentState, confirm: boolean): DomainEvent[] {
  const items = workInFlight(s);
  if (items.length === 0) return [];
  if (!confirm) {
    throw new DomainError(
      "WORK_IN_FLIGHT",
      `${s.name} still has ${items.join("; ")}. Ending closes them all on the record; confirm to end anyway.`,
      "confirm",
    );
  }
  const reason = "the incident ended";
  return [
    ...Object.values(s.plan.tasks)
      .filter(isOpen)
      .map((t): DomainEvent => ({ type: "task.cancelled", data: { id: t.id, reason } })),
    ...Object.values(s.changes)
      .filter((c) => !isConcluded(c))
      .map((c): DomainEvent => ({
        type: "change.withdrawn",
        data: { id: c.id, reason: `abandoned when the incident ended (it was ${c.status})` },
      })),
    ...Object.values(s.transfers).map((t): DomainEvent => ({
      type: "transfer.withdrawn",
      data: { id: t.id, role: t.role, reason, to: t.to, offeredBy: t.offeredBy },
    })),
    ...Object.values(s.plan.objectives)
      .filter((o) => o.state === "open")
      .map((o): DomainEvent => ({ type: "objective.updated", data: { id: o.id, state: "dropped" } })),
    ...openNeeds(s.needs).map((n): DomainEvent => ({
      type: "need.withdrawn",
      data: { id: n.id, text: n.text, reason },
    })),
  ];
}
