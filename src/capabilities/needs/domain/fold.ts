import type { CapabilityDomain } from "../../../domain/capability.js";
import type { NeedCommand, NeedEvent } from "./model.js";
import { own } from "../../../domain/own.js";

type Domain = CapabilityDomain<NeedCommand, NeedEvent>;

/** Folds need events into state. */
export const foldNeeds: Domain["fold"] = {
  "need.raised": (s, e) => {
    s.needs[e.data.id] = {
      ...e.data,
      raisedAt: e.at,
      state: "open",
      assignee: null,
      answer: null,
      answeredBy: null,
      answeredAt: null,
      answerSeq: null,
    };
  },
  "need.assigned": (s, e) => {
    const need = own(s.needs, e.data.id);
    if (need) need.assignee = e.data.assignee;
  },
  "need.answered": (s, e) => {
    const need = own(s.needs, e.data.id);
    if (!need) return;
    need.state = "answered";
    need.answer = e.data.answer;
    need.answeredBy = e.actor;
    need.answeredAt = e.at;
    need.answerSeq = e.seq;
  },
  "need.withdrawn": (s, e) => {
    const need = own(s.needs, e.data.id);
    if (need) need.state = "withdrawn";
  },
};

/** One line per need event. */
export const describeNeeds: Domain["describe"] = {
  "need.raised": (e) => `${e.data.from} needs "${e.data.text}"${e.data.to ? ` (asked of ${e.data.to})` : ""}`,
  "need.assigned": (e, who) => `${who} asked ${e.data.assignee} to see to the need "${e.data.text}"`,
  "need.answered": (e, who) => `${who} answered ${e.data.from}'s need: "${e.data.answer}"`,
  "need.withdrawn": (e, who) => `${who} withdrew the need "${e.data.text}" (${e.data.reason})`,
};
