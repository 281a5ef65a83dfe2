import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

export type User = {
  id: string;
  handle: string;
  displayName: string;
  email: string | null;
  isAdmin: boolean;
  createdAt: string;
};

/** Tokens carry 256 random bits, so a fast SHA-256 is the right hash (no salt or KDF needed). */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A new bearer token: a recognisable prefix plus 32 random bytes. */
export function generateToken(): string {
  return `mst_${randomBytes(32).toString("base64url")}`;
}

function toUser(row: Database["users"]): User {
  return {
    id: row.id,
    handle: row.handle,
    displayName: row.display_name,
    email: row.email,
    isAdmin: Number(row.is_admin) === 1,
    createdAt: row.created_at,
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
  }): Promise<User | undefined> {
    const row = {
      id: randomUUID(),
      handle: input.handle,
      display_name: input.displayName,
      email: input.email ?? null,
      is_admin: input.isAdmin ? 1 : 0,
      created_at: new Date().toISOString(),
    };
    const inserted = await this.db
      .insertInto("users")
      .values(row)
      .onConflict((oc) => oc.column("handle").doNothing())
      .executeTakeFirst();
    return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1 ? toUser(row) : undefined;
  }

  /** Stores the hash of a token (given, or generated) and returns the token itself once. */
  async createToken(userId: string, label: string | null, token = generateToken()): Promise<string> {
    await this.db
      .insertInto("api_tokens")
      .values({
        id: randomUUID(),
        user_id: userId,
        token_hash: hashToken(token),
        label,
        created_at: new Date().toISOString(),
      })
      .execute();
    return token;
  }

  async byToken(token: string): Promise<User | undefined> {
    const row = await this.db
      .selectFrom("api_tokens")
      .innerJoin("users", "users.id", "api_tokens.user_id")
      .selectAll("users")
      .where("api_tokens.token_hash", "=", hashToken(token))
      .executeTakeFirst();
    return row ? toUser(row) : undefined;
  }
}
