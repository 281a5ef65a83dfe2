import { randomUUID } from "node:crypto";
import type { Actor, Muster } from "../../app/muster.js";
import { Poller } from "../../app/poller.js";
import type { Log } from "../../log.js";
import { silentLog } from "../../log.js";
import { DomainError } from "../../domain/index.js";
import type { ReadStore } from "../../storage/read-store.js";
import type { OnCall } from "../schedules/service.js";
import type { AlertGroupView, AlertPage } from "./domain/index.js";
import { ROUTER } from "./domain/index.js";
import type { AlertRule } from "./domain/rules.js";
import { routeFor, severityFor } from "./domain/rules.js";
import type { AlertGroupRow, AlertStore } from "./store.js";
import type { AlertSetupStore } from "./setup-store.js";

/** The system as alert routing acts: it may see and act on every incident. */
const SYSTEM: Actor = { handle: ROUTER, isAdmin: true };

export type RouterDeps = {
  store: AlertStore;
  setup: AlertSetupStore;
  muster: Muster;
  reads: ReadStore;
  /** Teams' escalation lists as they stand at a moment (schedules resolved to who is on call). */
  teams: Pick<OnCall, "team">;
  severities: () => string[];
  clock: () => Date;
  log?: Log;
  /** Resolved groups quiet for longer are deleted (hourly, while routing runs). */
  retentionDays?: number;
};

type Outcome = { rule: string | null; outcome: string };
type Routed = Outcome & { id: string; version: number; quietUntil: Date };

/**
 * Routes alert groups with deliveries it has not seen, one round at a time: a group tracked by an
 * open incident adds to it; otherwise the first matching rule opens an incident (paging and telling
 * whom it names) or only records the alerts. The incident's id is stored before it is declared, so
 * a round retried after a crash finds it rather than opening a second one; a storm of deliveries for
 * one group is one round's work however many arrive while it runs.
 */
export class AlertRouter {
  readonly poller: Poller<{ id: string; version: number }>;
  /** How long a group whose alerts went to its incident waits before the next ones go there. */
  quietMs = 5000;

  constructor(private readonly deps: RouterDeps) {
    this.poller = new Poller({
      name: "alert-router",
      log: deps.log ?? silentLog,
      clock: deps.clock,
      batch: 200,
      claimSeconds: 15,
      claim: (now, until, limit) => deps.store.claimDue(now, until, limit),
      handle: async (groups) => {
        const routed = await Promise.all(groups.map((g) => this.routeOne(g.id, g.version)));
        const done = routed.filter((r) => r !== null);
        // What the round made of its groups is written in one transaction (one fsync a round).
        await deps.store.routedAll(done);
        return done.length;
      },
    });
  }

  private get log(): Log {
    return this.deps.log ?? silentLog;
  }

  private wanted = false;
  private draining: NodeJS.Timeout | null = null;

  /** Routes soon (intake calls this after storing), coalescing a burst of calls into a few rounds. */
  nudge(): void {
    this.wanted = true;
    if (this.draining) return;
    this.draining = setTimeout(() => {
      void this.drain();
    }, 10);
    this.draining.unref();
  }

  private async drain(): Promise<void> {
    while (this.wanted) {
      this.wanted = false;
      await this.poller.tick().catch((error: unknown) => {
        this.log.warn({ err: error }, "alert routing round failed; it is retried");
      });
    }
    this.draining = null;
  }

  private pruning: NodeJS.Timeout | null = null;

  /** Starts routing on an interval (deliveries also nudge it), and the hourly retention sweep. */
  start(ms = 1000): void {
    this.poller.start(ms);
    this.pruning = setInterval(() => {
      this.prune().catch((error: unknown) => {
        this.log.warn({ err: error }, "old alert groups could not be deleted; tried again in an hour");
      });
    }, 3_600_000);
    this.pruning.unref();
  }

  /** Deletes resolved groups older than the retention; resolves with how many went. */
  async prune(): Promise<number> {
    const days = this.deps.retentionDays ?? 90;
    return this.deps.store.prune(new Date(this.deps.clock().getTime() - days * 86_400_000));
  }

  /** Stops routing and waits for a round in progress. */
  async stop(): Promise<void> {
    if (this.pruning) clearInterval(this.pruning);
    this.pruning = null;
    if (this.draining) clearTimeout(this.draining);
    this.draining = null;
    this.wanted = false;
    await this.poller.stop();
  }

