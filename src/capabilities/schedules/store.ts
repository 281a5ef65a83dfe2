import { randomBytes } from "node:crypto";
import type { Kysely, Selectable } from "kysely";
import type { Database } from "../../storage/schema.js";
import type { Layer, Override, ScheduleSpec } from "./domain/model.js";

/** A stored schedule: its spec, its id and when it last changed. */
export type StoredSchedule = ScheduleSpec & { slug: string; description: string; updatedAt: string };

type ScheduleRow = Selectable<Database["schedules"]>;
type OverrideRow = Selectable<Database["schedule_overrides"]>;

function scheduleOf(row: ScheduleRow): StoredSchedule {
  return {
    slug: row.slug,
    name: row.name,
    description: row.description,
    timeZone: row.time_zone,
    layers: JSON.parse(row.layers) as Layer[],
    updatedAt: row.updated_at,
  };
}

function overrideOf(row: OverrideRow): Override {
  return {
    id: row.id,
    person: row.person,
    start: row.starts_at,
    end: row.ends_at,
    note: row.note,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}

/** On-call schedules, their overrides and the versions of their calendar links. */
export class ScheduleStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** Every schedule, by id. */
  async list(): Promise<StoredSchedule[]> {
    const rows = await this.db.selectFrom("schedules").selectAll().orderBy("slug").execute();
    return rows.map(scheduleOf);
  }

  async get(slug: string): Promise<StoredSchedule | undefined> {
    const row = await this.db.selectFrom("schedules").selectAll().where("slug", "=", slug).executeTakeFirst();
    return row ? scheduleOf(row) : undefined;
  }

  /** Creates or replaces a schedule; true when it is new. */
  async put(slug: string, spec: ScheduleSpec, now: Date): Promise<boolean> {
    const at = now.toISOString();
    const row = {
      name: spec.name,
      description: spec.description ?? "",
      time_zone: spec.timeZone,
      layers: JSON.stringify(spec.layers),
      updated_at: at,
    };
    const existed = (await this.get(slug)) !== undefined;
    await this.db
      .insertInto("schedules")
      .values({ slug, ...row, created_at: at })
      .onConflict((oc) => oc.column("slug").doUpdateSet(row))
      .execute();
    return !existed;
  }

  /** Removes a schedule with its overrides and its calendar link's version, in one transaction. */
  async delete(slug: string): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom("schedule_overrides").where("schedule", "=", slug).execute();
      await trx.deleteFrom("calendar_feeds").where("subject", "=", `schedule:${slug}`).execute();
      const result = await trx.deleteFrom("schedules").where("slug", "=", slug).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    });
  }

  /** A schedule's overrides that end after an instant, by start. */
  async overrides(slug: string, endingAfter: Date): Promise<Override[]> {
    const rows = await this.db
      .selectFrom("schedule_overrides")
      .selectAll()
      .where("schedule", "=", slug)
      .where("ends_at", ">", endingAfter.toISOString())
      .orderBy("starts_at")
      .execute();
    return rows.map(overrideOf);
  }

  /** Adds an override. */
  async addOverride(
    slug: string,
    o: { person: string; start: string; end: string; note: string | null; createdBy: string },
    now: Date,
  ): Promise<Override> {
    const row = {
      id: `ovr_${randomBytes(9).toString("base64url")}`,
      schedule: slug,
      person: o.person,
      starts_at: new Date(o.start).toISOString(),
      ends_at: new Date(o.end).toISOString(),
      note: o.note,
      created_by: o.createdBy,
      created_at: now.toISOString(),
    };
    await this.db.insertInto("schedule_overrides").values(row).execute();
    return overrideOf(row);
  }

  /** Removes an override; false when the schedule has no such override. */
  async deleteOverride(slug: string, id: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom("schedule_overrides")
      .where("schedule", "=", slug)
      .where("id", "=", id)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** The version a calendar link is signed with (`schedule:<slug>`, `person:<handle>`); 1 at first. */
  async feedVersion(subject: string): Promise<number> {
    const row = await this.db
      .selectFrom("calendar_feeds")
      .select("version")
      .where("subject", "=", subject)
      .executeTakeFirst();
    return row ? Number(row.version) : 1;
  }

  /** Moves a calendar link to a new version, so links given out before stop working. */
  async rotateFeed(subject: string): Promise<number> {
    const next = (await this.feedVersion(subject)) + 1;
    await this.db
      .insertInto("calendar_feeds")
      .values({ subject, version: next })
      .onConflict((oc) => oc.column("subject").doUpdateSet({ version: next }))
      .execute();
    return next;
  }
}
