import { mkdirSync } from "node:fs";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import { migrationProvider } from "./migrations/index.js";
import { PostgresWriteStore } from "./postgres-writer.js";
import type { Database } from "./schema.js";
import { SqliteWriteStore } from "./sqlite-writer.js";
import type { Projector, WriteStore } from "./write-store.js";

export type StorageOptions = { databaseUrl?: string | undefined; dataDir: string };

/** Open storage: Kysely for queries and migrations, a dedicated write store for appends. */
export type Storage = {
  engine: "sqlite" | "postgres";
  db: Kysely<Database>;
  writer: WriteStore;
  /** PostgreSQL only: the pool, for LISTEN/NOTIFY fan-out across instances. */
  pool: pg.Pool | null;
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
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    await migrate(db);
    const writer = new PostgresWriteStore(pool, project);
    return {
      engine: "postgres",
      db,
      writer,
      pool,
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
