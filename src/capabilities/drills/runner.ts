import { createHash, randomUUID } from "node:crypto";
import type { Actor, Muster } from "../../app/muster.js";
import { Poller } from "../../app/poller.js";
import type { EventBus } from "../../app/event-bus.js";
import type { DeclareCommand } from "../../domain/index.js";
import { DomainError, holdersOf } from "../../domain/index.js";
import { HttpProblem } from "../../http/problem.js";
import type { Log } from "../../log.js";
import { silentLog } from "../../log.js";
import type { ReadStore } from "../../storage/read-store.js";
import type { InjectRecord } from "./domain/model.js";
import { DRILL_ACTOR } from "./domain/model.js";
import type { Run, RunInject } from "./domain/run.js";
import {
  drillTime,
  dueNow,
  endRun,
  lengthOf,
  nextLook,
  observe,
  realTime,
  settle,
  startRun,
} from "./domain/run.js";
import type { Scenario } from "./domain/scenario.js";
import type { InjectAlerts } from "./domain/inject.js";
import { injectRecord } from "./domain/inject.js";
import type { RunStore, StoredRun } from "./run-store.js";

/** The drill as it acts: it opens drill incidents and sends injects, never as a person. */
const DRILL: Actor = { handle: DRILL_ACTOR, isAdmin: true };

export type RunnerDeps = {
  store: RunStore;
  muster: Muster;
  reads: ReadStore;
  bus: EventBus;
  clock: () => Date;
  log?: Log;
};

/** What starting a run needs: the scenario (already found), who takes part, and the speed. */
export type StartRun = {
  scenario: Scenario;
  participants: string[];
  slots: Record<string, string>;
  speed: number;
};

