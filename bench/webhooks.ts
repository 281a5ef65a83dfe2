import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfig } from "../src/config.js";
import { bootstrapAdmin, createRuntime } from "../src/server.js";
import { startScript } from "./support.js";

const admin = { handle: "admin", isAdmin: true };
type Stats = { requests: number; failed: number; accepted: number; duplicates: number };

export type WebhookResult = {
  deliveries: number;
  firstPassPerSecond: number;
  totalSeconds: number;
  receiver: Stats;
  baselinePerSecond: number;
};

async function stats(url: string): Promise<Stats> {
  return (await (await fetch(url)).json()) as Stats;
}

/**
 * `count` webhook deliveries owed through the real outbox (one notification each to a person
 * with a webhook), sent by the delivery worker with signatures to a receiver that fails 20%.
 * Baseline: bare unsigned POSTs to the same receiver, 500 at a time, in the same run.
 */
export async function webhookBenchmark(count: number): Promise<WebhookResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "muster-webhooks-"));
  const receiver = await startScript(path.resolve("bench/baselines/webhook-receiver.ts"), {});
  try {
    // The receiver is on loopback, which webhooks may reach only when allowed.
    const config = loadConfig({ MUSTER_DATA_DIR: dir, MUSTER_OUTBOUND_ALLOW: "127.0.0.1" });
    const runtime = await createRuntime(config);
    await bootstrapAdmin(runtime.services.users, undefined);
    await runtime.services.users.create({ handle: "ops", displayName: "Ops" });
    await runtime.services.contacts.add("ops", "webhook", `${receiver.url}/hook`);
    const { incidentId } = await runtime.services.muster.declare(admin, { synopsis: "webhooks" });
    await Promise.all(
      Array.from({ length: count }, (_, i) =>
        runtime.services.muster.execute(admin, incidentId, {
          type: "notify",
          people: ["ops"],
          teams: [],
          text: `notice ${i}`,
        }),
      ),
    );
    const start = performance.now();
    await runtime.deliveries.tick();
    const firstPass = (performance.now() - start) / 1000;
    const firstPassAccepted = (await stats(receiver.url)).accepted;
    const deadline = Date.now() + 120_000;
    runtime.deliveries.start(100);
    while ((await stats(receiver.url)).accepted < count && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
    }
    const totalSeconds = (performance.now() - start) / 1000;
    await runtime.close();
    const receiverStats = await stats(receiver.url);

    const baselineStart = performance.now();
    for (let sent = 0; sent < count; sent += 500) {
      await Promise.all(
        Array.from({ length: Math.min(500, count - sent) }, (_, i) =>
          fetch(`${receiver.url}/hook`, {
            method: "POST",
            headers: { "content-type": "application/json", "idempotency-key": `baseline-${sent + i}` },
            body: "{}",
          }).then((r) => r.arrayBuffer()),
        ),
      );
    }
    const baselinePerSecond = count / ((performance.now() - baselineStart) / 1000);
    return {
      deliveries: count,
      firstPassPerSecond: firstPassAccepted / firstPass,
      totalSeconds,
      receiver: receiverStats,
      baselinePerSecond,
    };
  } finally {
    await receiver.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
