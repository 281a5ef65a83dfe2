import type { Consumer } from "../../app/consumers.js";
import type { DomainConfig, EventEnvelope } from "../../domain/index.js";
import type { ReadStore, Viewer } from "../../storage/read-store.js";
import type { PostmortemStore } from "../postmortems/store.js";
import type { IncidentMetrics, InsightRow, InsightsReport, PostmortemTrack } from "./domain/index.js";
import { incidentMetrics, insightsReport } from "./domain/index.js";
import type { InsightStore } from "./store.js";

export type Period = { from: Date; to: Date; drills: boolean };

/** Insights: each ended incident's figures kept by a consumer, aggregated on request. */
export class Insights {
  constructor(
    private readonly store: InsightStore,
    private readonly reads: ReadStore,
    private readonly postmortems: PostmortemStore,
    private readonly config: DomainConfig,
    private readonly clock: () => Date,
  ) {}

  /** The report over the incidents the viewer may see, declared in the period. */
  async report(viewer: Viewer, period: Period): Promise<InsightsReport> {
    const rows = await this.store.rows(viewer, period.from, period.to, period.drills);
    return insightsReport(rows, {
      ...period,
      severities: this.config.severities.map((s) => s.level),
      now: this.clock(),
    });
  }

  /** The per-incident rows behind a report (for the CSV). */
  rows(viewer: Viewer, period: Period): Promise<InsightRow[]> {
    return this.store.rows(viewer, period.from, period.to, period.drills);
  }

  /** One incident's figures computed from its record now (it need not have ended). */
  async incident(incidentId: string): Promise<InsightRow | null> {
    const metrics = await this.compute(incidentId);
    if (!metrics) return null;
    const p = await this.postmortems.byIncident(incidentId);
    const postmortem: PostmortemTrack | null = p
      ? { stage: p.stage, publishDue: p.schedule.publish, publishedAt: p.publishedAt }
      : null;
    return { metrics, postmortem };
  }

  /** Recomputes an incident's figures from its whole record. */
  async compute(incidentId: string): Promise<IncidentMetrics | null> {
    return incidentMetrics(await this.reads.eventsUntil(incidentId, {}), this.config);
  }

  /** Keeps an ended incident's row current (and drops a reopened one's). */
  async refresh(incidentId: string, run: EventEnvelope[]): Promise<void> {
    const lastStatus = run.findLast((e) => e.type === "incident.status-changed");
    const ended =
      lastStatus?.type === "incident.status-changed"
        ? lastStatus.data.to === "ended"
        : await this.store.has(incidentId);
    if (!ended) {
      if (lastStatus) await this.store.remove(incidentId);
      return;
    }
    const metrics = await this.compute(incidentId);
    if (metrics) await this.store.save(metrics);
  }
}

/**
 * Keeps the insights table current: an incident's figures are computed from its whole record
 * when it ends, and again when anything is added after (wrap-up, follow-ups); a reopen drops
 * them. Recomputing makes a repeated run harmless.
 */
export function insightsConsumer(insights: Insights): Consumer {
  return {
    name: "insights",
    handle: (incidentId, events) => insights.refresh(incidentId, events),
  };
}