/** An id fixed by the run and the inject, so a retried round finds the incident it opened. */
function derivedId(runId: string, injectId: string): string {
  const h = createHash("sha256").update(`${runId}/${injectId}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Runs drills: a poller looks at each running drill when its next inject is due (or something
 * happened in its incident), sends what is due through the one write path as the drill, and
 * stores the run. A look that fails is retried; an inject is recorded once however often it is sent.
 */
export class DrillRunner {
  readonly poller: Poller<string>;
  /** How often a run waiting on a condition looks at its incident without being told. */
  pollMs = 1000;
  private timer: NodeJS.Timeout | null = null;
  private stopped = true;
  private unsubscribe: (() => void) | null = null;
  /** The incidents of running drills (refreshed every round), so other incidents' events cost nothing. */
  private watched = new Set<string>();
  private watchedAt = 0;

  constructor(private readonly deps: RunnerDeps) {
    this.poller = new Poller({
      name: "drill-runner",
      log: deps.log ?? silentLog,
      clock: deps.clock,
      batch: 100,
      claimSeconds: 30,
      claim: (now, _until, limit) => deps.store.due(now, limit),
      handle: async (ids) => {
        const done = await Promise.all(ids.map((id) => this.lookSafely(id)));
        return done.filter(Boolean).length;
      },
    });
  }

  private get log(): Log {
    return this.deps.log ?? silentLog;
  }

  /** Starts a run: stores it, opens its drill incident and briefs the participants. */
  async begin(input: StartRun, facilitator: string): Promise<Run> {
    const now = this.deps.clock();
    const run = startRun({
      id: randomUUID(),
      scenario: input.scenario,
      incidentId: randomUUID(),
      facilitator,
      participants: input.participants,
      slots: input.slots,
      speed: input.speed,
      now,
    });
    // Stored first: a crash before the declaration leaves a run whose first look (a few seconds
    // on, so that no look races this declaration) declares it.
    await this.deps.store.insert(run, new Date(now.getTime() + 5000), now);
    await this.open(run);
    this.watched.add(run.incidentId);
    await this.deps.store.wake(run.incidentId, this.deps.clock());
    this.soon();
    return run;
  }

  /** Declares the run's incident and sends the brief, whichever of them is not done yet. */
  private async open(run: Run): Promise<void> {
    const state = await this.deps.reads.currentState(run.incidentId);
    if (state?.drillInjected.includes("brief")) return;
    const s = run.scenario;
    if (!state) {
      await this.declare(
        {
          synopsis: s.synopsis,
          severity: s.severity,
          kind: "drill",
          visibility: s.visibility === "restricted" ? "restricted" : "open",
          automatic: true,
          audience: [...new Set([run.facilitator, ...run.participants])],
        },
        run.incidentId,
      );
    }
    await this.send(run, {
      inject: "brief",
      title: "The brief",
      action: "message",
      from: null,
      to: null,
      person: null,
      text: s.brief.slice(0, 4000),
      adhoc: false,
    });
  }

  /** Declares as the drill; a severity the configuration does not know opens at the default. */
  private async declare(cmd: DeclareCommand, id: string): Promise<void> {
    try {
      await this.deps.muster.declare(DRILL, cmd, id);
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== "UNKNOWN_SEVERITY") throw error;
      await this.deps.muster.declare(DRILL, { ...cmd, severity: undefined }, id);
    }
  }

  private async send(run: Run, record: InjectRecord, extra?: { alerts: InjectAlerts }): Promise<void> {
    await this.deps.muster.execute(DRILL, run.incidentId, { type: "drill-inject", record, ...extra });
  }

  private async lookSafely(id: string): Promise<boolean> {
    try {
      return await this.look(id);
    } catch (error) {
      this.log.warn({ err: error, run: id }, "a drill run could not be advanced; it is retried");
      await this.deps.store.postpone(id, new Date(this.deps.clock().getTime() + 2000)).catch(() => undefined);
      return false;
    }
  }

  /** One look at a run: what happened in its incident, what is due, and when to look next. */
  private async look(id: string): Promise<boolean> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const stored = await this.deps.store.get(id);
      if (!stored) return false;
      if (stored.run.status === "ended") {
        await this.save(stored);
        return false;
      }
      await this.advance(stored.run);
      if (await this.save(stored)) return true;
    }
    throw new Error("the run kept changing under the runner");
  }

  private async save(stored: StoredRun): Promise<boolean> {
    const now = this.deps.clock();
    const next = nextLook(stored.run, now.getTime(), this.pollMs);
    return this.deps.store.save(stored, next === null ? null : new Date(next), now);
  }

  /** Sends what is due at this moment of drill time; ends the run at its length or the incident's end. */
  private async advance(run: Run): Promise<void> {
    // Until its events have been read once, the run may not have its incident (a crash at the start).
    if (run.seenSeq === 0) await this.open(run);
    const real = this.deps.clock().getTime();
    const now = drillTime(run, real);
    await this.catchUp(run, now);
    if (run.incidentEnded) {
      endRun(run, real, "the participants ended the incident");
      return;
    }
    for (let due = dueNow(run, now); due.length > 0; due = dueNow(run, now)) {
      for (const inject of due) {
        await this.fire(run, inject, now);
        settle(run, inject.id, "fired", now);
      }
    }
    // The run ends when its time is up, not when the runner happened to look.
    if (now >= lengthOf(run)) {
      endRun(run, realTime(run, lengthOf(run)) ?? real, "the scenario's time was up");
      await this.ended(run);
    }
  }

  /** Records on the incident that its run ended (training records and reports take it from there). */
  private async ended(run: Run): Promise<void> {
    try {
      await this.deps.muster.execute(DRILL, run.incidentId, {
        type: "drill-end",
        reason: run.endedReason ?? "ended",
      });
    } catch (error) {
      // The participants ended the incident meanwhile: its end is on the record already.
      if (!(error instanceof DomainError) || error.code !== "INCIDENT_ENDED") throw error;
    }
  }

  /** Reads the incident's events since the last look: `after` conditions, and whether it ended. */
  private async catchUp(run: Run, now: number): Promise<void> {
    for (;;) {
      const events = await this.deps.reads.timeline(run.incidentId, run.seenSeq, 500);
      observe(run, events, now);
      if (events.length < 500) break;
    }
  }

  private async fire(run: Run, inject: RunInject, now: number): Promise<void> {
    const a = inject.do;
    // Only a drop-out needs the incident's state (who holds the role now); reading it costs.
    const state = a.type === "drop-out" ? await this.deps.reads.currentState(run.incidentId) : undefined;
    const holder = a.type === "drop-out" && state ? (holdersOf(state, a.role)[0] ?? null) : null;
    const { record, alerts } = injectRecord(run, inject, holder, this.deps.clock().toISOString());
    if (a.type === "second-incident") record.incident = await this.second(run, inject, a);
    this.log.debug({ run: run.id, inject: inject.id, at: now }, "drill inject");
    await this.send(run, record, alerts ? { alerts } : undefined);
  }

  /** Opens the scenario's second incident (a drill too, with the same people), once. */
  private async second(
    run: Run,
    inject: RunInject,
    a: Extract<RunInject["do"], { type: "second-incident" }>,
  ): Promise<{ id: string; number: number; name: string }> {
    const id = derivedId(run.id, inject.id);
    if (!(await this.deps.reads.currentState(id))) {
      await this.declare(
        {
          synopsis: a.synopsis,
          severity: a.severity,
          kind: "drill",
          visibility: run.scenario.visibility === "restricted" ? "restricted" : "open",
          automatic: true,
          audience: [...new Set([run.facilitator, ...run.participants])],
        },
        id,
      );
    }
    const s = await this.deps.reads.currentState(id);
    if (!s) throw new Error("the second incident was declared but cannot be read");
    return { id, number: s.number, name: s.name };
  }

  /**
   * Changes a run for its facilitator (pause, skip, an ad-hoc inject…), retrying when the runner
   * wrote it meanwhile, then looks at it at once.
   */
  async control(id: string, actor: Actor, change: (run: Run, now: number) => void): Promise<Run> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const stored = await this.deps.store.get(id);
      if (!stored || !(await this.visible(stored.run, actor))) throw runNotFound();
      if (stored.run.facilitator !== actor.handle && !actor.isAdmin) {
        throw new HttpProblem(
          403,
          "NOT_FACILITATOR",
          "Only the facilitator runs the drill",
          `${stored.run.facilitator} facilitates this drill; only they or an admin can change how it runs.`,
        );
      }
      const before = stored.run.status;
      change(stored.run, this.deps.clock().getTime());
      if (await this.save(stored)) {
        if (before !== "ended" && stored.run.status === "ended") await this.ended(stored.run);
        // What the change made due (an inject fired early, an ad-hoc one) goes out now.
        await this.deps.store.wake(stored.run.incidentId, this.deps.clock());
        this.soon();
        return (await this.deps.store.get(id))?.run ?? stored.run;
      }
    }
    throw new HttpProblem(
      409,
      "RUN_BUSY",
      "The drill is busy",
      "The drill changed while you asked; try again.",
    );
  }

  /** A run the actor may see: its incident is visible to them (restricted drills stay hidden). */
  async visible(run: Run, actor: Actor): Promise<boolean> {
    if (actor.isAdmin || run.facilitator === actor.handle) return true;
    return (await this.deps.reads.findVisible(run.incidentId, actor)) !== undefined;
  }

  /** A run by id, if the actor may see it. */
  async find(id: string, actor: Actor): Promise<Run> {
    const stored = await this.deps.store.get(id);
    if (!stored || !(await this.visible(stored.run, actor))) throw runNotFound();
    return stored.run;
  }

  /** The runner's clock (a test's virtual one, or the wall clock). */
  now(): Date {
    return this.deps.clock();
  }

  /** Looks at due runs now (a test's virtual clock, or after a change). */
  tick(): Promise<number> {
    return this.poller.tick();
  }

  private soon(): void {
    if (this.stopped) return;
    this.arm(0);
  }

  /** Sleeps until the soonest run's next look (at most a second: other instances write runs too). */
  private arm(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(
      () => {
        this.timer = null;
        void this.round();
      },
      Math.max(0, Math.min(ms, 1000)),
    );
    this.timer.unref();
  }

  private async round(): Promise<void> {
    if (this.stopped) return;
    await this.poller.tick().catch((error: unknown) => {
      this.log.warn({ err: error }, "drill runner round failed; it is retried");
    });
    if (this.stopped) return;
    const soonest = await this.deps.store.soonest().catch(() => null);
    if (Date.now() - this.watchedAt > 5000) {
      this.watched = new Set(await this.deps.store.runningIncidents().catch(() => [...this.watched]));
      this.watchedAt = Date.now();
    }
    if (this.timer) return; // something asked for a look meanwhile
    this.arm(soonest ? soonest.getTime() - this.deps.clock().getTime() : 1000);
  }

  /** Runs drills until stopped; something happening in a drill's incident wakes its run. */
  start(): void {
    this.stopped = false;
    this.unsubscribe = this.deps.bus.subscribeAny((incidentId, events) => {
      if (!this.watched.has(incidentId) || events.every((e) => e.actor === DRILL_ACTOR)) return;
      void this.deps.store
        .wake(incidentId, this.deps.clock())
        .then((woke) => {
          if (woke) this.soon();
        })
        .catch(() => undefined);
    });
    this.arm(0);
  }

  /** Stops running drills and waits for a look in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.poller.stop();
  }
}

function runNotFound(): HttpProblem {
  return new HttpProblem(
    404,
    "RUN_NOT_FOUND",
    "Drill run not found",
    "No drill run you can see has that id.",
  );
}
