import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../src/app/muster.js";
import type { Command, IncidentState } from "../../src/domain/index.js";
import type { TestServer } from "../support/runtime.js";
import { startTestServer, virtualClock } from "../support/runtime.js";
import { call } from "../support/http.js";

/**
 * Each shipped scenario run to its end in virtual time, with a scripted response through the one
 * write path, and the score it earns. One engine: the runner's storage is tested on both in
 * drill-runs.test.ts; here the subject is the scenarios and the scoring of their runs.
 */

type Step = (d: Drill) => Promise<void>;
/** A scripted response: what the participants do at each drill minute. */
type Script = Record<number, Step>;

const me = (handle: string): Actor => ({ handle, isAdmin: false });

class Drill {
  constructor(
    readonly s: TestServer,
    readonly incidentId: string,
  ) {}
  async as(handle: string, cmd: Command): Promise<void> {
    await this.s.runtime.services.muster.execute(me(handle), this.incidentId, cmd);
  }
  async state(): Promise<IncidentState> {
    const st = await this.s.runtime.services.reads.currentState(this.incidentId);
    if (!st) throw new Error("no incident");
    return st;
  }
  /** Command answers what the injects asked: every open need, every waiting question. */
  async answer(ic: string): Promise<void> {
    const st = await this.state();
    for (const n of Object.values(st.needs).filter((x) => x.state === "open")) {
      await this.as(ic, { type: "answer-need", id: n.id, answer: "Yes: go ahead, I own the risk." });
    }
    for (const q of st.comms.questions.filter((x) => x.answer === null)) {
      await this.as(ic, {
        type: "answer-question",
        id: q.id,
        text: "We are on it; next update within 15 minutes.",
      });
    }
  }
  /** Proposes a change through the protocol: cleared by the Tech Lead, started, observed, kept. */
  async change(by: string, tl: string, what: string): Promise<string> {
    await this.as(by, {
      type: "change-propose",
      what,
      why: "the drill's situation calls for it",
      system: "prod",
      risk: "high",
      rollbackPlan: "undo it",
    });
    const st = await this.state();
    const id = Object.values(st.changes).findLast((c) => c.what === what)?.id ?? "";
    await this.as(tl, { type: "change-clear", id });
    await this.as(by, { type: "change-start", id });
    return id;
  }
}

/** A disciplined response: command at once, a separate TL, CANs, updates, changes by the protocol, an end. */
function disciplined(opts: { change?: string; endAt: number; extra?: Script }): Script {
  const script: Script = {
    1: async (d) => {
      await d.as("ann", { type: "check-in", person: "ann" });
      await d.as("ann", { type: "fill-role", role: "incident-commander", person: "ann" });
      await d.as("ann", { type: "check-in", person: "ben" });
      await d.as("ann", { type: "check-in", person: "cat" });
      await d.as("ann", { type: "fill-role", role: "tech-lead", person: "ben" });
      await d.as("ann", { type: "post-update", text: "Investigating; next update in 15 minutes." });
    },
    3: async (d) => {
      await d.as("ben", { type: "report-can", conditions: "degraded", actions: "diagnosing", needs: "none" });
    },
  };
  for (let m = 15; m < opts.endAt; m += 15) {
    script[m] = async (d) => {
      const ic = commander(await d.state());
      await d.as(ic, {
        type: "post-update",
        text: `Still working; next update in 15 minutes (${String(m)}).`,
      });
      await d.as("ben", { type: "report-can", conditions: "stable", actions: "watching", needs: "none" });
    };
  }
  if (opts.change) {
    const what = opts.change;
    script[5] = async (d) => {
      const id = await d.change("cat", "ben", what);
      script[8] = async (d2) => {
        await d2.as("cat", { type: "change-observe", id, result: "as expected" });
        await d2.as("ben", { type: "change-keep", id });
      };
    };
  }
  for (const [m, step] of Object.entries(opts.extra ?? {})) {
    const before = script[Number(m)];
    script[Number(m)] = async (d) => {
      if (before) await before(d);
      await step(d);
    };
  }
  const last = script[opts.endAt];
  script[opts.endAt] = async (d) => {
    if (last) await last(d);
    await d.as(commander(await d.state()), {
      type: "set-status",
      status: "ended",
      summary: "Service restored; the cause is understood.",
      confirm: true,
    });
  };
  return script;
}

