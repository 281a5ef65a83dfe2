import { requireResponder } from "../authority.js";
import { attachEvent } from "../checklists.js";
import type { Command } from "../commands.js";
import { ensure } from "../errors.js";
import type { DomainEvent, Handle } from "../events.js";
import type { IncidentState } from "../state.js";
import { isActiveResponder } from "../state.js";

/** Attach a checklist on demand, and check or uncheck items (recording who and when). */
export function decideChecklist(
  s: IncidentState,
  cmd: Extract<Command, { type: "attach-checklist" | "check-item" }>,
  actor: Handle,
  newId: () => string,
): DomainEvent[] {
  requireResponder(s, actor, "work through checklists");
  if (cmd.type === "attach-checklist") {
    ensure(
      isActiveResponder(s, cmd.owner),
      "NOT_CHECKED_IN",
      `${cmd.owner} is not checked in to ${s.name}.`,
      "owner",
    );
    return [attachEvent(cmd.template, cmd.owner, newId)];
  }
  const checklist = s.checklists[cmd.checklistId];
  ensure(
    checklist,
    "CHECKLIST_NOT_FOUND",
    `There is no checklist ${cmd.checklistId} in ${s.name}.`,
    "checklistId",
  );
  const item = checklist.items.find((i) => i.id === cmd.itemId);
  ensure(
    item,
    "CHECKLIST_ITEM_NOT_FOUND",
    `Checklist "${checklist.name}" has no item ${cmd.itemId}.`,
    "itemId",
  );
  const isChecked = item.checkedAt !== null;
  ensure(
    isChecked !== cmd.checked,
    "CHECKLIST_ITEM_STATE",
    isChecked
      ? `"${item.text}" was already checked by ${item.checkedBy ?? ""}.`
      : `"${item.text}" is not checked.`,
    "itemId",
  );
  return [
    {
      type: cmd.checked ? "checklist.item-checked" : "checklist.item-unchecked",
      data: { checklistId: checklist.id, itemId: item.id },
    },
  ];
}
