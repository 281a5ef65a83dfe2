import type { CapabilityDomain } from "../../../domain/capability.js";
import { commanderOf, holdersOf } from "../../../domain/state.js";
import type { IncidentState } from "../../../domain/state.js";
import { decideDrills } from "./decide.js";
import { describeDrills, foldDrills } from "./fold.js";
import type { DrillCommand, DrillEvent, InjectRecord } from "./model.js";
import { DRILL_EVENT_TYPES } from "./model.js";

export * from "./model.js";

/** Who an inject is for: the participant it names, else the role's holder, else command. */
function injectFor(s: IncidentState, r: InjectRecord): string[] {
  if (r.action === "note") return [];
  if (r.person) return [r.person];
  const holder = r.to ? holdersOf(s, r.to)[0] : undefined;
  const to = holder ?? commanderOf(s);
  // Nobody in command yet: everyone told of the drill hears it, as a room would.
  return to ? [to] : s.audience;
}

/**
 * Drills: a running scenario's injects, each recorded once and marked DRILL, told to the
 * participant or role it is for; alerts, questions and needs go through the capabilities that own them.
 */
export const drillsDomain = {
  name: "drills",
  eventTypes: DRILL_EVENT_TYPES,
  decide: decideDrills,
  fold: foldDrills,
  describe: describeDrills,
  recipients: { "drill.injected": (s, e) => injectFor(s, e.data) },
} satisfies CapabilityDomain<DrillCommand, DrillEvent>;
