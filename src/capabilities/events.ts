import type { AccessCommand, AccessEvent } from "./access/domain/model.js";
import { ACCESS_EVENT_TYPES } from "./access/domain/model.js";
import type { ChangeCommand, ChangeEvent, ChangeTimerKind } from "./changes/domain/model.js";
import { CHANGE_EVENT_TYPES } from "./changes/domain/model.js";
import type { ChecklistCommand, ChecklistEvent } from "./checklists/domain/model.js";
import { CHECKLIST_EVENT_TYPES } from "./checklists/domain/model.js";
import type { DispatchCommand, DispatchEvent, DispatchTimerKind } from "./dispatch/domain/model.js";
import { DISPATCH_EVENT_TYPES } from "./dispatch/domain/model.js";
import type { FloorCommand, FloorEvent } from "./floor/domain/model.js";
import { FLOOR_EVENT_TYPES } from "./floor/domain/model.js";
import type { NeedCommand, NeedEvent } from "./needs/domain/model.js";
import type { RelationCommand, RelationEvent } from "./relations/domain/model.js";
import type { FollowUpCommand, FollowUpEvent, FollowUpTimerKind } from "./followups/domain/model.js";
import { FOLLOW_UP_EVENT_TYPES } from "./followups/domain/model.js";
import { RELATION_EVENT_TYPES } from "./relations/domain/model.js";
import { NEED_EVENT_TYPES } from "./needs/domain/model.js";
import type { CommsCommand, CommsEvent, CommsTimerKind } from "./comms/domain/model.js";
import { COMMS_EVENT_TYPES } from "./comms/domain/model.js";
import type { AlertCommand, AlertEvent } from "./alerts/domain/model.js";
import { ALERT_EVENT_TYPES } from "./alerts/domain/model.js";
import type { ChatCommand, ChatEvent } from "./chat/domain/model.js";
import { CHAT_EVENT_TYPES } from "./chat/domain/model.js";
import type { DrillCommand, DrillEvent } from "./drills/domain/model.js";
import { DRILL_EVENT_TYPES } from "./drills/domain/model.js";

// The registry of capability commands, events and timer kinds (pure). Adding a capability: one
// member in each union and one spread in CAPABILITY_EVENT_TYPES here, one entry in ./domain.ts,
// and one line each in ./routes.ts and ./cli.ts. See ARCHITECTURE.md.

/** Every capability's commands. */
export type CapabilityCommand =
  | ChecklistCommand
  | ChangeCommand
  | DispatchCommand
  | NeedCommand
  | FloorCommand
  | RelationCommand
  | FollowUpCommand
  | AccessCommand
  | CommsCommand
  | AlertCommand
  | ChatCommand
  | DrillCommand;

/** Every capability's events. */
export type CapabilityEvent =
  | ChecklistEvent
  | ChangeEvent
  | DispatchEvent
  | NeedEvent
  | FloorEvent
  | RelationEvent
  | FollowUpEvent
  | AccessEvent
  | CommsEvent
  | AlertEvent
  | ChatEvent
  | DrillEvent;

/** Every capability's timer kinds. */
export type CapabilityTimerKind = ChangeTimerKind | DispatchTimerKind | FollowUpTimerKind | CommsTimerKind;

/** Every capability's event type names. */
export const CAPABILITY_EVENT_TYPES: readonly CapabilityEvent["type"][] = [
  ...CHECKLIST_EVENT_TYPES,
  ...CHANGE_EVENT_TYPES,
  ...DISPATCH_EVENT_TYPES,
  ...NEED_EVENT_TYPES,
  ...FLOOR_EVENT_TYPES,
  ...RELATION_EVENT_TYPES,
  ...FOLLOW_UP_EVENT_TYPES,
  ...ACCESS_EVENT_TYPES,
  ...COMMS_EVENT_TYPES,
  ...ALERT_EVENT_TYPES,
  ...CHAT_EVENT_TYPES,
  ...DRILL_EVENT_TYPES,
];
