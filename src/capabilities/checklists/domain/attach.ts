import type { DomainEvent, EventEnvelope, Handle } from "../../../domain/events.js";
import { COMMANDER } from "../../../domain/roles.js";
import type { IncidentState } from "../../../domain/state.js";
import { commanderOf, holdersOf } from "../../../domain/state.js";
import type { ChecklistTemplate, ChecklistTrigger } from "./model.js";

/**
 * Checklists that the events of one command start: the phase checklists on declaring,
 * handing over command and ending (owned by the IC), and a role's checklist for whoever takes
 * the role. Pure: the templates come in as data. A template already open for the same owner
 * is not attached twice.
 */
export function checklistsFor(
  after: IncidentState,
  events: EventEnvelope[],
  templates: ChecklistTemplate[],
  newId: () => string,
): DomainEvent[] {
  const starts: { trigger: ChecklistTrigger; owner: Handle }[] = [];
  const commander = commanderOf(after);
  const handedOver: DomainEvent[] = [];
  for (const e of events) {
    if (e.type === "incident.declared") {
      // Declared by a Tech Lead looking for an IC: the first minutes are the TL's until then.
      const firstOwner = commander ?? holdersOf(after, "tech-lead")[0] ?? null;
      if (firstOwner) starts.push({ trigger: "declared", owner: firstOwner });
      for (const [role, holders] of Object.entries(after.roles)) {
        for (const holder of holders ?? []) starts.push({ trigger: `role:${role}`, owner: holder });
      }
    }
    if (e.type === "role.filled") starts.push({ trigger: `role:${e.data.role}`, owner: e.data.person });
    if (e.type === "role.filled" && e.data.role === COMMANDER) {
      handedOver.push(...firstMinutesTo(after, e.data.person));
    }
    if (e.type === "group.formed") starts.push({ trigger: `role:group-lead`, owner: e.data.lead });
    if (e.type === "transfer.accepted") {
      starts.push({ trigger: `role:${e.data.role}`, owner: e.data.to });
      if (e.data.role === COMMANDER) starts.push({ trigger: "handover", owner: e.data.to });
    }
    if (e.type === "incident.status-changed" && e.data.to === "ended" && commander) {
      starts.push({ trigger: "ended", owner: commander });
    }
  }
  const events2: DomainEvent[] = [...handedOver];
  for (const start of starts) {
    for (const template of templates.filter((t) => matches(t.trigger, start.trigger))) {
      const already = Object.values(after.checklists).some(
        (c) =>
          c.templateId === template.id &&
          c.owner === start.owner &&
          c.items.some((i) => i.checkedAt === null),
      );
      if (already) continue;
      events2.push(attachEvent(template, start.owner, newId));
    }
  }
  return events2;
}

/** The first minutes' checklist, still open and held by someone else (the TL), for the first IC. */
function firstMinutesTo(after: IncidentState, commander: Handle): DomainEvent[] {
  return Object.values(after.checklists)
    .filter(
      (c) => c.trigger === "declared" && c.owner !== commander && c.items.some((i) => i.checkedAt === null),
    )
    .map((c) => ({
      type: "checklist.handed-over",
      data: { checklistId: c.id, from: c.owner, to: commander },
    }));
}

/** A role trigger matches its role; `role:liaison` matches every liaison, `role:group-lead` every lead. */
function matches(templateTrigger: ChecklistTrigger, fired: ChecklistTrigger): boolean {
  if (templateTrigger === fired) return true;
  const base = /^role:(liaison|group-lead)/.exec(fired)?.[1];
  return base !== undefined && templateTrigger === `role:${base}`;
}

/** The event that attaches a copy of a template to an incident. */
export function attachEvent(template: ChecklistTemplate, owner: Handle, newId: () => string): DomainEvent {
  return {
    type: "checklist.attached",
    data: {
      id: newId(),
      templateId: template.id,
      name: template.name,
      trigger: template.trigger,
      owner,
      items: template.items.map((text, i) => ({ id: String(i + 1), text })),
    },
  };
}
