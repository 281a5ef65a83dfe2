import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

/**
 * What a token may do: `full` (everything its person may), `read-only`, and the scopes an admin
 * gives service tokens: `incident-writer` (incidents and their records, no administration),
 * `alert-intake` (declaring incidents, and alert intake), `admin` (everything; an admin's only).
 */
export const TOKEN_SCOPES = ["full", "read-only", "incident-writer", "alert-intake", "admin"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** An API token someone holds, or a browser's session cookie. */
export type TokenKind = "api" | "session";

/**
 * Organisation roles: admins administer; members respond; viewers read open incidents and
 * cannot respond; stakeholders see only the stakeholder views.
 */
export const ORG_ROLES = ["admin", "member", "viewer", "stakeholder"] as const;
export type OrgRole = (typeof ORG_ROLES)[number];

function scopeOf(value: string): TokenScope {
  return (TOKEN_SCOPES as readonly string[]).includes(value) ? (value as TokenScope) : "read-only";
}

function roleOf(value: string): OrgRole {
  return (ORG_ROLES as readonly string[]).includes(value) ? (value as OrgRole) : "viewer";
}

/** An API token as its owner sees it (never the secret). */
export type TokenInfo = {
  id: string;
  label: string | null;
  scope: TokenScope;
  kind: TokenKind;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
};

export type User = {
  id: string;
  handle: string;
  displayName: string;
  email: string | null;
  isAdmin: boolean;
  role: OrgRole;
  createdAt: string;
  /** When an admin deactivated them (null: active). */
  deactivatedAt: string | null;
};

/** Tokens carry 256 random bits, so a fast SHA-256 is the right hash (no salt or KDF needed). */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A new bearer token: a recognisable prefix plus 32 random bytes. */
export function generateToken(): string {
  return `mst_${randomBytes(32).toString("base64url")}`;
}

function toUser(row: Omit<Database["users"], "role"> & { role: string }): User {
  return {
    id: row.id,
    handle: row.handle,
    displayName: row.display_name,
    email: row.email,
    isAdmin: roleOf(row.role) === "admin",
    role: roleOf(row.role),
    createdAt: row.created_at,
    deactivatedAt: row.deactivated_at ?? null,
  };
}

/** People and their API tokens. */
export class UserStore {
  constructor(private readonly db: Kysely<Database>) {}

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom("users")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  async byHandle(handle: string): Promise<User | undefined> {
    const row = await this.db.selectFrom("users").selectAll().where("handle", "=", handle).executeTakeFirst();
    return row ? toUser(row) : undefined;
  }

  /** The person who signs in with that OpenID Connect subject (`issuer|sub`). */
  async bySubject(subject: string): Promise<User | undefined> {
    const row = await this.db
      .selectFrom("users")
      .selectAll()
      .where("oidc_subject", "=", subject)
      .executeTakeFirst();
    return row ? toUser(row) : undefined;
  }

  /** The person with that email (compared without case) who has no single sign-on link yet. */
  async unlinkedByEmail(email: string): Promise<User | undefined> {
    const rows = await this.db.selectFrom("users").selectAll().where("oidc_subject", "is", null).execute();
    const row = rows.find((r) => r.email?.toLowerCase() === email);
    return row ? toUser(row) : undefined;
  }

  /** The active person with that email (compared without case), if exactly one has it. */
  async byEmail(email: string): Promise<User | undefined> {
    const wanted = email.trim().toLowerCase();
    const rows = await this.db
      .selectFrom("users")
      .selectAll()
      .where("email", "is not", null)
      .where("deactivated_at", "is", null)
      .execute();
    const matches = rows.filter((r) => r.email?.toLowerCase() === wanted);
    return matches.length === 1 && matches[0] ? toUser(matches[0]) : undefined;
  }

  /** Links a person to the OpenID Connect subject they sign in with. */
  async linkSubject(userId: string, subject: string): Promise<void> {
    await this.db.updateTable("users").set({ oidc_subject: subject }).where("id", "=", userId).execute();
  }

  async list(): Promise<User[]> {
    const rows = await this.db.selectFrom("users").selectAll().orderBy("handle").execute();
    return rows.map(toUser);
  }

  /** Returns the user, or undefined when the handle is taken. */
  async create(input: {
    handle: string;
    displayName: string;
    email?: string | null;
    isAdmin?: boolean;
    role?: OrgRole;
    oidcSubject?: string | null;
  }): Promise<User | undefined> {
    const role: OrgRole = input.role ?? (input.isAdmin ? "admin" : "member");
    const row = {
      id: randomUUID(),
      handle: input.handle,
      display_name: input.displayName,
      email: input.email ?? null,
      is_admin: role === "admin" ? 1 : 0,
      role,
      oidc_subject: input.oidcSubject ?? null,
      created_at: new Date().toISOString(),
      deactivated_at: null,
    };
    const inserted = await this.db
      .insertInto("users")
      .values(row)
      .onConflict((oc) => oc.column("handle").doNothing())
      .executeTakeFirst();
    return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1 ? toUser(row) : undefined;
  }

  /** Stores the hash of a token (given, or generated) and returns the token itself once. */
  async createToken(
    userId: string,
    label: string | null,
    token = generateToken(),
    options: { id?: string; expiresAt?: string | null; scope?: TokenScope; kind?: TokenKind } = {},
  ): Promise<string> {
    await this.db
      .insertInto("api_tokens")
      .values({
        id: options.id ?? randomUUID(),
        user_id: userId,
        token_hash: hashToken(token),
        label,
        created_at: new Date().toISOString(),
        expires_at: options.expiresAt ?? null,
        last_used_at: null,
        scope: options.scope ?? "full",
        kind: options.kind ?? "api",
      })
      .execute();
    return token;
  }

  /** The person a token belongs to, with the token's own facts (undefined: no such token). */
  async byToken(token: string): Promise<(User & { token: TokenInfo }) | undefined> {
    const row = await this.db
      .selectFrom("api_tokens")
      .innerJoin("users", "users.id", "api_tokens.user_id")
      .selectAll("users")
      .select([
        "api_tokens.id as token_id",
        "api_tokens.label",
        "api_tokens.scope",
        "api_tokens.created_at as token_created_at",
        "api_tokens.last_used_at",
        "api_tokens.expires_at",
        "api_tokens.kind",
      ])
      .where("api_tokens.token_hash", "=", hashToken(token))
      .where("users.deactivated_at", "is", null)
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      ...toUser(row),
      token: {
        id: row.token_id,
        label: row.label,
        scope: scopeOf(row.scope),
        kind: row.kind === "session" ? "session" : "api",
        createdAt: row.token_created_at,
        lastUsedAt: row.last_used_at,
        expiresAt: row.expires_at,
      },
    };
  }

  /** A person's tokens, newest first. */
  async tokens(userId: string): Promise<TokenInfo[]> {
    const rows = await this.db
      .selectFrom("api_tokens")
      .select(["id", "label", "scope", "kind", "created_at", "last_used_at", "expires_at"])
      .where("user_id", "=", userId)
      .orderBy("created_at", "desc")
      .execute();
    return rows.map((r) => ({
      id: r.id,
      label: r.label,
      scope: scopeOf(r.scope),
      kind: r.kind === "session" ? ("session" as const) : ("api" as const),
      createdAt: r.created_at,
      lastUsedAt: r.last_used_at,
      expiresAt: r.expires_at,
    }));
  }

  /** Deletes one of a person's tokens; false when they have no such token. */
  async revokeToken(userId: string, tokenId: string): Promise<boolean> {
    const deleted = await this.db
      .deleteFrom("api_tokens")
      .where("id", "=", tokenId)
      .where("user_id", "=", userId)
      .executeTakeFirst();
    return Number(deleted.numDeletedRows) === 1;
  }

  /** Deactivates (or, with null, reactivates) a person; deactivating deletes their tokens. */
  async setDeactivated(userId: string, at: Date | null): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable("users")
        .set({ deactivated_at: at ? at.toISOString() : null })
        .where("id", "=", userId)
        .execute();
      if (at) await trx.deleteFrom("api_tokens").where("user_id", "=", userId).execute();
    });
  }

  /** Ends a person's oldest browser sessions beyond the newest `keep`. */
  async pruneSessions(userId: string, keep: number): Promise<void> {
    const old = await this.db
      .selectFrom("api_tokens")
      .select("id")
      .where("user_id", "=", userId)
      .where("kind", "=", "session")
      .orderBy("created_at", "desc")
      .offset(keep)
      .limit(1000)
      .execute();
    if (old.length === 0) return;
    await this.db
      .deleteFrom("api_tokens")
      .where(
        "id",
        "in",
        old.map((r) => r.id),
      )
      .execute();
  }

  /** Gives a person another organisation role (is_admin follows). */
  async setRole(userId: string, role: OrgRole): Promise<void> {
    await this.db
      .updateTable("users")
      .set({ role, is_admin: role === "admin" ? 1 : 0 })
      .where("id", "=", userId)
      .execute();
  }

  /** Records that a token was used (callers do it at most once a minute per token). */
  async touchToken(tokenId: string, at: Date): Promise<void> {
    await this.db
      .updateTable("api_tokens")
      .set({ last_used_at: at.toISOString() })
      .where("id", "=", tokenId)
      .execute();
  }
}
