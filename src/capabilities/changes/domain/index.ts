import type { CapabilityDomain } from "../../../domain/capability.js";
import { commanderOf, holdersOf } from "../../../domain/state.js";
import { decideChanges } from "./decide.js";
import { describeChanges, foldChanges } from "./fold.js";
import type { ChangeCommand, ChangeEvent, ChangeTimerKind } from "./model.js";
import { CHANGE_EVENT_TYPES } from "./model.js";
import { own } from "../../../domain/own.js";

export * from "./model.js";

/**
 * Cautious changes: announced before they are made, open to objection for a window (low and
 * medium risk) or cleared by the TL or IC (high risk), one at a time per system, observed,
 * then kept or rolled back.
 */
export const changesDomain = {
  name: "changes",
  eventTypes: CHANGE_EVENT_TYPES,
  decide: decideChanges,
  fold: foldChanges,
  describe: describeChanges,
  recipients: {
    // Those who hold technical command hear of every proposal; the proposer of objections
    // and of the window closing (the change may start).
    "change.proposed": (s) => {
      const commander = commanderOf(s);
      return [...(commander ? [commander] : []), ...holdersOf(s, "tech-lead")];
    },
    "change.objected": (s, e) => [own(s.changes, e.data.id)?.proposedBy ?? ""].filter(Boolean),
    "change.objection-window-closed": (s, e) => [own(s.changes, e.data.id)?.proposedBy ?? ""].filter(Boolean),
  },
  timers: {
    want: (s, add) => {
      for (const change of Object.values(s.changes)) {
        if (change.status === "proposed" && change.objectionWindowEndsAt && !change.windowClosed) {
          add("objection-window", change.id, change.objectionWindowEndsAt);
        }
      }
    },
    fire: {
      "objection-window": (_s, timer) => [
        { type: "change.objection-window-closed", data: { id: timer.subject } },
      ],
    },
  },
} satisfies CapabilityDomain<ChangeCommand, ChangeEvent, ChangeTimerKind>;
