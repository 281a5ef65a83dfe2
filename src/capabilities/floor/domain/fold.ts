import type { CapabilityDomain } from "../../../domain/capability.js";
import type { FloorCommand, FloorEvent } from "./model.js";

type Domain = CapabilityDomain<FloorCommand, FloorEvent>;

/** Folds floor events into state. */
export const foldFloor: Domain["fold"] = {
  "channel.quiet-set": (s, e) => {
    s.floor.quiet = e.data.on;
    s.floor.quietSince = e.data.on ? e.at : null;
    s.floor.quietBy = e.data.on ? e.actor : null;
    // The floor is given for one quiet spell; opening the channel ends every grant and request.
    if (!e.data.on) {
      s.floor.speakers = [];
      s.floor.requests = [];
    }
  },
  "channel.sidelined": () => undefined,
  "channel.speak-requested": (s, e) => {
    s.floor.requests.push({ person: e.actor, at: e.at, text: e.data.text });
  },
  "channel.speak-granted": (s, e) => {
    s.floor.speakers.push(e.data.person);
    s.floor.requests = s.floor.requests.filter((r) => r.person !== e.data.person);
  },
  "channel.speak-revoked": (s, e) => {
    s.floor.speakers = s.floor.speakers.filter((p) => p !== e.data.person);
    s.floor.requests = s.floor.requests.filter((r) => r.person !== e.data.person);
  },
  "channel.pinned": (s, e) => {
    s.floor.pinned.push({ ...e.data, pinnedBy: e.actor, pinnedAt: e.at });
  },
  "channel.unpinned": (s, e) => {
    s.floor.pinned = s.floor.pinned.filter((p) => p.seq !== e.data.seq);
  },
};

/** One line per floor event. */
export const describeFloor: Domain["describe"] = {
  "channel.quiet-set": (e, who) =>
    e.data.on
      ? `${who} put the channel in quiet mode: only the org tree posts; others' messages go to the side thread`
      : `${who} opened the channel to everyone again`,
  "channel.sidelined": (e, who) =>
    `${who} (side thread${e.data.why === "quiet" ? ", quiet mode" : ", stakeholder"}): ${e.data.text}`,
  "channel.speak-requested": (e, who) => `${who} asks for the floor: ${e.data.text}`,
  "channel.speak-granted": (e, who) => `${who} gave ${e.data.person} the floor`,
  "channel.speak-revoked": (e, who) => `${who} took the floor back from ${e.data.person}`,
  "channel.pinned": (e, who) => `${who} pinned ${e.data.author}'s message: ${e.data.text}`,
  "channel.unpinned": (e, who) => `${who} unpinned message ${String(e.data.seq)}`,
};
