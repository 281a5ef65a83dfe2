import { hasCommandAuthority, requireResponder } from "../../../domain/authority.js";
import { isAncestor } from "../../../domain/evolve.js";
import type { CapabilityDomain } from "../../../domain/capability.js";
import { ensure } from "../../../domain/errors.js";
import { inResponse } from "../../../domain/state.js";
import { attachEvent } from "./attach.js";
import type { ChecklistCommand, ChecklistEvent } from "./model.js";
import { own } from "../../../domain/own.js";

/** Attach a checklist on demand, and check or uncheck items (recording who and when). */
export const decideChecklists: CapabilityDomain<ChecklistCommand, ChecklistEvent>["decide"] = {
  "attach-checklist": (s, cmd, ctx) => {
    requireResponder(s, ctx.actor, "work through checklists");
    ensure(
      inResponse(s, cmd.owner),
      "NOT_CHECKED_IN",
      `${cmd.owner} is not checked in to ${s.name}.`,
      "owner",
    );
    return [attachEvent(cmd.template, cmd.owner, ctx.newId)];
  },
  "check-item": (s, cmd, ctx) => {
    requireResponder(s, ctx.actor, "work through checklists");
    const checklist = own(s.checklists, cmd.checklistId);
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
    // A checklist is its owner's to work through; their supervisors and those in command may help.
    const actor = ctx.actor;
    ensure(
      actor === checklist.owner || hasCommandAuthority(s, actor) || isAncestor(s, actor, checklist.owner),
      "NOT_CHECKLIST_OWNER",
      `"${checklist.name}" is ${checklist.owner}'s checklist; only they, their supervisors or the IC can tick it.`,
      "checklistId",
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
  },
};
