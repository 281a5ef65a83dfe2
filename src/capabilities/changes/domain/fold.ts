import type { CapabilityDomain } from "../../../domain/capability.js";
import type { IncidentState } from "../../../domain/state.js";
import type { Change, ChangeCommand, ChangeEvent, ChangeTimerKind } from "./model.js";
import { own } from "../../../domain/own.js";

type Domain = CapabilityDomain<ChangeCommand, ChangeEvent, ChangeTimerKind>;

/** Applies `edit` to the change an event names; an unknown id changes nothing. */
function onChange(s: IncidentState, id: string, edit: (change: Change) => void): void {
  const change = own(s.changes, id);
  if (change) edit(change);
}

function conclude(status: Change["status"], at: string) {
  return (change: Change): void => {
    change.status = status;
    change.concludedAt = at;
  };
}

/** Folds cautious-change events into state. */
export const foldChanges: Domain["fold"] = {
  "change.proposed": (s, e) => {
    s.changes[e.data.id] = {
      ...e.data,
      proposedBy: e.actor,
      proposedAt: e.at,
      clearedBy: null,
      objections: [],
      status: "proposed",
      startedBy: null,
      startedAt: null,
      override: null,
      result: null,
      concludedAt: null,
    };
  },
  "change.objection-window-closed": (s, e) => {
    onChange(s, e.data.id, (c) => {
      c.windowClosed = true;
    });
  },
  "change.objected": (s, e) => {
    onChange(s, e.data.id, (c) => {
      c.objections.push({
        id: e.data.objectionId,
        by: e.actor,
        reason: e.data.reason,
        at: e.at,
        status: "open",
      });
    });
  },
  "change.objection-withdrawn": (s, e) => {
    onChange(s, e.data.id, (c) => {
      const objection = c.objections.find((o) => o.id === e.data.objectionId);
      if (objection) objection.status = "withdrawn";
    });
  },
  "change.cleared": (s, e) => {
    onChange(s, e.data.id, (c) => {
      c.clearedBy = e.actor;
    });
  },
  "change.queued": (s, e) => {
    onChange(s, e.data.id, (c) => {
      c.status = "queued";
    });
  },
  "change.started": (s, e) => {
    onChange(s, e.data.id, (c) => {
      c.status = "in-progress";
      c.startedBy = e.actor;
      c.startedAt = e.at;
      if (e.data.override !== null) c.override = { by: e.actor, reason: e.data.override };
      for (const objection of c.objections) {
        if (e.data.overruled.includes(objection.id)) objection.status = "overruled";
      }
    });
  },
  "change.observed": (s, e) => {
    onChange(s, e.data.id, (c) => {
      c.status = "observed";
      c.result = e.data.result;
    });
  },
  "change.kept": (s, e) => {
    onChange(s, e.data.id, conclude("kept", e.at));
  },
  "change.rolled-back": (s, e) => {
    onChange(s, e.data.id, (c) => {
      conclude("rolled-back", e.at)(c);
      if (e.data.result !== null) c.result = e.data.result;
    });
  },
  "change.withdrawn": (s, e) => {
    onChange(s, e.data.id, conclude("withdrawn", e.at));
  },
};

/** One line per change event, for the timeline and notices. */
export const describeChanges: Domain["describe"] = {
  "change.proposed": (e, who) =>
    `${who} proposed a ${e.data.risk}-risk change to ${e.data.system}: ${e.data.what} (change ${e.data.id})`,
  "change.objection-window-closed": (e) => `objection window closed on change ${e.data.id}`,
  "change.objected": (e, who) => `${who} objected to change ${e.data.id}: ${e.data.reason}`,
  "change.objection-withdrawn": (e, who) => `${who} withdrew their objection to change ${e.data.id}`,
  "change.cleared": (e, who) => `${who} cleared change ${e.data.id}`,
  "change.queued": (e) => `change ${e.data.id} queued behind change ${e.data.behind}`,
  "change.started": (e, who) =>
    `${e.data.automatic ? "change" : `${who} started change`} ${e.data.id}${e.data.automatic ? " started (next in queue)" : ""}${e.data.override ? ` overriding objections: ${e.data.override}` : ""}`,
  "change.observed": (e, who) => `${who} observed change ${e.data.id}: ${e.data.result}`,
  "change.kept": (e, who) => `${who} kept change ${e.data.id}`,
  "change.rolled-back": (e, who) =>
    `${who} rolled back change ${e.data.id}${e.data.result ? `: ${e.data.result}` : ""}`,
  "change.withdrawn": (e, who) =>
    `${who} withdrew change ${e.data.id}${e.data.reason ? `: ${e.data.reason}` : ""}`,
};
