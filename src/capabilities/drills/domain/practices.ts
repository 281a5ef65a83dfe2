import type { EventEnvelope } from "../../../domain/events.js";
import type { Trace } from "./trace.js";

/** How a practice went: kept, partly, missed, or not tested by this run. */
export type Verdict = "kept" | "partly" | "missed" | "not-tested";

/** One practice's result, with what it is based on and what it teaches. */
export type PracticeResult = {
  id: string;
  title: string;
  verdict: Verdict;
  /** 1 kept, 0.5 partly, 0 missed; null when not tested. */
  points: number | null;
  /** What happened, in figures ("IC after 3 min"). */
  finding: string;
  /** Why the practice matters and what keeping it looks like. */
  lesson: string;
  /** The events the finding rests on (their sequence numbers). */
  evidence: number[];
};

type Judged = Pick<PracticeResult, "verdict" | "finding"> & { evidence: EventEnvelope[] };

/** A practice: its id, title, lesson, and the judge that reads the trace. */
export type Practice = { id: string; title: string; lesson: string; judge: (t: Trace) => Judged };

const MIN = 60_000;
/** The thresholds of the practices, in minutes. */
export const LIMITS = { commander: 5, commanderLate: 15, firstCan: 10, canEvery: 30, techLead: 10 };

const minutes = (ms: number) => `${String(Math.round(ms / MIN))} min`;
const at = (e: EventEnvelope) => Date.parse(e.at);
const notTested = (finding: string): Judged => ({ verdict: "not-tested", finding, evidence: [] });

function commandEarly(t: Trace): Judged {
  if (!t.commander) return { verdict: "missed", finding: "Nobody took command.", evidence: [] };
  const took = at(t.commander) - t.start;
  const verdict =
    took <= LIMITS.commander * MIN ? "kept" : took <= LIMITS.commanderLate * MIN ? "partly" : "missed";
  return {
    verdict,
    finding: `An Incident Commander ${minutes(took)} after the start.`,
    evidence: [t.commander],
  };
}

function apart(t: Trace): Judged {
  if (t.doubled.length > 0) {
    return { verdict: "missed", finding: "The IC was also named Tech Lead.", evidence: t.doubled };
  }
  if (!t.techLead) {
    return { verdict: "missed", finding: "No Tech Lead other than the IC was named.", evidence: [] };
  }
  const after = at(t.techLead) - (t.commander ? at(t.commander) : t.start);
  const verdict = after <= LIMITS.techLead * MIN ? "kept" : "partly";
  return { verdict, finding: `A separate Tech Lead ${minutes(after)} after the IC.`, evidence: [t.techLead] };
}

function canCadence(t: Trace): Judged {
  const [first] = t.cans;
  if (!first) return { verdict: "missed", finding: "No CAN report.", evidence: [] };
  const from = t.commander ? at(t.commander) : t.start;
  const firstOnTime = at(first) - from <= LIMITS.firstCan * MIN;
  const marks = [...t.cans.map(at), t.end];
  const gaps = marks.slice(1).map((m, i) => m - (marks[i] ?? m));
  const longest = Math.max(0, ...gaps);
  const steady = longest <= LIMITS.canEvery * MIN;
  const verdict = firstOnTime && steady ? "kept" : firstOnTime || steady ? "partly" : "missed";
  const finding = `First CAN ${minutes(at(first) - from)} after the IC; ${String(t.cans.length)} in all, at most ${minutes(longest)} apart.`;
  return { verdict, finding, evidence: t.cans };
}

function span(t: Trace): Judged {
  const n = t.spanCrossed.length;
  if (n === 0) {
    return { verdict: "kept", finding: "No lead had more than the span of control.", evidence: [] };
  }
  const verdict = n === 1 ? "partly" : "missed";
  return {
    verdict,
    finding: `A lead went past the span of control ${String(n)} time(s).`,
    evidence: t.spanCrossed,
  };
}

function freelancing(t: Trace): Judged {
  const n = t.freelancing.length;
  const verdict = n === 0 ? "kept" : n <= 2 ? "partly" : "missed";
  return {
    verdict,
    finding: `${String(n)} message(s) from people who had not checked in.`,
    evidence: t.freelancing,
  };
}

function handovers(t: Trace): Judged {
  if (t.accepted.length === 0 && t.assumed.length === 0) return notTested("No role changed hands.");
  const briefed = t.accepted.filter((e) => {
    const offer = e.type === "transfer.accepted" ? t.offers.get(e.data.id) : undefined;
    return offer?.type === "transfer.offered" && offer.data.briefing.notes.trim().length > 0;
  });
  const total = t.accepted.length + t.assumed.length;
  const verdict = briefed.length === total ? "kept" : briefed.length * 2 >= total ? "partly" : "missed";
  const finding = `${String(briefed.length)} of ${String(total)} handovers were offered with a briefing and accepted; ${String(t.assumed.length)} command taken without one.`;
  return { verdict, finding, evidence: [...t.accepted, ...t.assumed] };
}

