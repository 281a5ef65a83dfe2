import type { CapabilityDomain } from "../../../domain/capability.js";
import { decideAccess } from "./decide.js";
import { describeAccess, foldAccess } from "./fold.js";
import type { AccessCommand, AccessEvent } from "./model.js";
import { ACCESS_EVENT_TYPES } from "./model.js";

export * from "./model.js";

/** Explicit access to restricted incidents (the person granted hears of it). */
export const accessDomain = {
  name: "access",
  eventTypes: ACCESS_EVENT_TYPES,
  decide: decideAccess,
  fold: foldAccess,
  describe: describeAccess,
  recipients: {
    "access.granted": (_s, e) => [e.data.person],
  },
} satisfies CapabilityDomain<AccessCommand, AccessEvent>;
