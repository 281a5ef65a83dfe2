import { mkdirSync } from "node:fs";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from "kysely";
import pg from "pg";
import { migrationProvider } from "./migrations/index.js";
import { PostgresWriteStore } from "./postgres-writer.js";
import type { Log } from "../log.js";
import { silentLog } from "../log.js";
import type { Database } from "./schema.js";
import { SqliteWriteStore } from "./sqlite-writer.js";
import type { Projector, WriteStore } from "./write-store.js";

export type StorageOptions = { databaseUrl?: string | undefined; dataDir: string; log?: Log };

/**
 * Limits that turn a stalled PostgreSQL into a prompt 503 instead of a hung request: a new
 * connection, a statement, a lock wait and a whole round trip each have a ceiling.
 */
export const PG_TIMEOUTS = {
  connectionTimeoutMillis: 5_000,
  statement_timeout: 10_000,
  lock_timeout: 5_000,
  query_timeout: 15_000,
  idle_in_transaction_session_timeout: 30_000,
};

/** Open storage: Kysely for queries and migrations, a dedicated write store for appends. */
export type Storage = {
  engine: "sqlite" | "postgres";
  db: Kysely<Database>;
  writer: WriteStore;
  /** PostgreSQL only: the pool, for LISTEN/NOTIFY fan-out across instances. */
  pool: pg.Pool | null;
  /** Resolves when storage answers, accepts a write and has every migration; throws otherwise. */
  probe(): Promise<void>;
  close(): Promise<void>;
};

// SQLite's numbers come back as JS numbers; PostgreSQL's bigint/count as strings.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

/**
 * SQLite pragmas. WAL with synchronous=FULL syncs the log at every commit, so an
 * acknowledged write survives power loss; group commit buys the throughput back.
 */
function openSqlite(file: string): BetterSqlite3.Database {
  const db = new BetterSqlite3(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.pragma("busy_timeout = 5000");
  db.pragma("foreign_keys = ON");
  return db;
}

/** Connects, migrates to the latest schema, and returns the storage handles. */
export async function openStorage(options: StorageOptions, project: Projector): Promise<Storage> {
  if (options.databaseUrl) {
    const log = options.log ?? silentLog;
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10, ...PG_TIMEOUTS });
    // An idle client's connection dropping (PostgreSQL restarted) is emitted here; without a
    // listener it would kill the process. The pool discards that client and connects anew.
    pool.on("error", (error) => {
      log.warn({ err: error }, "PostgreSQL connection lost; the pool will reconnect");
    });
    // A checked-out client whose connection drops between queries emits `error` too; the query
    // in flight (if any) fails with its own error and the caller answers 503.
    pool.on("connect", (client) => {
      client.on("error", (error) => {
        log.warn({ err: error }, "PostgreSQL connection of a busy client lost");
      });
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    await migrate(db);
    const writer = new PostgresWriteStore(pool, project);
    return {
      engine: "postgres",
      db,
      writer,
      pool,
      probe: () => probe(db),
      close: async () => {
        await writer.close();
        await db.destroy();
      },
    };
  }
  mkdirSync(options.dataDir, { recursive: true });
  const file = path.join(options.dataDir, "muster.sqlite");
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: openSqlite(file) }) });
  await migrate(db);
  const writer = new SqliteWriteStore(openSqlite(file), project);
  return {
    engine: "sqlite",
    db,
    writer,
    pool: null,
    probe: () => probe(db),
    close: async () => {
      await writer.close();
      await db.destroy();
    },
  };
}

async function migrate(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error } = await migrator.migrateToLatest();
  if (error) {
    throw error instanceof Error ? error : new Error(`migration failed: ${JSON.stringify(error)}`);
  }
}

/** Readiness: a round trip, a real (tiny) write, and the schema at the latest migration. */
async function probe(db: Kysely<Database>): Promise<void> {
  const expected = Object.keys(await migrationProvider.getMigrations()).length;
  const applied = await sql<{ n: number }>`select count(*) as n from kysely_migration`.execute(db);
  const n = Number(applied.rows[0]?.n ?? 0);
  if (n < expected) throw new Error(`the schema is at migration ${n} of ${expected}`);
  await sql`insert into counters (name, value) values ('readiness', 1) on conflict (name) do update set value = counters.value + 1`.execute(
    db,
  );
}
