import type { IncidentState } from "../../../domain/state.js";
import { own } from "../../../domain/own.js";
import type { Audience, CommsUpdate, Question } from "./model.js";

/** The communications part of the status doc. */
export type CommsDoc = {
  audiences: Audience[];
  /** Newest first. */
  updates: CommsUpdate[];
  /** Per audience that has heard anything: when its next update is owed (null: it heard the end). */
  nextDue: Record<string, string | null>;
  /** Unanswered first, oldest first. */
  questions: Question[];
};

/** When an audience is owed its next update (null: nothing published yet, or it has heard the end). */
export function nextDueFor(s: IncidentState, audience: string, cadenceMinutes: number): string | null {
  const cadence = own(s.comms.cadence, audience);
  if (!cadence?.lastPublishedAt) return null;
  const last = [...s.comms.updates]
    .reverse()
    .find((u) => u.audience === audience && u.status === "published");
  if (last && (last.stage === "resolved" || last.stage === "completed")) return null;
  return (
    cadence.nextDueAt ?? new Date(Date.parse(cadence.lastPublishedAt) + cadenceMinutes * 60_000).toISOString()
  );
}

/** Builds the communications part of the status doc. */
export function commsDoc(s: IncidentState, cadenceMinutes: number): CommsDoc {
  return {
    audiences: s.comms.audiences,
    updates: [...s.comms.updates].reverse(),
    nextDue: Object.fromEntries(
      Object.keys(s.comms.cadence).map((a) => [
        a,
        s.status === "ended" ? null : nextDueFor(s, a, cadenceMinutes),
      ]),
    ),
    questions: [...s.comms.questions].sort(
      (a, b) => Number(a.answer !== null) - Number(b.answer !== null) || a.askedAt.localeCompare(b.askedAt),
    ),
  };
}
