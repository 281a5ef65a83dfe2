import type { Handle } from "../../../domain/events.js";

/** When a checklist attaches: a phase of the incident, or someone taking a role. */
export type ChecklistTrigger = "declared" | "handover" | "ended" | `role:${string}`;

/** A template as stored (editable through the API). Items are copied when it attaches. */
export type ChecklistTemplate = { id: string; name: string; trigger: ChecklistTrigger; items: string[] };

export type ChecklistItem = { id: string; text: string; checkedBy: Handle | null; checkedAt: string | null };

export type Checklist = {
  id: string;
  templateId: string;
  name: string;
  trigger: ChecklistTrigger;
  owner: Handle;
  attachedAt: string;
  items: ChecklistItem[];
};

/** The commands of the checklists capability. */
export type ChecklistCommand =
  | { type: "attach-checklist"; template: ChecklistTemplate; owner: Handle }
  | { type: "check-item"; checklistId: string; itemId: string; checked: boolean };

/** The events of the checklists capability. */
export type ChecklistEvent =
  | {
      type: "checklist.attached";
      data: {
        id: string;
        templateId: string;
        name: string;
        trigger: string;
        owner: Handle;
        items: { id: string; text: string }[];
      };
    }
  | { type: "checklist.item-checked"; data: { checklistId: string; itemId: string } }
  | { type: "checklist.item-unchecked"; data: { checklistId: string; itemId: string } }
  /** A checklist changes hands: the first minutes' one follows command from the TL to the first IC. */
  | { type: "checklist.handed-over"; data: { checklistId: string; from: Handle; to: Handle } };

export const CHECKLIST_EVENT_TYPES = [
  "checklist.attached",
  "checklist.item-checked",
  "checklist.item-unchecked",
  "checklist.handed-over",
] as const satisfies readonly ChecklistEvent["type"][];
