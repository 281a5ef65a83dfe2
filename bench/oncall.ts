import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { embeddedConfig } from "../src/config.js";
import { createRuntime } from "../src/server.js";
import { median, percentile } from "./support.js";

export type Timing = { p50: number; p99: number };
export type OnCallResult = {
  schedules: number;
  overrides: number;
  /** A team of two schedules and a lead, resolved as a page goes out. */
  pageResolve: Timing;
  /** The same team's stored list read as it is (the baseline: what paging cost before schedules). */
  pageBaseline: Timing;
  /** Every schedule's now and next (GET /schedules). */
  listAll: Timing;
  /** One person's iCalendar feed over every schedule (four months). */
  personFeed: Timing;
  feedEvents: number;
};

const ZONES = ["Europe/London", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "UTC"];
const DAY = 86_400_000;

function timing(samples: number[]): Timing {
  return { p50: median(samples), p99: percentile(samples, 99) };
}

async function sample(n: number, work: () => Promise<unknown>): Promise<Timing> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await work();
    out.push(performance.now() - t);
  }
  return timing(out);
}

/**
 * On-call resolution in process (SQLite): `schedules` schedules of three layers (a weekly
 * rotation, an office-hours layer, a weekend layer) in five zones, each with `overrides`
 * overrides around now. Paging a team that names two schedules, against reading a plain team
 * (same run); the whole who-is-on-call list; one person's calendar feed.
 */
export async function onCallBenchmark(
  schedules = 20,
  overrides = 40,
  iterations = 300,
): Promise<OnCallResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "muster-bench-oncall-"));
  const runtime = await createRuntime(embeddedConfig(dir));
  const { users, teams, schedules: store, onCall } = runtime.services;
  const people = Array.from({ length: 30 }, (_, i) => `p${String(i)}`);
  try {
    for (const handle of [...people, "lead"]) await users.create({ handle, displayName: handle });
    const now = Date.now();
    for (let s = 0; s < schedules; s++) {
      const pick = (k: number) => people.slice((s * 3 + k) % 24, ((s * 3 + k) % 24) + 5);
      await store.put(
        `s${String(s)}`,
        {
          name: `Schedule ${String(s)}`,
          timeZone: ZONES[s % ZONES.length] ?? "UTC",
          layers: [
            {
              name: "weekly",
              participants: pick(0),
              rotation: { every: 1, unit: "weeks" },
              start: "2026-01-05T09:00",
            },
            {
              name: "office",
              participants: pick(1),
              rotation: { every: 1, unit: "days" },
              start: "2026-01-05T09:00",
              restriction: { weekdays: [1, 2, 3, 4, 5], from: "09:00", to: "17:30" },
            },
            {
              name: "weekend",
              participants: pick(2),
              rotation: { every: 12, unit: "hours" },
              start: "2026-01-03T08:00",
              restriction: { weekdays: [6, 7], from: "08:00", to: "20:00" },
            },
          ],
        },
        new Date(),
      );
      for (let o = 0; o < overrides; o++) {
        const start = now + (o - overrides / 2) * DAY;
        await store.addOverride(
          `s${String(s)}`,
          {
            person: people[o % people.length] ?? "p0",
            start: new Date(start).toISOString(),
            end: new Date(start + 8 * 3_600_000).toISOString(),
            note: null,
            createdBy: "lead",
          },
          new Date(),
        );
      }
    }
    await teams.put({ name: "db", displayName: "DB", escalation: ["schedule:s0", "schedule:s1", "lead"] });
    await teams.put({ name: "plain", displayName: "Plain", escalation: ["p0", "p1", "lead"] });
    const at = new Date();
    const pageResolve = await sample(iterations, () => onCall.team("db", at));
    const pageBaseline = await sample(iterations, () => teams.get("plain"));
    const listAll = await sample(Math.ceil(iterations / 10), async () =>
      Promise.all((await store.list()).map((s) => onCall.whoIsOn(s, at))),
    );
    let feedEvents = 0;
    const personFeed = await sample(Math.ceil(iterations / 30), async () => {
      feedEvents = (await onCall.personCalendar("p3", at)).split("BEGIN:VEVENT").length - 1;
    });
    return { schedules, overrides, pageResolve, pageBaseline, listAll, personFeed, feedEvents };
  } finally {
    await runtime.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
