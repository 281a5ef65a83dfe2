import type { Kysely } from "kysely";
import type { StatusDoc } from "../../domain/index.js";
import type { Database } from "../../storage/schema.js";
import type { Viewer } from "../../storage/read-store.js";
import { visibleIncident } from "../../storage/read-store.js";
import type { FollowUp } from "./domain/index.js";
import { isOpenFollowUp } from "./domain/index.js";

export type ListedFollowUp = FollowUp & { incident: { id: string; number: number; name: string } };

/**
 * Follow-ups across the incidents the viewer may see. They live in each incident's status doc;
 * the LIKE keeps the scan to incidents that have any. (A projection table is the next step if
 * an organisation's follow-ups outgrow this.)
 */
export async function listFollowUps(
  db: Kysely<Database>,
  viewer: Viewer,
  filter: { owner?: string | undefined; state?: string | undefined; overdue?: boolean | undefined },
  now: Date,
): Promise<ListedFollowUp[]> {
  let query = db
    .selectFrom("incidents")
    .select(["id", "number", "name", "doc"])
    .where("doc", "like", '%"followUps":[{%');
  if (!viewer.isAdmin) {
    query = query.where(visibleIncident(viewer.handle));
  }
  const rows = await query.execute();
  const late = (f: FollowUp) => isOpenFollowUp(f) && f.dueAt !== null && Date.parse(f.dueAt) < now.getTime();
  return rows
    .flatMap((r) =>
      ((JSON.parse(r.doc) as StatusDoc).followUps ?? []).map((f) => ({
        ...f,
        incident: { id: r.id, number: Number(r.number), name: r.name },
      })),
    )
    .filter(
      (f) =>
        (filter.owner === undefined || f.owner === filter.owner) &&
        (filter.state === undefined || f.state === filter.state),
    )
    .filter((f) => !filter.overdue || late(f))
    .sort((a, b) => (a.dueAt ?? "9999").localeCompare(b.dueAt ?? "9999"));
}

/** The follow-up synced with a tracker issue ("owner/repo#12"), whichever incident holds it. */
export async function findTracked(
  db: Kysely<Database>,
  key: string,
): Promise<{ incidentId: string; followUp: FollowUp } | null> {
  // The LIKE narrows the scan; the exact match is made on the parsed document.
  const rows = await db
    .selectFrom("incidents")
    .select(["id", "doc"])
    .where("doc", "like", `%"key":${JSON.stringify(key)}%`)
    .execute();
  for (const r of rows) {
    const f = ((JSON.parse(r.doc) as StatusDoc).followUps ?? []).find(
      (x) => typeof x.tracker === "object" && x.tracker.key === key,
    );
    if (f) return { incidentId: r.id, followUp: f };
  }
  return null;
}
