import type { Kysely, Selectable } from "kysely";
import type { Database } from "../../storage/schema.js";

/** A scenario a team saved: its text as written (YAML or JSON), who saved it and when. */
export type SavedScenario = {
  id: string;
  title: string;
  source: string;
  updatedBy: string;
  updatedAt: string;
};

function saved(r: Selectable<Database["drill_scenarios"]>): SavedScenario {
  return { id: r.id, title: r.title, source: r.source, updatedBy: r.updated_by, updatedAt: r.updated_at };
}

/** The team's own drill scenarios (the shipped ones are files, see library.ts). */
export class ScenarioStore {
  constructor(private readonly db: Kysely<Database>) {}

  async list(): Promise<SavedScenario[]> {
    const rows = await this.db.selectFrom("drill_scenarios").selectAll().orderBy("id").execute();
    return rows.map(saved);
  }

  async get(id: string): Promise<SavedScenario | undefined> {
    const row = await this.db
      .selectFrom("drill_scenarios")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirst();
    return row ? saved(row) : undefined;
  }

  /** Creates or replaces a scenario; true when it is new. */
  async put(s: Omit<SavedScenario, "updatedAt">, now: Date): Promise<boolean> {
    const row = { title: s.title, source: s.source, updated_by: s.updatedBy, updated_at: now.toISOString() };
    const existed = (await this.get(s.id)) !== undefined;
    await this.db
      .insertInto("drill_scenarios")
      .values({ id: s.id, ...row })
      .onConflict((oc) => oc.column("id").doUpdateSet(row))
      .execute();
    return !existed;
  }

  async delete(id: string): Promise<boolean> {
    const result = await this.db.deleteFrom("drill_scenarios").where("id", "=", id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}
