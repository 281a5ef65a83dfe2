import type { CapabilityDomain } from "../../../domain/capability.js";
import { commanderOf } from "../../../domain/state.js";
import { decideNeeds } from "./decide.js";
import { describeNeeds, foldNeeds } from "./fold.js";
import type { NeedCommand, NeedEvent } from "./model.js";
import { NEED_EVENT_TYPES } from "./model.js";

export * from "./model.js";
export { mayAnswerNeed, mayDirectNeed, needsRaised } from "./decide.js";

/**
 * Needs: what a CAN report asks for becomes an open request that the supervisor it went to (or
 * command) gives to someone or answers; the answer is linked to the need.
 */
export const needsDomain = {
  name: "needs",
  eventTypes: NEED_EVENT_TYPES,
  decide: decideNeeds,
  fold: foldNeeds,
  describe: describeNeeds,
  recipients: {
    "need.raised": (s, e) => [e.data.to ?? commanderOf(s) ?? ""].filter(Boolean),
    "need.assigned": (_s, e) => [e.data.assignee],
    "need.answered": (_s, e) => [e.data.from],
  },
} satisfies CapabilityDomain<NeedCommand, NeedEvent>;
