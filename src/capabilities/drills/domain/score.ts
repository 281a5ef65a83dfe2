import type { DomainConfig } from "../../../domain/config.js";
import type { EventEnvelope } from "../../../domain/events.js";
import type { PracticeResult, Verdict } from "./practices.js";
import { PRACTICES } from "./practices.js";
import { traceOf } from "./trace.js";

/** A drill's score: each practice with its evidence, the share of points, and whether it passed. */
export type DrillScore = {
  practices: PracticeResult[];
  /** Points over the practices the run tested (0–1); null when it tested none. */
  score: number | null;
  passMark: number;
  passed: boolean;
};

const POINTS: Record<Verdict, number | null> = { kept: 1, partly: 0.5, missed: 0, "not-tested": null };

/**
 * Scores a drill's record against the practices. `start` is when the drill began (its clock
 * for "how soon"); `end` when it stopped (default: its last event).
 */
export function scoreDrill(
  events: Iterable<EventEnvelope>,
  config: DomainConfig,
  opts: { start: string; end?: string | undefined; passMark?: number | undefined },
): DrillScore {
  const trace = traceOf(events, config, Date.parse(opts.start), opts.end ? Date.parse(opts.end) : undefined);
  const practices = PRACTICES.map((p): PracticeResult => {
    const judged = p.judge(trace);
    return {
      id: p.id,
      title: p.title,
      lesson: p.lesson,
      verdict: judged.verdict,
      points: POINTS[judged.verdict],
      finding: judged.finding,
      evidence: judged.evidence.map((e) => e.seq),
    };
  });
  const tested = practices.filter((p) => p.points !== null);
  const score = tested.length ? tested.reduce((sum, p) => sum + (p.points ?? 0), 0) / tested.length : null;
  const passMark = opts.passMark ?? 0.7;
  return { practices, score, passMark, passed: score !== null && score >= passMark };
}
