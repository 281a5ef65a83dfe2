import type { ChecklistCommand, ChecklistEvent } from "./checklists/domain/model.js";
import { CHECKLIST_EVENT_TYPES } from "./checklists/domain/model.js";

// The registry of capability commands and events (pure). Adding a capability: one member in
// each union and one spread in CAPABILITY_EVENT_TYPES here, one entry in ./domain.ts, and one
// in ./registry.ts for its routes and CLI verbs. See ARCHITECTURE.md.

/** Every capability's commands. */
export type CapabilityCommand = ChecklistCommand;

/** Every capability's events. */
export type CapabilityEvent = ChecklistEvent;

/** Every capability's event type names. */
export const CAPABILITY_EVENT_TYPES: readonly CapabilityEvent["type"][] = [...CHECKLIST_EVENT_TYPES];
