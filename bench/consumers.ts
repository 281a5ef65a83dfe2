import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Consumer } from "../src/app/consumers.js";
import { embeddedConfig } from "../src/config.js";
import type { Runtime } from "../src/server.js";
import { bootstrapAdmin, createRuntime } from "../src/server.js";
import { percentile } from "./support.js";

const INCIDENTS = 10;

export type ConsumerLagResult = {
  targetPerSecond: number;
  appended: number;
  appendedPerSecond: number;
  handled: number;
  lagP50: number;
  lagP99: number;
  /** The same, for the in-memory live bus (what SSE viewers see): the floor a consumer can reach. */
  busLagP50: number;
  busLagP99: number;
};

/** Appends log entries through the write path at a steady rate for `seconds`. */
async function appendAtRate(
  runtime: Runtime,
  ids: string[],
  perSecond: number,
  seconds: number,
): Promise<number> {
  const actor = { handle: "admin", isAdmin: true };
  const tickMs = 10;
  const perTick = Math.round((perSecond * tickMs) / 1000);
  const started = Date.now();
  let sent = 0;
  const inFlight: Promise<unknown>[] = [];
  while (Date.now() - started < seconds * 1000) {
    const due = Math.floor(((Date.now() - started) / tickMs) * perTick);
    while (sent < due) {
      const id = ids[sent % ids.length] ?? "";
      inFlight.push(runtime.services.muster.execute(actor, id, { type: "log", text: `entry ${sent}` }));
      sent++;
    }
    await new Promise((r) => setTimeout(r, tickMs));
  }
  await Promise.all(inFlight);
  return sent;
}

/**
 * A durable consumer following appends made at `perSecond` (SQLite, in process): lag from commit
 * to handling, against the lag of the in-memory live bus in the same run.
 */
export async function consumerLagBenchmark(perSecond: number, seconds: number): Promise<ConsumerLagResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "muster-bench-consumer-"));
  const lags: number[] = [];
  let from = Infinity; // only events of the measured phase count
  const consumer: Consumer = {
    name: "bench",
    handle: (_incidentId, events) => {
      const now = Date.now();
      for (const e of events) if (Date.parse(e.at) >= from) lags.push(now - Date.parse(e.at));
      return Promise.resolve();
    },
  };
  const runtime = await createRuntime(embeddedConfig(dir), undefined, undefined, [consumer]);
  try {
    await bootstrapAdmin(runtime.services.users, undefined);
    const actor = { handle: "admin", isAdmin: true };
    const ids: string[] = [];
    for (let i = 0; i < INCIDENTS; i++) {
      ids.push((await runtime.services.muster.declare(actor, { synopsis: `bench ${i}` })).incidentId);
    }
    const busLags: number[] = [];
    const stopBus = runtime.services.bus.subscribeAny((_id, events) => {
      const now = Date.now();
      for (const e of events) if (Date.parse(e.at) >= from) busLags.push(now - Date.parse(e.at));
    });
    runtime.consumers.start();
    await new Promise((r) => setTimeout(r, 500)); // let the first sweep finish
    const started = Date.now();
    from = started;
    const appended = await appendAtRate(runtime, ids, perSecond, seconds);
    const elapsed = (Date.now() - started) / 1000;
    const deadline = Date.now() + 30_000;
    while (lags.length < busLags.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    stopBus();
    return {
      targetPerSecond: perSecond,
      appended,
      appendedPerSecond: appended / elapsed,
      handled: lags.length,
      lagP50: percentile(lags, 50),
      lagP99: percentile(lags, 99),
      busLagP50: percentile(busLags, 50),
      busLagP99: percentile(busLags, 99),
    };
  } finally {
    await runtime.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