function commander(st: IncidentState): string {
  return st.roles["incident-commander"]?.[0] ?? "ann";
}

describe("each shipped scenario, run to its end in virtual time with a scripted response", () => {
  let s: TestServer;
  const clock = virtualClock("2026-12-03T09:00:00.000Z");
  let fay: string;

  beforeAll(async () => {
    s = await startTestServer("sqlite", {}, [], clock.now);
    fay = await s.user("fay");
    for (const h of ["ann", "ben", "cat", "dan"]) await s.user(h);
  });
  afterAll(async () => {
    await s.close();
  });

  /** Runs a scenario minute by minute: the clock, the runner, timers, then the script. */
  async function play(
    scenario: string,
    participants: string[],
    script: Script,
    slots: Record<string, string> = {},
  ) {
    const started = await call(s, fay, "POST", "/api/v1/drills", { scenario, participants, slots });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    const run = started.body as {
      id: string;
      incident: { id: string; number: number };
      clock: { lengthMs: number };
    };
    const d = new Drill(s, run.incident.id);
    const minutes = run.clock.lengthMs / 60_000;
    for (let m = 0; m <= minutes; m++) {
      if (m > 0) clock.minutes(1);
      await s.runtime.drillRunner.tick();
      await s.runtime.scheduler.tick();
      const ended = (await d.state()).status === "ended";
      if (!ended) {
        await script[m]?.(d);
        await d.answer(commander(await d.state()));
      }
    }
    await s.runtime.drillRunner.tick();
    const view = (await call(s, fay, "GET", `/api/v1/drills/${run.id}`)).body as {
      status: string;
      injects: { id: string; state: string }[];
    };
    const report = await call(s, fay, "GET", `/api/v1/incidents/${String(run.incident.number)}/practices`);
    expect(report.status).toBe(200);
    const practices = report.body.practices as { id: string; verdict: string }[];
    return {
      view,
      score: report.body.score as number,
      passed: report.body.passed as boolean,
      verdicts: Object.fromEntries(practices.map((p) => [p.id, p.verdict])),
      fired: view.injects.filter((i) => i.state === "fired").map((i) => i.id),
    };
  }

  it("data-centre power failure: a disciplined response keeps every practice it tests", async () => {
    const r = await play(
      "dc-power-failure",
      ["ann", "ben", "cat"],
      disciplined({ change: "fail over the database", endAt: 40 }),
    );
    expect(r.fired).toEqual([
      "ups-on-battery",
      "racks-dark",
      "facilities-report",
      "vp-asks",
      "failover-need",
      "support-queue",
      "power-restored",
    ]);
    expect(r.view.status).toBe("ended");
    expect(r.verdicts).toEqual({
      "command-early": "kept",
      "ic-tl-apart": "kept",
      "can-cadence": "kept",
      "span-of-control": "kept",
      "no-freelancing": "kept",
      handovers: "not-tested",
      "change-protocol": "kept",
      "update-cadence": "kept",
      "needs-answered": "kept",
      "end-announced": "kept",
    });
    expect([r.score, r.passed]).toEqual([1, true]);
  });

  it("bad deploy: the IC who also acts as Tech Lead and starts a change over an objection fails", async () => {
    const script: Script = {
      1: async (d) => {
        await d.as("ann", { type: "check-in", person: "ann" });
        await d.as("ann", { type: "fill-role", role: "incident-commander", person: "ann" });
        await d.as("ann", { type: "check-in", person: "ben" });
        await d.as("ann", { type: "fill-role", role: "tech-lead", person: "ann" });
      },
      4: async (d) => {
        await d.as("ann", {
          type: "change-propose",
          what: "roll back the deploy",
          why: "errors",
          system: "checkout",
          risk: "high",
          rollbackPlan: "redeploy",
        });
        const id = Object.values((await d.state()).changes)[0]?.id ?? "";
        await d.as("ben", { type: "change-object", id, reason: "the migration cannot be undone" });
        await d.as("ann", { type: "change-start", id, override: "no time to wait" });
      },
      20: async (d) => {
        await d.as("ann", {
          type: "report-can",
          conditions: "rolled back",
          actions: "watching",
          needs: "none",
        });
      },
    };
    const r = await play("bad-deploy", ["ann", "ben"], script);
    expect(r.fired).toContain("rollback-stalls");
    expect(r.verdicts).toEqual({
      "command-early": "kept",
      "ic-tl-apart": "missed",
      // The first CAN came 19 minutes after the IC (partly): late, but none longer apart after it.
      "can-cadence": "partly",
      "span-of-control": "kept",
      "no-freelancing": "kept",
      handovers: "not-tested",
      "change-protocol": "missed",
      // SEV2 updates are due hourly: a 30-minute drill tests no cadence unless one is posted.
      "update-cadence": "not-tested",
      "needs-answered": "not-tested",
      "end-announced": "missed",
    });
    expect(r.view.status).toBe("ended");
    expect(r.passed).toBe(false);
    // Three kept and one partly of the seven tested.
    expect(r.score).toBe(3.5 / 7);
  });

  it("credential leak (restricted): a disciplined response with the rotation through the protocol passes", async () => {
    const r = await play(
      "credential-leak",
      ["ann", "ben", "cat"],
      disciplined({ change: "rotate the key", endAt: 35 }),
    );
    expect(r.fired).toEqual(
      expect.arrayContaining([
        "scanner-alert",
        "developer-arrives",
        "rotation-breaks",
        "legal-asks",
        "audit-need",
      ]),
    );
    expect(r.verdicts["needs-answered"]).toBe("kept");
    expect(r.verdicts["change-protocol"]).toBe("kept");
    expect([r.score, r.passed]).toEqual([1, true]);
  });

  it("regional outage: two more incidents open as drills; CANs keep coming and the capacity need is answered", async () => {
    const r = await play("regional-outage", ["ann", "ben", "cat"], disciplined({ endAt: 55 }));
    expect(r.fired).toEqual(
      expect.arrayContaining([
        "search-incident",
        "search-asks",
        "login-incident",
        "capacity-need",
        "provider-recovers",
      ]),
    );
    const list = await call(s, fay, "GET", "/api/v1/incidents?kind=drill");
    expect(JSON.stringify(list.body)).toContain("DRILL");
    expect(r.verdicts["needs-answered"]).toBe("kept");
    expect([r.score, r.passed]).toEqual([1, true]);
  });

  it("slow degradation: the IC drops out and hands over to the senior who arrived, with a briefing", async () => {
    const extra: Script = {
      21: async (d) => {
        await d.as("ann", { type: "check-in", person: "dan" });
      },
      31: async (d) => {
        await d.as("ann", {
          type: "offer-transfer",
          role: "incident-commander",
          to: "dan",
          notes: "Latency from the orders table; TL on a fix; updates every 15 minutes.",
        });
        const offer = Object.values((await d.state()).transfers).find((t) => t.to === "dan");
        await d.as("dan", { type: "accept-transfer", id: offer?.id ?? "" });
      },
    };
    const r = await play(
      "slow-degradation",
      ["ann", "ben", "cat", "dan"],
      disciplined({ endAt: 55, extra }),
      { senior: "dan" },
    );
    expect(r.fired).toEqual(
      expect.arrayContaining(["senior-arrives", "ic-leaves", "sales-asks", "dba-finding", "support-need"]),
    );
    expect(r.verdicts.handovers).toBe("kept");
    expect([r.score, r.passed]).toEqual([1, true]);
  });
});
