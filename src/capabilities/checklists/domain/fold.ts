import type { CapabilityDomain } from "../../../domain/capability.js";
import type { IncidentState } from "../../../domain/state.js";
import type { Checklist, ChecklistCommand, ChecklistEvent } from "./model.js";
import { own } from "../../../domain/own.js";

function mark(
  s: IncidentState,
  checklistId: string,
  itemId: string,
  by: string | null,
  at: string | null,
): void {
  const item = own(s.checklists, checklistId)?.items.find((i) => i.id === itemId);
  if (!item) return;
  item.checkedBy = by;
  item.checkedAt = at;
}

/** Folds checklist events into state. */
export const foldChecklists: CapabilityDomain<ChecklistCommand, ChecklistEvent>["fold"] = {
  "checklist.attached": (s, e) => {
    s.checklists[e.data.id] = {
      id: e.data.id,
      templateId: e.data.templateId,
      name: e.data.name,
      trigger: e.data.trigger as Checklist["trigger"],
      owner: e.data.owner,
      attachedAt: e.at,
      items: e.data.items.map((i) => ({ ...i, checkedBy: null, checkedAt: null })),
    };
  },
  "checklist.item-checked": (s, e) => {
    mark(s, e.data.checklistId, e.data.itemId, e.actor, e.at);
  },
  "checklist.item-unchecked": (s, e) => {
    mark(s, e.data.checklistId, e.data.itemId, null, null);
  },
  "checklist.handed-over": (s, e) => {
    const checklist = own(s.checklists, e.data.checklistId);
    if (checklist) checklist.owner = e.data.to;
  },
};

/** One line per checklist event, for the timeline and the CLI. */
export const describeChecklists: CapabilityDomain<ChecklistCommand, ChecklistEvent>["describe"] = {
  "checklist.attached": (e) =>
    `checklist "${e.data.name}" (${e.data.items.length} items) attached for ${e.data.owner} (checklist ${e.data.id})`,
  "checklist.item-checked": (e, who) =>
    `${who} checked item ${e.data.itemId} of checklist ${e.data.checklistId}`,
  "checklist.item-unchecked": (e, who) =>
    `${who} unchecked item ${e.data.itemId} of checklist ${e.data.checklistId}`,
  "checklist.handed-over": (e) =>
    `checklist ${e.data.checklistId} passed from ${e.data.from} to ${e.data.to}, who now commands`,
};
