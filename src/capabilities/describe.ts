import type { CapabilityDomain } from "../domain/capability.js";
import type { EventEnvelope } from "../domain/events.js";
import { describeChanges } from "./changes/domain/fold.js";
import { describeChecklists } from "./checklists/domain/fold.js";
import { describeDispatch } from "./dispatch/domain/fold.js";
import { describeFloor } from "./floor/domain/fold.js";
import { describeAccess } from "./access/domain/fold.js";
import { describeNeeds } from "./needs/domain/fold.js";
import { describeRelations } from "./relations/domain/fold.js";
import { describeFollowUps } from "./followups/domain/fold.js";
import { describeComms } from "./comms/domain/fold.js";
import { describeAlerts } from "./alerts/domain/fold.js";
import { chatDomain } from "./chat/domain/index.js";
import { describeDrills } from "./drills/domain/fold.js";
import type { CapabilityCommand, CapabilityEvent, CapabilityTimerKind } from "./events.js";

// Apart from ./domain.ts so that the web app, which describes events, does not bundle every
// capability's rules. The type still makes a missing description a compile error.
const describers: CapabilityDomain<CapabilityCommand, CapabilityEvent, CapabilityTimerKind>["describe"] = {
  ...describeChecklists,
  ...describeChanges,
  ...describeDispatch,
  ...describeNeeds,
  ...describeFloor,
  ...describeAccess,
  ...describeRelations,
  ...describeFollowUps,
  ...describeComms,
  ...describeAlerts,
  ...chatDomain.describe,
  ...describeDrills,
};

type CapabilityEnvelope = Extract<EventEnvelope, { type: CapabilityEvent["type"] }>;

/** Describes a capability's event in one line. */
export function describeCapability(e: CapabilityEnvelope, who: string): string {
  const describe = describers[e.type] as (e: CapabilityEnvelope, who: string) => string;
  return describe(e, who);
}
