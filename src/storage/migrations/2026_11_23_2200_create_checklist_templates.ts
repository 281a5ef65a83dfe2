import type { Kysely } from "kysely";
import { defaultChecklistTemplates } from "../../capabilities/checklists/domain/defaults.js";

/** Checklist templates, seeded with Muster's defaults. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("checklist_templates")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("trigger", "text", (c) => c.notNull())
    .addColumn("items", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  const now = new Date().toISOString();
  await (
    db as Kysely<{
      checklist_templates: { id: string; name: string; trigger: string; items: string; updated_at: string };
    }>
  )
    .insertInto("checklist_templates")
    .values(
      defaultChecklistTemplates.map((t) => ({
        id: t.id,
        name: t.name,
        trigger: t.trigger,
        items: JSON.stringify(t.items),
        updated_at: now,
      })),
    )
    .execute();
}

/** Drops the templates. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("checklist_templates").execute();
}
