import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnServer, stopServer } from "../test/support/process.js";
import { FakeSlack } from "../test/support/slack.js";
import { SlackSender } from "../test/support/slack-client.js";
import { percentile, post, startScript } from "./support.js";

const ADMIN = "bench-chat-admin-token-0123456789";
const SECRET = "bench-chat-signing-secret-0123456789";
const RATE = Number(process.env.BENCH_CHAT_RATE ?? 50);
const SECONDS = Number(process.env.BENCH_CHAT_SECONDS ?? 30);
const PEOPLE = 20;

export type ChatLoad = { sent: number; failed: number; p50: number; p99: number; max: number };

/** Sends RATE signed message events a second for SECONDS, each timed from send to answer. */
async function pace(sender: SlackSender, channel: string, seconds: number, tag: string): Promise<ChatLoad> {
  const total = RATE * seconds;
  const latencies: number[] = [];
  let failed = 0;
  const inFlight: Promise<void>[] = [];
  const started = performance.now();
  for (let i = 0; i < total; i++) {
    const wait = started + (i * 1000) / RATE - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const t0 = performance.now();
    inFlight.push(
      sender
        .message(`UP${String(i % PEOPLE).padStart(3, "0")}`, channel, `${tag} message ${String(i)}`)
        .then((r) => {
          if (r.status !== 200) failed++;
          latencies.push(performance.now() - t0);
        })
        .catch(() => {
          failed++;
        }),
    );
  }
  await Promise.all(inFlight);
  return {
    sent: total,
    failed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: Math.max(...latencies),
  };
}

/**
 * Chat intake: Slack channel messages (signed Events API deliveries) at RATE a second into an
 * incident's channel from PEOPLE people, against a real Muster process with its Slack app in
 * HTTP mode (a loopback Slack for the Web API). Slack is answered only once the message is on
 * the timeline, so the answer's latency is the message-to-timeline latency. The baseline is a
 * bare Fastify route that verifies the same signature and stores the body, same pacing.
 */
export async function chatBenchmark(): Promise<{
  muster: ChatLoad;
  baseline: ChatLoad;
  recorded: number;
  rate: number;
  seconds: number;
}> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "muster-chat-"));
  const slack = new FakeSlack("xoxb-bench-chat");
  await slack.start();
  const server = await spawnServer({
    MUSTER_DATA_DIR: dir,
    MUSTER_ADMIN_TOKEN: ADMIN,
    MUSTER_SLACK_BOT_TOKEN: "xoxb-bench-chat",
    MUSTER_SLACK_SIGNING_SECRET: SECRET,
    MUSTER_SLACK_API_URL: slack.url,
  });
  try {
    for (let p = 0; p < PEOPLE; p++) {
      const id = `UP${String(p).padStart(3, "0")}`;
      slack.addUser({ id, name: `p${String(p)}`, email: `p${String(p)}@bench.example` });
      await post(`${server.url}/api/v1/users`, ADMIN, {
        handle: `p${String(p)}`,
        displayName: `P${String(p)}`,
        email: `p${String(p)}@bench.example`,
      });
    }
    const sender = new SlackSender(server.url, SECRET, slack);
    await sender.command("UP000", "CGENERAL", "declare SEV2 Chat benchmark");
    const deadline = Date.now() + 30_000;
    while (slack.channels.size === 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    const channel = [...slack.channels.values()][0];
    if (!channel) throw new Error("no incident channel");
    const baselineServer = await startScript("bench/baselines/signed-insert.ts", { DIR: dir, SECRET });
    let baseline: ChatLoad;
    try {
      const base = new SlackSender(baselineServer.url, SECRET, slack);
      await pace(base, channel.id, 3, "warm");
      baseline = await pace(base, channel.id, SECONDS, "bench");
    } finally {
      await baselineServer.stop();
    }
    await pace(sender, channel.id, 3, "warm");
    const muster = await pace(sender, channel.id, SECONDS, "bench");
    let recorded = 0;
    for (let after = 0; ;) {
      const page = await fetch(
        `${server.url}/api/v1/incidents/1/timeline?after=${String(after)}&limit=1000`,
        {
          headers: { authorization: `Bearer ${ADMIN}` },
        },
      );
      const events = (
        (await page.json()) as { events: { seq: number; type: string; data: { text?: string } }[] }
      ).events;
      recorded += events.filter(
        (e) => e.type === "message.posted" && e.data.text?.startsWith("bench "),
      ).length;
      if (events.length < 1000) break;
      after = events.at(-1)?.seq ?? after;
    }
    return { muster, baseline, recorded, rate: RATE, seconds: SECONDS };
  } finally {
    await stopServer(server);
    await slack.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
