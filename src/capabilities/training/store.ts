import type { Kysely } from "kysely";
import type { Database } from "../../storage/schema.js";
import type { Viewer } from "../../storage/read-store.js";
import { visibleIncident } from "../../storage/read-store.js";
import type { Rule } from "./domain/rules.js";
import type { IncidentTraining } from "./domain/record.js";

/** One row of a person's record: an incident, a role held in it, for how long, and its score. */
export type RecordRow = {
  incidentId: string;
  number: number;
  name: string;
  kind: "real" | "drill" | "planned";
  declaredAt: string;
  role: string;
  ms: number;
  score: number | null;
  passed: boolean | null;
};

/** Training records (kept by a consumer from each incident's record) and the qualification rules. */
export class TrainingStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** Replaces an incident's rows: who held what, for how long, and the score once it has one. */
  async save(
    incidentId: string,
    t: IncidentTraining,
    score: { score: number | null; passed: boolean } | null,
  ): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      await tx.deleteFrom("training_records").where("incident_id", "=", incidentId).execute();
      if (t.held.length === 0) return;
      await tx
        .insertInto("training_records")
        .values(
          t.held.map((h) => ({
            incident_id: incidentId,
            person: h.person,
            role: h.role,
            kind: t.kind,
            held_ms: Math.round(h.ms),
            first_at: h.firstAt,
            score: score?.score ?? null,
            passed: score === null ? null : score.passed ? 1 : 0,
          })),
        )
        .execute();
    });
  }

  /** A person's rows, newest first; `viewer` limits them to incidents the viewer may see (null: all). */
  async of(person: string, viewer: Viewer | null): Promise<RecordRow[]> {
    let q = this.db
      .selectFrom("training_records")
      .innerJoin("incidents", "incidents.id", "training_records.incident_id")
      .select([
        "training_records.incident_id",
        "incidents.number",
        "incidents.name",
        "training_records.kind",
        "incidents.declared_at",
        "training_records.role",
        "training_records.held_ms",
        "training_records.score",
        "training_records.passed",
      ])
      .where("training_records.person", "=", person);
    if (viewer && !viewer.isAdmin) q = q.where(visibleIncident(viewer.handle));
    const rows = await q.orderBy("incidents.declared_at", "desc").orderBy("training_records.role").execute();
    return rows.map((r) => ({
      incidentId: r.incident_id,
      number: Number(r.number),
      name: r.name,
      kind: r.kind as RecordRow["kind"],
      declaredAt: r.declared_at,
      role: r.role,
      ms: Number(r.held_ms),
      score: r.score === null ? null : Number(r.score),
      passed: r.passed === null ? null : Number(r.passed) === 1,
    }));
  }

  /** Everyone's rows, for who is qualified for what (counts only: no incident is named). */
  async all(): Promise<
    {
      person: string;
      incidentId: string;
      kind: RecordRow["kind"];
      role: string;
      ms: number;
      passed: boolean | null;
    }[]
  > {
    const rows = await this.db
      .selectFrom("training_records")
      .select(["person", "incident_id", "kind", "role", "held_ms", "passed"])
      .execute();
    return rows.map((r) => ({
      person: r.person,
      incidentId: r.incident_id,
      kind: r.kind as RecordRow["kind"],
      role: r.role,
      ms: Number(r.held_ms),
      passed: r.passed === null ? null : Number(r.passed) === 1,
    }));
  }

  /** The rules in force (null: none written; the defaults apply). */
  async rules(): Promise<{ rules: Rule[]; updatedBy: string; updatedAt: string } | null> {
    const row = await this.db
      .selectFrom("training_rules")
      .selectAll()
      .where("id", "=", "rules")
      .executeTakeFirst();
    return row
      ? { rules: JSON.parse(row.rules) as Rule[], updatedBy: row.updated_by, updatedAt: row.updated_at }
      : null;
  }

  async setRules(rules: Rule[], by: string, now: Date): Promise<void> {
    const row = { rules: JSON.stringify(rules), updated_by: by, updated_at: now.toISOString() };
    await this.db
      .insertInto("training_rules")
      .values({ id: "rules", ...row })
      .onConflict((oc) => oc.column("id").doUpdateSet(row))
      .execute();
  }
}
