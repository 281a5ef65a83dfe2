// `npm run bench`: every figure is printed beside a baseline measured in the same run.
// BENCH_SECONDS and BENCH_RUNS shorten or lengthen the load phases.
import os from "node:os";
import pg from "pg";
import { startPostgres } from "../test/support/postgres.js";
import { appendBenchmark } from "./append.js";
import { consumerLagBenchmark } from "./consumers.js";
import { listViewersBenchmark } from "./list-viewers.js";
import { fanoutBenchmark } from "./fanout.js";
import { readBenchmark } from "./read.js";
import { timerBenchmark } from "./timers.js";
import { webBenchmark } from "./web.js";
import { webhookBenchmark } from "./webhooks.js";
import { draftBenchmark } from "./postmortem.js";
import { insightsBenchmark } from "./insights.js";
import { statusPageBenchmark } from "./status-page.js";
import { alertStormBenchmark } from "./alert-storm.js";
import { chatBenchmark } from "./chat.js";
import { onCallBenchmark } from "./oncall.js";
import { drillBenchmark } from "./drills.js";
import { median } from "./support.js";

const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const only = process.env.BENCH_ONLY?.split(",");
const want = (name: string) => !only || only.includes(name);
const f = (n: number, d = 0) => n.toFixed(d);

console.log(
  `# Muster benchmarks — ${new Date().toISOString()} — ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${f(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
);
console.log(`# load: autocannon, 50 connections, ${seconds} s per phase, median of ${runs} runs\n`);

if (want("append")) {
  const r = await appendBenchmark("sqlite", { seconds, runs });
  console.log("1. Durable append (CAN POST, 5 incidents, SQLite WAL synchronous=FULL, group commit)");
  console.log(
    `   muster:   ${f(r.muster.rps)} req/s  p50 ${r.muster.p50} ms  p99 ${r.muster.p99} ms  errors ${r.muster.errors} non-2xx ${r.muster.non2xx}`,
  );
  console.log(
    `   baseline: ${f(r.baseline.rps)} req/s  p50 ${r.baseline.p50} ms  p99 ${r.baseline.p99} ms  (bare Fastify + raw insert, synchronous=NORMAL)`,
  );
  console.log(
    `   ratio ${f(r.muster.rps / r.baseline.rps, 2)} (goal ≥ 0.5), p99 ${r.muster.p99} ms (goal < 25)\n`,
  );
}

if (want("read")) {
  const events = Number(process.env.BENCH_EVENTS ?? 100_000);
  const r = await readBenchmark(events, seconds);
  console.log(
    `2. Status doc read, incident with ${r.seq} events (seeded in ${f(r.seedSeconds, 1)} s through the write path)`,
  );
  console.log(
    `   muster:   GET /incidents/:id  ${f(r.doc.rps)} req/s (10 connections)  sequential p50 ${f(r.docProbe.p50, 2)} ms  p99 ${f(r.docProbe.p99, 2)} ms`,
  );
  console.log(
    `   baseline: GET /healthz        ${f(r.healthz.rps)} req/s (10 connections)  sequential p50 ${f(r.healthzProbe.p50, 2)} ms  p99 ${f(r.healthzProbe.p99, 2)} ms  (same server)`,
  );
  console.log(`   p50 ${f(r.docProbe.p50, 2)} ms (goal < 5)\n`);
}

if (want("fanout")) {
  const r = await fanoutBenchmark(1000, 100);
  console.log("3. Live fan-out: 1,000 SSE subscribers on one incident, 100 log entries 20 ms apart");
  for (const [name, x] of [
    ["muster", r.muster],
    ["baseline", r.baseline],
  ] as const) {
    console.log(
      `   ${name.padEnd(9)} delivered ${x.delivered}/${x.expected}  p50 ${f(x.p50, 1)} ms  p99 ${f(x.p99, 1)} ms  server RSS ${f(x.rssMb)} MB${name === "baseline" ? "  (bare node:http SSE broadcaster)" : ""}`,
    );
  }
  console.log(`   p99 ${f(r.muster.p99, 1)} ms (goal < 100), RSS ${f(r.muster.rssMb)} MB (goal < 250)\n`);
}

if (want("timers")) {
  const r = await timerBenchmark(1000, 10);
  console.log(
    `5. Timers: ${r.timers} time boxes due in the same minute, created (in ${f(r.seedSeconds, 1)} s), server restarted, then fired`,
  );
  console.log(
    `   muster:   all due timers fired in ${f(r.fireSeconds, 2)} s; ${r.fired} fired; ${r.total} expiry events, ${r.distinct} distinct`,
  );
  console.log(
    `   baseline: ${r.timers} plain appends through the same write path: ${f(r.baselineSeconds, 2)} s`,
  );
  console.log(
    `   ${f(r.fireSeconds, 2)} s after the due time (goal ≤ 1 s), ${r.fired === r.timers && r.distinct === r.timers && r.total === r.timers ? "exactly once each" : "MISMATCH"}\n`,
  );
}

if (want("list")) {
  const r = await listViewersBenchmark({ seconds, runs, viewers: 1000 });
  console.log("8. Durable append (as 1.) with 1,000 live incident-list viewers connected");
  console.log(
    `   muster with viewers: ${f(r.viewers.rps)} req/s  p99 ${r.viewers.p99} ms  errors ${r.viewers.errors}; viewers received ${f(r.framesPerSecond)} list rows/s`,
  );
  console.log(
    `   baseline, no viewers: ${f(r.none.rps)} req/s  p99 ${r.none.p99} ms  (same server build, same run)`,
  );
  console.log(`   ratio ${f(r.viewers.rps / r.none.rps, 2)} (goal ≥ 0.8)\n`);
}

if (want("consumers")) {
  const r = await consumerLagBenchmark(Number(process.env.BENCH_CONSUMER_RATE ?? 10_000), seconds);
  console.log(
    `9. A durable consumer following appends made at ${r.targetPerSecond}/s for ${seconds} s (SQLite, in process)`,
  );
  console.log(
    `   consumer: ${r.handled}/${r.appended} events handled (appended at ${f(r.appendedPerSecond)}/s); lag p50 ${r.lagP50} ms  p99 ${r.lagP99} ms`,
  );
  console.log(
    `   baseline: the in-memory live bus on the same appends: lag p50 ${r.busLagP50} ms  p99 ${r.busLagP99} ms`,
  );
  console.log(`   lag p99 ${r.lagP99} ms (goal < 1,000 ms)\n`);
}

if (want("postmortem")) {
  const r = draftBenchmark(Number(process.env.BENCH_EVENTS_POSTMORTEM ?? 100_000));
  console.log(
    `10. Drafting a postmortem from an ended incident of ${r.events} events (in process, median of 5)`,
  );
  console.log(`   draft:    ${f(r.draftMs, 1)} ms (${r.lines} lines of Markdown)`);
  console.log(`   baseline: one pass serialising every event: ${f(r.baselineMs, 1)} ms`);
  console.log(`   ${f(r.draftMs, 1)} ms (goal < 500 ms), ratio ${f(r.draftMs / r.baselineMs, 2)}\n`);
}

if (want("insights")) {
  const r = await insightsBenchmark(Number(process.env.BENCH_INCIDENTS_INSIGHTS ?? 10_000));
  console.log(
    `11. Insights over ${r.incidents} ended incidents declared over a year (SQLite, in process, median of 5)`,
  );
  console.log(
    `   report:   admin ${f(r.adminMs, 1)} ms (${r.counted} incidents counted, drills left out); member, through the visibility filter, ${f(r.memberMs, 1)} ms`,
  );
  console.log(
    `   baseline: one SQL aggregate (count and mean times by severity) over the same rows: ${f(r.baselineMs, 1)} ms`,
  );
  console.log(`   ${f(r.adminMs, 1)} ms (goal < 1,000 ms), ratio ${f(r.adminMs / r.baselineMs, 1)}\n`);
}

if (want("status-page")) {
  const r = await statusPageBenchmark(seconds, runs);
  console.log(
    `12. Public status page: GET /status (${f(r.bytes / 1024, 1)} KiB), 200 connections, while 200 writes/s go on (one public update a second)`,
  );
  console.log(
    `   muster:   ${f(r.muster.rps)} req/s  p50 ${r.muster.p50} ms  p99 ${r.muster.p99} ms  errors ${r.muster.errors} non-2xx ${r.muster.non2xx}`,
  );
  console.log(
    `   baseline: ${f(r.baseline.rps)} req/s  p50 ${r.baseline.p50} ms  p99 ${r.baseline.p99} ms  (bare Fastify serving the same bytes from memory, same writes going on)`,
  );
  console.log(
    `   ratio ${f(r.muster.rps / r.baseline.rps, 2)} (goal ≥ 0.5), p99 ${r.muster.p99} ms (goal < 50); writes refused: ${r.failedWrites}\n`,
  );
}

if (want("webhooks")) {
  const r = await webhookBenchmark(10_000);
  console.log(
    `6. Webhooks: ${r.deliveries} signed deliveries from the outbox to a receiver failing 20% of requests`,
  );
  console.log(
    `   muster:   first pass ${f(r.firstPassPerSecond)} accepted deliveries/s; all ${r.receiver.accepted} accepted after ${f(r.totalSeconds, 1)} s (failed attempts retried after 0.5 s, 1 s, 2 s, …)`,
  );
  console.log(
    `   receiver: ${r.receiver.requests} requests, ${r.receiver.failed} failed on purpose, ${r.receiver.duplicates} duplicates by idempotency key`,
  );
  console.log(
    `   baseline: bare unsigned POSTs to the same receiver, 500 at a time: ${f(r.baselinePerSecond)} requests/s`,
  );
  console.log(
    `   ${f(r.firstPassPerSecond)}/s (goal ≥ 1,000/s), ${r.receiver.accepted === r.deliveries && r.receiver.duplicates === 0 ? "no loss, no duplicates" : "MISMATCH"}\n`,
  );
}

if (want("web")) {
  const r = await webBenchmark(Number(process.env.BENCH_EVENTS_WEB ?? 50_000));
  const ms = (x: { p50: number; p95: number; max: number }) =>
    `p50 ${f(x.p50, 1)} ms  p95 ${f(x.p95, 1)} ms  max ${f(x.max, 1)} ms`;
  console.log("7. The Command Post in headless Chromium");
  console.log(
    `   bundle:   ${f(r.bundleKb, 1)} KB of JavaScript gzipped, all of it loaded by the incident room (goal < 250 KB)`,
  );
  console.log(`   baseline: ${f(r.bareReactKb, 1)} KB for a bare React 19 app built by the same Vite`);
  console.log(
    `   timeline: ${r.events} events (seeded in ${f(r.seedSeconds, 1)} s) loaded into the room in ${f(r.loadSeconds, 1)} s; ${r.domRows} rows in the DOM`,
  );
  console.log(`   scrolling 600 px a frame: ${ms(r.scroll)}`);
  console.log(`   baseline, idle frames on the same page: ${ms(r.idle)}`);
  console.log(`   scroll p95 / idle p95 ${f(r.scroll.p95 / r.idle.p95, 2)} (1.0 = no dropped frames)\n`);
}

if (want("alert-storm")) {
  const r = await alertStormBenchmark();
  console.log(
    `13. Alert storm: ${r.muster.sent} Alertmanager bodies (one alert each) in ${r.seconds} s across ${r.groups} groups, each opening an incident and paging`,
  );
  const line = (x: typeof r.muster) =>
    `p50 ${f(x.p50, 1)} ms  p99 ${f(x.p99, 1)} ms  max ${f(x.max, 1)} ms  failed ${x.failed}`;
  console.log(`   muster:   ${line(r.muster)}`);
  console.log(
    `   baseline: ${line(r.baseline)}  (bare Fastify, bearer secret checked, body stored, synchronous=FULL)`,
  );
  console.log(
    `   stored ${r.stored}/${r.muster.sent} alerts, ${r.incidents} incidents, ${r.pages} pages (goal: ${r.groups} each), routing settled ${f(r.settleSeconds, 1)} s after the last alert`,
  );
  console.log(
    `   p99 ${f(r.muster.p99, 1)} ms (goal < 50), ratio to baseline p99 ${f(r.muster.p99 / r.baseline.p99, 1)}\n`,
  );
}

if (want("chat")) {
  const r = await chatBenchmark();
  console.log(
    `14. Chat: ${r.muster.sent} Slack channel messages (signed Events API deliveries) at ${r.rate}/s for ${r.seconds} s into one incident channel`,
  );
  const line = (x: typeof r.muster) =>
    `p50 ${f(x.p50, 1)} ms  p99 ${f(x.p99, 1)} ms  max ${f(x.max, 1)} ms  failed ${x.failed}`;
  console.log(`   muster:   ${line(r.muster)}  (answered once on the timeline)`);
  console.log(
    `   baseline: ${line(r.baseline)}  (bare Fastify, Slack signature verified, body stored, synchronous=FULL)`,
  );
  console.log(`   recorded ${r.recorded}/${r.muster.sent} on the timeline`);
  console.log(
    `   p99 ${f(r.muster.p99, 1)} ms (goal < 200), ratio to baseline p99 ${f(r.muster.p99 / r.baseline.p99, 1)}\n`,
  );
}

if (want("postgres")) {
  const server = await startPostgres({ durable: true });
  let n = 0;
  const fresh = async (): Promise<string> => {
    const name = `bench_${process.pid}_${n++}`;
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    await client.query(`create database ${name}`);
    await client.end();
    return server.url.replace(/\/postgres$/, `/${name}`);
  };
  try {
    const r = await appendBenchmark("postgres", { seconds, runs, databaseUrl: fresh });
    console.log("4. Durable append on PostgreSQL 15 (fsync on, synchronous_commit on)");
    console.log(
      `   muster:   ${f(r.muster.rps)} req/s  p50 ${r.muster.p50} ms  p99 ${r.muster.p99} ms  errors ${r.muster.errors} non-2xx ${r.muster.non2xx}`,
    );
    console.log(
      `   baseline: ${f(r.baseline.rps)} req/s  p50 ${r.baseline.p50} ms  p99 ${r.baseline.p99} ms  (bare Fastify + pg pool of 10, one insert)`,
    );
    console.log(`   ratio ${f(r.muster.rps / r.baseline.rps, 2)} (goal ≥ 0.5)\n`);
  } finally {
    server.stop();
  }
}

if (want("oncall")) {
  const r = await onCallBenchmark();
  console.log(
    `15. On call, in process (SQLite): ${String(r.schedules)} schedules of 3 layers in 5 zones, ${String(r.overrides)} overrides each`,
  );
  console.log(
    `   muster:   paging a team of 2 schedules + a lead (resolved now)  p50 ${f(r.pageResolve.p50, 2)} ms  p99 ${f(r.pageResolve.p99, 2)} ms`,
  );
  console.log(
    `   baseline: reading a team of 3 people as stored                p50 ${f(r.pageBaseline.p50, 2)} ms  p99 ${f(r.pageBaseline.p99, 2)} ms`,
  );
  console.log(
    `   every schedule's now and next  p50 ${f(r.listAll.p50, 1)} ms; one person's feed (${String(r.feedEvents)} shifts, 4 months)  p50 ${f(r.personFeed.p50, 1)} ms`,
  );
  console.log(
    `   paging adds ${f(r.pageResolve.p50 - r.pageBaseline.p50, 2)} ms at p50 (goal < 20 ms: an alert's page is not held up)\n`,
  );
}

if (want("drills")) {
  const r = await drillBenchmark(50, 10, Math.max(5, seconds));
  const withoutMid = median(r.appendWithout);
  console.log(
    `16. Drills, in process (SQLite): ${String(r.drills)} drills at once at ×${String(r.speed)}, ${String(r.injects)} timed injects (one per drill every 3 s)`,
  );
  console.log(
    `   muster:   inject lateness  p50 ${f(r.lateness.p50)} ms  p99 ${f(r.lateness.p99)} ms  max ${f(r.lateness.max)} ms  (${String(r.delivered)}/${String(r.injects)} delivered)`,
  );
  console.log(
    `   baseline: setTimeout at the same instants, same process  p50 ${f(r.timers.p50)} ms  p99 ${f(r.timers.p99)} ms  max ${f(r.timers.max)} ms`,
  );
  console.log(
    `   ordinary incidents' appends: ${f(r.appendWith)}/s with the drills, ${r.appendWithout.map((x) => f(x)).join(" and ")}/s without (before, after)`,
  );
  console.log(
    `   inject p99 ${f(r.lateness.p99)} ms (goal < 200 ms); appends with drills ${f((100 * r.appendWith) / withoutMid)}% of without (goal ≥ 90%)\n`,
  );
}
