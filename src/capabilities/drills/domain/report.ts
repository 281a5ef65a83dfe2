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

/**
 * A practice report in Markdown: the score, then each practice with its verdict, what happened,
 * the lesson, and the events it rests on (time, who, what), so it teaches from the team's own record.
 */
export function renderPracticeMarkdown(
  title: string,
  score: DrillScore,
  events: readonly EventEnvelope[],
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