function changes(t: Trace): Judged {
  const started = [...t.changes.values()].filter((c) => c.started !== null);
  if (t.changes.size === 0) return notTested("No change was proposed.");
  const overruled = started.filter((c) => c.overruled);
  const unobserved = started.filter((c) => !c.observed);
  const verdict = overruled.length > 0 ? "missed" : unobserved.length > 0 ? "partly" : "kept";
  const finding = `${String(t.changes.size)} change(s) proposed, ${String(started.length)} started; ${String(overruled.length)} over an objection, ${String(unobserved.length)} without an observed result.`;
  return {
    verdict,
    finding,
    evidence: [...t.changes.values()].flatMap((c) => [c.proposed, ...(c.started ? [c.started] : [])]),
  };
}

function cadence(t: Trace): Judged {
  const onTime = t.updatesOnTime.length;
  const missed = t.updatesMissed.length;
  if (onTime + missed === 0) return notTested("No status update was due.");
  const share = onTime / (onTime + missed);
  const verdict = missed === 0 ? "kept" : share >= 0.5 ? "partly" : "missed";
  return {
    verdict,
    finding: `${String(onTime)} update(s) on time, ${String(missed)} overdue.`,
    evidence: [...t.updatesOnTime, ...t.updatesMissed],
  };
}

function needs(t: Trace): Judged {
  const all = [...t.needs.values()];
  if (all.length === 0) return notTested("No need was raised.");
  const closed = all.filter((n) => n.closed !== null);
  const verdict =
    closed.length === all.length ? "kept" : closed.length * 2 >= all.length ? "partly" : "missed";
  return {
    verdict,
    finding: `${String(closed.length)} of ${String(all.length)} needs answered or withdrawn.`,
    evidence: all.flatMap((n) => [n.raised, ...(n.closed ? [n.closed] : [])]),
  };
}

function endAnnounced(t: Trace): Judged {
  if (!t.ended || t.ended.type !== "incident.status-changed") {
    return { verdict: "missed", finding: "The incident was not ended.", evidence: [] };
  }
  const updates = t.state?.comms.updates.filter((u) => u.status === "published") ?? [];
  const heard = new Set(updates.map((u) => u.audience));
  const resolved = new Set(
    updates.filter((u) => u.stage === "resolved" || u.stage === "completed").map((u) => u.audience),
  );
  const missing = [...heard].filter((a) => !resolved.has(a));
  const summary = (t.ended.data.summary ?? "").trim().length > 0;
  const verdict =
    summary && missing.length === 0 ? "kept" : summary || missing.length === 0 ? "partly" : "missed";
  const finding = missing.length
    ? `Ended; ${missing.join(", ")} heard updates but no resolution of their own (only the automatic notice).`
    : `Ended${summary ? " with a summary" : " without a summary"}; every audience that heard updates heard the resolution.`;
  return { verdict, finding, evidence: [t.ended] };
}

/** The practices a drill is scored on, in the order the after-action report lists them. */
export const PRACTICES: Practice[] = [
  {
    id: "command-early",
    title: "Declare and take command early",
    lesson: `Someone takes command within ${String(LIMITS.commander)} minutes: an incident without an IC is a crowd. Declare early; severity can be corrected later.`,
    judge: commandEarly,
  },
  {
    id: "ic-tl-apart",
    title: "Keep the IC and the Tech Lead apart",
    lesson:
      "The IC coordinates and the Tech Lead fixes; one person doing both loses the overview. Name a Tech Lead early and let the IC stay hands-off.",
    judge: apart,
  },
  {
    id: "can-cadence",
    title: "CAN reports, early and regularly",
    lesson: `Ask for Conditions, Actions and Needs within ${String(LIMITS.firstCan)} minutes of taking command and at least every ${String(LIMITS.canEvery)} minutes: it is how command knows what is true.`,
    judge: canCadence,
  },
  {
    id: "span-of-control",
    title: "Keep the span of control",
    lesson:
      "A lead handles three to seven people, five being comfortable. Grow by forming groups with their own leads, not by widening one node.",
    judge: span,
  },
  {
    id: "no-freelancing",
    title: "Check in, then wait: no freelancing",
    lesson:
      "Arrivals check in, get briefed and wait for an assignment. Work nobody assigned collides with work that was.",
    judge: freelancing,
  },
  {
    id: "handovers",
    title: "Hand over explicitly, with a briefing",
    lesson:
      "A change of role is offered with a briefing (situation, objectives, organisation, changes in flight) and accepted; it is announced with its effective time.",
    judge: handovers,
  },
  {
    id: "change-protocol",
    title: "Change cautiously: propose, hear objections, observe",
    lesson:
      "Propose a change with its risk and rollback, poll for strong objections and honour them, then observe the result before keeping it.",
    judge: changes,
  },
  {
    id: "update-cadence",
    title: "Keep the update cadence",
    lesson:
      "Post status updates before they are due; each states when the next one comes. Silence makes stakeholders interrupt the responders.",
    judge: cadence,
  },
  {
    id: "needs-answered",
    title: "Answer the needs",
    lesson:
      "A need in a CAN report is a request to command: assign it and answer it, or say it is withdrawn.",
    judge: needs,
  },
  {
    id: "end-announced",
    title: "End explicitly, to everyone who heard the start",
    lesson:
      "End the incident with a summary and tell every audience that heard about it that it is over, in words written for them.",
    judge: endAnnounced,
  },
];
