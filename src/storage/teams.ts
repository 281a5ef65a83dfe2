import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

export type Team = { name: string; displayName: string; escalation: string[] };

/** Teams with an ordered escalation list (who is asked first, second, …). */
export class TeamStore {
  constructor(private readonly db: Kysely<Database>) {}

  async list(): Promise<Team[]> {
    const rows = await this.db.selectFrom("teams").selectAll().orderBy("name").execute();
    return rows.map((r) => ({
      name: r.name,
      displayName: r.display_name,
      escalation: JSON.parse(r.escalation) as string[],
    }));
  }

  async get(name: string): Promise<Team | undefined> {
    const row = await this.db.selectFrom("teams").selectAll().where("name", "=", name).executeTakeFirst();
    return row
      ? { name: row.name, displayName: row.display_name, escalation: JSON.parse(row.escalation) as string[] }
      : undefined;
  }

  /** Creates or replaces a team. */
  async put(team: Team): Promise<void> {
    const row = {
      display_name: team.displayName,
      escalation: JSON.stringify(team.escalation),
      updated_at: new Date().toISOString(),
    };
    await this.db
      .insertInto("teams")
      .values({ name: team.name, ...row })
      .onConflict((oc) => oc.column("name").doUpdateSet(row))
      .execute();
  }
}