  /** Routes one claimed group; a failure lets the claim lapse into a retry a little later. */
  private async routeOne(id: string, version: number): Promise<Routed | null> {
    try {
      const group = await this.deps.store.group(id);
      if (!group) return null;
      const outcome = await this.route(group);
      // A group whose alerts went to an incident waits a little before its next ones go there,
      // so a storm is a change every few seconds, not one per delivery; others go again at once.
      const quiet = outcome.outcome === "attached" || outcome.outcome === "opened" ? this.quietMs : 0;
      return { id, version, ...outcome, quietUntil: new Date(this.deps.clock().getTime() + quiet) };
    } catch (error) {
      this.log.warn({ err: error, group: id }, "an alert group could not be routed; it will be retried");
      await this.deps.store.release(id, new Date(this.deps.clock().getTime() + 5000)).catch(() => undefined);
      return null;
    }
  }

  private async route(group: AlertGroupRow): Promise<Outcome> {
    const view = await this.deps.store.view(group);
    const tracking = group.incidentId ? await this.deps.reads.currentState(group.incidentId) : undefined;
    if (group.incidentId && group.outcome === "opening") {
      // A previous round stored the id and stopped before finishing: finish (the domain pages once).
      return this.open(
        group,
        view,
        await this.ruleNamed(group.rule),
        group.incidentId,
        tracking !== undefined,
      );
    }
    if (group.incidentId && tracking && tracking.status !== "ended") {
      await this.record(group.incidentId, view, undefined, undefined);
      return { rule: group.rule, outcome: "attached" };
    }
    if (view.status === "resolved") return { rule: group.rule, outcome: "resolved" };
    const rule = routeFor(await this.deps.setup.rules(), group.source, group.labels);
    if (!rule || rule.action === "record") return { rule: rule?.name ?? null, outcome: "recorded" };
    const incidentId = randomUUID();
    await this.deps.store.opening(group.id, incidentId, rule.name);
    return this.open(group, view, rule, incidentId, false);
  }

  private async ruleNamed(name: string | null): Promise<AlertRule | null> {
    return (await this.deps.setup.rules(true)).find((r) => r.name === name) ?? null;
  }

  /** Opens the incident (with the alerts' start as its detection time), then attaches, pages and tells. */
  private async open(
    group: AlertGroupRow,
    view: AlertGroupView,
    rule: AlertRule | null,
    incidentId: string,
    declared: boolean,
  ): Promise<Outcome> {
    if (!rule) return { rule: null, outcome: "recorded" };
    if (!declared) await this.declare(group, view, rule, incidentId);
    await this.record(incidentId, view, await this.pageFor(rule), await this.notifyFor(rule));
    return { rule: rule.name, outcome: "opened" };
  }

  private async declare(
    group: AlertGroupRow,
    view: AlertGroupView,
    rule: AlertRule,
    incidentId: string,
  ): Promise<void> {
    const severity = severityFor(rule, group.labels, this.deps.severities());
    try {
      await this.deps.muster.declare(
        SYSTEM,
        {
          synopsis: `${group.title}: opened from ${group.source} alerts by rule ${rule.name}`.slice(0, 500),
          severity,
          automatic: true,
          detectedAt: view.firstAt < this.deps.clock().toISOString() ? view.firstAt : undefined,
        },
        incidentId,
      );
    } catch (error) {
      // A severity the configuration no longer knows: open at the default rather than not at all.
      if (!(error instanceof DomainError) || error.code !== "UNKNOWN_SEVERITY") throw error;
      await this.deps.muster.declare(
        SYSTEM,
        { synopsis: `${group.title} (from ${group.source})`, automatic: true },
        incidentId,
      );
    }
  }

  private async record(
    incidentId: string,
    group: AlertGroupView,
    page: AlertPage | undefined,
    notify: { people: string[]; teams: string[] } | undefined,
  ): Promise<void> {
    await this.deps.muster.execute(SYSTEM, incidentId, { type: "record-alerts", group, page, notify });
  }

  private async pageFor(rule: AlertRule): Promise<AlertPage | undefined> {
    if (!rule.page) return undefined;
    // Whoever the team's schedules have on call when the alert arrives.
    const team = await this.deps.teams.team(rule.page.team, this.deps.clock());
    if (!team || team.people.length === 0) {
      this.log.warn(
        { rule: rule.name, team: rule.page.team, uncovered: team?.uncovered },
        "alert rule pages a team that is missing, empty, or has nobody on call",
      );
      return undefined;
    }
    return {
      team: team.team.name,
      escalation: team.people,
      all: rule.page.all,
      ackMinutes: rule.page.ackMinutes,
      onCall: team.onCall,
    };
  }

  private async notifyFor(rule: AlertRule): Promise<{ people: string[]; teams: string[] } | undefined> {
    const people = [...rule.notify.people];
    for (const name of rule.notify.teams) {
      people.push(...((await this.deps.teams.team(name, this.deps.clock()))?.people ?? []));
    }
    return people.length > 0 ? { people: [...new Set(people)], teams: rule.notify.teams } : undefined;
  }
}
