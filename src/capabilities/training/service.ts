import type { Consumer } from "../../app/consumers.js";
import type { EventEnvelope } from "../../domain/index.js";
import type { ReadStore, Viewer } from "../../storage/read-store.js";
import type { Rule, Standing } from "./domain/rules.js";
import { DEFAULT_RULES, standings } from "./domain/rules.js";
import { TRAINING_EVENTS, trainingOf } from "./domain/record.js";
import type { RecordRow, TrainingStore } from "./store.js";

/** An incident's practice score, once it has one (it ended, or its drill run did); null until then. */
export type ScoreOf = (
  incidentId: string,
  events: EventEnvelope[],
) => Promise<{ score: number | null; passed: boolean } | null>;

/** A role as someone held it across their record. */
export type RoleSummary = {
  role: string;
  incidents: number;
  drills: number;
  real: number;
  passed: number;
  ms: number;
};

/** A person's training record: incidents and drills taken part in, roles held, and their standing. */
export type TrainingRecord = {
  person: string;
  incidents: {
    number: number;
    name: string;
    kind: string;
    declaredAt: string;
    roles: { role: string; ms: number }[];
    score: number | null;
    passed: boolean | null;
  }[];
  roles: RoleSummary[];
  standings: Standing[];
};

function byIncident(rows: RecordRow[]): TrainingRecord["incidents"] {
  const out = new Map<string, TrainingRecord["incidents"][number]>();
  for (const r of rows) {
    const entry = out.get(r.incidentId) ?? {
      number: r.number,
      name: r.name,
      kind: r.kind,
      declaredAt: r.declaredAt,
      roles: [],
      score: r.score,
      passed: r.passed,
    };
    entry.roles.push({ role: r.role, ms: r.ms });
    out.set(r.incidentId, entry);
  }
  return [...out.values()];
}

function roleSummaries(rows: RecordRow[]): RoleSummary[] {
  const out = new Map<string, RoleSummary>();
  for (const r of rows) {
    const s = out.get(r.role) ?? { role: r.role, incidents: 0, drills: 0, real: 0, passed: 0, ms: 0 };
    s.incidents += 1;
    if (r.kind === "drill") s.drills += 1;
    if (r.kind === "real") s.real += 1;
    if (r.passed === true) s.passed += 1;
    s.ms += r.ms;
    out.set(r.role, s);
  }
  return [...out.values()].sort((a, b) => b.ms - a.ms);
}

/**
 * Training records: who held which role in each incident and drill, for how long, with the
 * incident's practice score, kept by a consumer; qualification rules judged against them.
 */
export class Training {
  constructor(
    private readonly store: TrainingStore,
    private readonly reads: ReadStore,
    private readonly scoreOf: ScoreOf,
    private readonly clock: () => Date,
  ) {}

  /** Recomputes an incident's rows when something that changes who holds what happened. */
  async refresh(incidentId: string, batch: EventEnvelope[]): Promise<void> {
    if (!batch.some((e) => TRAINING_EVENTS.has(e.type))) return;
    const events = await this.reads.eventsUntil(incidentId, {});
    const t = trainingOf(events);
    if (!t) return;
    const scored = t.ended || events.some((e) => e.type === "drill.ended");
    await this.store.save(incidentId, t, scored ? await this.scoreOf(incidentId, events) : null);
  }

  /** The rules in force: the team's, or the defaults. */
  async rules(): Promise<{
    rules: Rule[];
    custom: boolean;
    updatedBy: string | null;
    updatedAt: string | null;
  }> {
    const saved = await this.store.rules();
    return saved
      ? { rules: saved.rules, custom: true, updatedBy: saved.updatedBy, updatedAt: saved.updatedAt }
      : { rules: DEFAULT_RULES, custom: false, updatedBy: null, updatedAt: null };
  }

  /** Replaces the rules (an admin's). */
  async setRules(rules: Rule[], by: string): Promise<void> {
    await this.store.setRules(rules, by, this.clock());
  }

  /**
   * A person's record as the viewer may see it: the incidents listed are those the viewer can
   * see; the standing counts all of them (a qualification is the organisation's, not the viewer's).
   */
  async record(person: string, viewer: Viewer): Promise<TrainingRecord> {
    const rows = await this.store.of(person, viewer);
    // The standing counts every incident of theirs, seen by this viewer or not.
    const all = viewer.isAdmin ? rows : await this.store.of(person, null);
    const { rules } = await this.rules();
    return {
      person,
      incidents: byIncident(rows),
      roles: roleSummaries(rows),
      standings: standings(all, rules),
    };
  }

  /** Everyone's standing, for advice when assigning roles and handing over. */
  async qualifications(people: string[]): Promise<{ person: string; standings: Standing[] }[]> {
    const all = await this.store.all();
    const { rules } = await this.rules();
    return people.map((person) => ({
      person,
      standings: standings(
        all.filter((r) => r.person === person),
        rules,
      ),
    }));
  }
}

/** Keeps training records current: an incident's rows are recomputed when roles or check-ins change. */
export function trainingConsumer(training: Training): Consumer {
  return { name: "training", handle: (incidentId, events) => training.refresh(incidentId, events) };
}
