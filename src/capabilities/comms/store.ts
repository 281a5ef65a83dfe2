import type { Kysely } from "kysely";
import type { Database } from "../../storage/schema.js";

export type GroupMember =
  | { kind: "person"; handle: string; channel: "in-app" | "email" | "webhook" | "all" }
  | { kind: "team"; team: string; channel: "in-app" | "email" | "webhook" | "all" }
  | { kind: "email"; address: string };

/** A stakeholder group as an admin defines it (teams stay teams until an incident names the group). */
export type StakeholderGroup = {
  name: string;
  label: string;
  external: boolean;
  approval: boolean;
  members: GroupMember[];
  updatedAt: string;
};

/** A signed read-only link to an incident's stakeholder view (the token is derived, never stored). */
export type StakeholderLink = {
  id: string;
  incidentId: string;
  audience: string;
  label: string;
  createdBy: string;
  createdAt: string;
  revokedAt: string | null;
};

function toGroup(r: Database["stakeholder_groups"]): StakeholderGroup {
  return {
    name: r.name,
    label: r.label,
    external: Boolean(r.external),
    approval: Boolean(r.approval),
    members: JSON.parse(r.members) as GroupMember[],
    updatedAt: r.updated_at,
  };
}

function toLink(r: Database["stakeholder_links"]): StakeholderLink {
  return {
    id: r.id,
    incidentId: r.incident_id,
    audience: r.audience,
    label: r.label,
    createdBy: r.created_by,
    createdAt: r.created_at,
    revokedAt: r.revoked_at,
  };
}

/** Stakeholder groups and the read-only links given to their members. */
export class StakeholderStore {
  constructor(private readonly db: Kysely<Database>) {}

  async list(): Promise<StakeholderGroup[]> {
    const rows = await this.db.selectFrom("stakeholder_groups").selectAll().orderBy("name").execute();
    return rows.map(toGroup);
  }

  async get(name: string): Promise<StakeholderGroup | undefined> {
    const row = await this.db
      .selectFrom("stakeholder_groups")
      .selectAll()
      .where("name", "=", name)
      .executeTakeFirst();
    return row ? toGroup(row) : undefined;
  }

  /** Creates or replaces a group. */
  async put(group: Omit<StakeholderGroup, "updatedAt">, at: Date): Promise<StakeholderGroup> {
    const row = {
      label: group.label,
      external: group.external ? 1 : 0,
      approval: group.approval ? 1 : 0,
      members: JSON.stringify(group.members),
      updated_at: at.toISOString(),
    };
    await this.db
      .insertInto("stakeholder_groups")
      .values({ name: group.name, ...row })
      .onConflict((oc) => oc.column("name").doUpdateSet(row))
      .execute();
    return { ...group, updatedAt: row.updated_at };
  }

  /** Removes a group; incidents keep the copy they were given. */
  async remove(name: string): Promise<boolean> {
    const result = await this.db.deleteFrom("stakeholder_groups").where("name", "=", name).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async createLink(link: StakeholderLink): Promise<void> {
    await this.db
      .insertInto("stakeholder_links")
      .values({
        id: link.id,
        incident_id: link.incidentId,
        audience: link.audience,
        label: link.label,
        created_by: link.createdBy,
        created_at: link.createdAt,
        revoked_at: null,
      })
      .execute();
  }

  async links(incidentId: string): Promise<StakeholderLink[]> {
    const rows = await this.db
      .selectFrom("stakeholder_links")
      .selectAll()
      .where("incident_id", "=", incidentId)
      .orderBy("created_at")
      .execute();
    return rows.map(toLink);
  }

  async link(id: string): Promise<StakeholderLink | undefined> {
    const row = await this.db
      .selectFrom("stakeholder_links")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirst();
    return row ? toLink(row) : undefined;
  }

  /** Revokes a link (false: no such live link on that incident). */
  async revokeLink(incidentId: string, id: string, at: Date): Promise<boolean> {
    const result = await this.db
      .updateTable("stakeholder_links")
      .set({ revoked_at: at.toISOString() })
      .where("id", "=", id)
      .where("incident_id", "=", incidentId)
      .where("revoked_at", "is", null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}
