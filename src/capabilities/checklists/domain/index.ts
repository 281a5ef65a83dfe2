import type { CapabilityDomain } from "../../../domain/capability.js";
import { decideChecklists } from "./decide.js";
import { describeChecklists, foldChecklists } from "./fold.js";
import type { ChecklistCommand, ChecklistEvent } from "./model.js";
import { CHECKLIST_EVENT_TYPES } from "./model.js";

export * from "./attach.js";
export * from "./defaults.js";
export * from "./model.js";

/** Checklists per role and phase: templates attach as roles are taken and phases begin. */
export const checklistsDomain: CapabilityDomain<ChecklistCommand, ChecklistEvent> = {
  name: "checklists",
  eventTypes: CHECKLIST_EVENT_TYPES,
  decide: decideChecklists,
  fold: foldChecklists,
  describe: describeChecklists,
};
