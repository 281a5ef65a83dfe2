import type { CapabilityDomain } from "../../../domain/capability.js";
import { decideFloor } from "./decide.js";
import { describeFloor, foldFloor } from "./fold.js";
import type { FloorCommand, FloorEvent } from "./model.js";
import { FLOOR_EVENT_TYPES } from "./model.js";
import { moderators, sideThreadReaders } from "./rules.js";

export * from "./model.js";
export { destination, mayModerate, mayPin, messageEvent } from "./rules.js";

/**
 * Channel discipline: the IC and TL keep the incident channel on topic. Quiet mode lets only
 * the org tree post (others go to a side thread the Liaison reads), the floor is asked for and
 * granted, and key messages are pinned.
 */
export const floorDomain = {
  name: "floor",
  eventTypes: FLOOR_EVENT_TYPES,
  decide: decideFloor,
  fold: foldFloor,
  describe: describeFloor,
  recipients: {
    "channel.sidelined": (s) => sideThreadReaders(s),
    "channel.speak-requested": (s) => moderators(s),
    "channel.speak-granted": (_s, e) => [e.data.person],
  },
} satisfies CapabilityDomain<FloorCommand, FloorEvent>;
