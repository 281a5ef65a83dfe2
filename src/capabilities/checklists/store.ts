import type { Kysely } from "kysely";
import type { ChecklistTemplate } from "./domain/model.js";
import type { Database } from "../../storage/schema.js";

/** Checklist templates in the database. */
export class ChecklistTemplateStore {
  constructor(private readonly db: Kysely<Database>) {}

  async list(): Promise<ChecklistTemplate[]> {
    const rows = await this.db.selectFrom("checklist_templates").selectAll().orderBy("id").execute();
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      trigger: r.trigger as ChecklistTemplate["trigger"],
      items: JSON.parse(r.items) as string[],
    }));
  }

  /** Creates or replaces a template. */
  async put(template: ChecklistTemplate): Promise<void> {
    const row = {
      name: template.name,
      trigger: template.trigger,
      items: JSON.stringify(template.items),
      updated_at: new Date().toISOString(),
    };
    await this.db
      .insertInto("checklist_templates")
      .values({ id: template.id, ...row })
      .onConflict((oc) => oc.column("id").doUpdateSet(row))
      .execute();
  }

  /** Deletes a template; false when there was none. */
  async delete(id: string): Promise<boolean> {
    const result = await this.db.deleteFrom("checklist_templates").where("id", "=", id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}
