import type { CapabilityDomain } from "../../../domain/capability.js";
import type { FollowUpCommand, FollowUpEvent } from "./model.js";
import { own } from "../../../domain/own.js";

type Domain = CapabilityDomain<FollowUpCommand, FollowUpEvent, "follow-up-due">;

/** Folds follow-up events into state. */
export const foldFollowUps: Domain["fold"] = {
  "follow-up.added": (s, e) => {
    s.followUps[e.data.id] = {
      ...e.data,
      state: "open",
      reason: null,
      createdBy: e.actor,
      createdAt: e.at,
      updatedAt: e.at,
      doneAt: null,
      overdueAt: null,
    };
  },
  "follow-up.updated": (s, e) => {
    const f = own(s.followUps, e.data.id);
    if (!f) return;
    const c = e.data.changes;
    Object.assign(f, Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)), {
      updatedAt: e.at,
    });
    if (c.state === "done") f.doneAt = e.at;
    else if (c.state !== undefined) f.doneAt = null;
    // A new due time is a new occasion to be reminded.
    if (c.dueAt !== undefined) f.overdueAt = null;
  },
  "follow-up.overdue": (s, e) => {
    const f = own(s.followUps, e.data.id);
    if (f) f.overdueAt = e.at;
  },
  "follow-up.tracking-requested": (s, e) => {
    const f = own(s.followUps, e.data.id);
    if (f) f.tracker = "requested";
  },
  "follow-up.linked": (s, e) => {
    const f = own(s.followUps, e.data.id);
    if (f) f.tracker = e.data.tracker;
  },
};

/** One line per follow-up event. */
export const describeFollowUps: Domain["describe"] = {
  "follow-up.added": (e, who) =>
    `${who} added a follow-up for ${e.data.owner}: ${e.data.title}${e.data.dueAt ? ` (due ${e.data.dueAt})` : ""}`,
  "follow-up.updated": (e, who) =>
    `${who} updated the follow-up "${e.data.title}": ${Object.entries(e.data.changes)
      .map(([k, v]) => `${k} → ${v === null ? "none" : String(v)}`)
      .join(", ")}`,
  "follow-up.overdue": (e) => `The follow-up "${e.data.title}" (${e.data.owner}) was due ${e.data.dueAt}`,
  "follow-up.tracking-requested": (e, who) =>
    `${who} asked for the follow-up "${e.data.title}" to be tracked`,
  "follow-up.linked": (e) => `The follow-up "${e.data.title}" is tracked as ${e.data.tracker.key}`,
};
