import type { CapabilityDomain } from "../../../domain/capability.js";
import type { AccessCommand, AccessEvent } from "./model.js";

type Domain = CapabilityDomain<AccessCommand, AccessEvent>;

/** Folds access events into state. */
export const foldAccess: Domain["fold"] = {
  "access.granted": (s, e) => {
    s.grants.push(e.data.person);
  },
  "access.revoked": (s, e) => {
    s.grants = s.grants.filter((p) => p !== e.data.person);
  },
};

/** One line per access event. */
export const describeAccess: Domain["describe"] = {
  "access.granted": (e, who) => `${who} gave ${e.data.person} access until it is revoked`,
  "access.revoked": (e, who) => `${who} revoked ${e.data.person}'s explicit access`,
};
