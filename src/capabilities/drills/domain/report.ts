import { describeEvent } from "../../../domain/describe.js";
import type { EventEnvelope } from "../../../domain/events.js";
import type { Verdict } from "./practices.js";
import type { DrillScore } from "./score.js";

const MARK: Record<Verdict, string> = {
  kept: "✔ kept",
  partly: "◐ partly",
  missed: "✘ missed",
  "not-tested": "– not tested",
};

/** "42%" of a share, or "–". */
export function percent(share: number | null): string {
  return share === null ? "–" : `${String(Math.round(share * 100))}%`;
}

/** A run of the same scenario before this one. */
export type Earlier = {
  incident: number;
  startedAt: string;
  score: number | null;
  passed: boolean;
  verdicts: Record<string, string>;
};

/** How this run compares with the team's earlier runs of the scenario, practice by practice. */
function comparison(title: string, score: DrillScore, earlier: Earlier[]): string[] {
  if (earlier.length === 0) return [`This is the team's first run of *${title}*.`, ""];
  const runs = earlier.slice(0, 3);
  const head = runs.map((r) => `#${String(r.incident)} (${r.startedAt.slice(0, 10)})`);
  const short = (v: string | undefined) => (v ? (MARK[v as Verdict] ?? v) : "–");
  return [
    `## Compared with earlier runs of ${title}`,
    "",
    `| Practice | This run | ${head.join(" | ")} |`,
    `| --- | --- | ${runs.map(() => "---").join(" | ")} |`,
    `| **Score** | **${percent(score.score)}** | ${runs.map((r) => percent(r.score)).join(" | ")} |`,
    ...score.practices.map(
      (p) => `| ${p.title} | ${MARK[p.verdict]} | ${runs.map((r) => short(r.verdicts[p.id])).join(" | ")} |`,
    ),
    "",
  ];
}

/**
 * A practice report in Markdown: the score, then each practice with its verdict, what happened,
 * the lesson, and the events it rests on (time, who, what), so it teaches from the team's own record.
 */
export function renderPracticeMarkdown(
  title: string,
  score: DrillScore,
  events: readonly EventEnvelope[],
  drill?: { title: string; earlier: Earlier[] },
): string {
  const bySeq = new Map(events.map((e) => [e.seq, e]));
  const lines = [
    `# ${title}`,
    "",
    `**Score: ${percent(score.score)}** (pass mark ${percent(score.passMark)}): ${score.passed ? "passed" : "not passed"}.`,
    "",
    "| Practice | Result | What happened |",
    "| --- | --- | --- |",
    ...score.practices.map(
      (p) => `| ${p.title} | ${MARK[p.verdict]} | ${p.finding.replaceAll("|", "\\|")} |`,
    ),
    "",
    ...(drill ? comparison(drill.title, score, drill.earlier) : []),
  ];
  for (const p of score.practices) {
    lines.push(`## ${p.title}: ${MARK[p.verdict]}`, "", p.finding, "", `> ${p.lesson}`, "");
    const shown = p.evidence.slice(0, 10).flatMap((seq) => {
      const e = bySeq.get(seq);
      return e ? [`- ${e.at.slice(11, 16)} UTC, #${String(e.seq)}: ${describeEvent(e)}`] : [];
    });
    if (shown.length) {
      lines.push(
        ...shown,
        ...(p.evidence.length > 10 ? [`- … and ${String(p.evidence.length - 10)} more`] : []),
        "",
      );
    }
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
