import { describe, expect, it } from "vitest";
import { blameFlags } from "../../src/capabilities/postmortems/domain/blameless.js";

const PEOPLE = ["sue", "Sue Park", "bob", "Bob", "Priya", "dan", "Dan Okoro", "Ann"];

/** Sentences a postmortem might contain, and whether each assigns blame to a person. */
const CORPUS: [string, boolean][] = [
  // Blame
  ["The outage was caused by human error.", true],
  ["Root cause: human error during the migration.", true],
  ["It was Bob's mistake to run the script against production.", true],
  ["This was entirely Sue's fault.", true],
  ["Sue should have checked the config before deploying.", true],
  ["The on-call engineer should have escalated sooner.", true],
  ["Dan forgot to renew the certificate.", true],
  ["Priya failed to follow the runbook.", true],
  ["Bob caused the outage by restarting the primary.", true],
  ["The developer carelessly pushed to main on Friday.", true],
  ["A careless change to the firewall took the site down.", true],
  ["The operator was negligent in applying the patch.", true],
  ["Ann ignored the alert for forty minutes.", true],
  ["We blame the release manager for the delay.", true],
  ["The intern is responsible for the outage.", true],
  ["If only someone had read the warning.", true],
  ["Why didn't anyone check the disk space?", true],
  ["The outage happened because of Dan.", true],
  ["Sue Park missed the page at 02:10.", true],
  ["He broke the build and went home.", true],
  ["She did not test the rollback.", true],
  ["An engineer mistakenly deleted the volume.", true],
  ["The junior engineer overlooked the expiry warning.", true],
  ["Operator error left the load balancer misconfigured.", true],
  ["It was a rookie mistake.", true],
  ["Bob was at fault for the misrouted traffic.", true],
  ["The culprit was the DBA who dropped the index.", true],
  ["Priya could have prevented this by waiting.", true],
  ["Someone forgot to update the DNS record.", true],
  ["His error cost us two hours.", true],
  ["Dan Okoro never checked the replica lag.", true],
  ["This happened due to Sue approving the change.", true],
  ["The engineer on call must have misread the dashboard.", true],
  // Fine: systems framing, facts, future actions
  ["The deploy pipeline allowed a change to skip the canary stage.", false],
  ["The certificate expired because renewal had no alert.", false],
  ["Sue ran the failover at 10:42, as the runbook says.", false],
  ["The job failed to start because the disk was full.", false],
  ["The primary database failed to elect a new leader.", false],
  ["We should add an alert for certificate expiry.", false],
  ["The runbook did not mention the second cluster.", false],
  ["The alert was routed to a channel nobody watched at night.", false],
  ["Bob restarted the primary, which the console offered as the first option.", false],
  ["The console put Delete next to Restart with the same colour.", false],
  ["Dan saw a green dashboard; replica lag was not on it.", false],
  ["Priya followed the runbook, which was out of date.", false],
  ["The migration script had no dry-run mode.", false],
  ["Timeouts cascaded because retries had no backoff.", false],
  ["The change was approved by two reviewers; neither diff showed the generated config.", false],
  ["Ann acknowledged the page at 02:04 and joined the bridge at 02:09.", false],
  ["Monitoring missed the error spike because it sampled every five minutes.", false],
  ["The load balancer ignored the health check because of a typo in the path.", false],
  ["What went well: the failover took four minutes.", false],
  ["Where we got lucky: the outage began after the batch window.", false],
  ["Follow-up: add a guard that refuses to drop indexes on the primary.", false],
  ["The team decided to roll back at 10:55 because error rates were still rising.", false],
  ["Sue Park led the response as Incident Commander.", false],
  ["The backup restore failed to complete within the window.", false],
  ["Detection: the synthetic check fired at 09:58.", false],
  ["Impact: 18% of EU checkouts failed for 47 minutes.", false],
  ["Nobody was paged because the schedule had a gap on Sunday.", false],
  ["The incident was declared 12 minutes after the first alert.", false],
  ["Tooling made it easy to target production by accident.", false],
  ["The rollback took longer than expected because the image was not cached.", false],
  ["Dan asked the database team for help at 10:20.", false],
  ["It was caused by the cache service returning stale keys.", false],
  ['The message said "you should have received a token" and nothing else.', false],
];

describe("the blameless-language check", () => {
  it("flags blame and lets systems framing through, on a corpus of good and bad sentences", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(60);
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const wrong: string[] = [];
    for (const [sentence, blame] of CORPUS) {
      const flagged = blameFlags(sentence, PEOPLE).length > 0;
      if (flagged && blame) tp++;
      if (flagged && !blame) fp++;
      if (!flagged && blame) fn++;
      if (flagged !== blame) wrong.push(`${blame ? "missed" : "false alarm"}: ${sentence}`);
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    console.log(
      `blameless check: ${String(CORPUS.length)} sentences, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}${wrong.length ? `; wrong: ${wrong.join(" | ")}` : ""}`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  it("points at the sentence, says why and suggests a systems framing", () => {
    const text =
      "Impact: checkout down.\nRoot cause: Sue forgot to renew the certificate. We renewed it at 11:02.";
    const flags = blameFlags(text, ["sue"]);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      sentence: "Root cause: Sue forgot to renew the certificate.",
      rule: "person-failed",
    });
    expect(text.slice(flags[0]!.offset)).toMatch(/^Root cause: Sue forgot/);
    expect(flags[0]!.suggestion).toMatch(/system the subject/);
  });
});
