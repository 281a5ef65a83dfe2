import { copyFileSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";

/** The SQLite file in a data directory. */
export function sqliteFile(dataDir: string): string {
  return path.join(dataDir, "muster.sqlite");
}

function pidFile(dataDir: string): string {
  return path.join(dataDir, "muster.pid");
}

/** Marks the data directory as served by this process (removed by the returned function). */
export function claimDataDir(dataDir: string): () => void {
  writeFileSync(pidFile(dataDir), String(process.pid));
  return () => {
    rmSync(pidFile(dataDir), { force: true });
  };
}

/** The pid of a live server on this data directory, if any (a stale file from a crash is ignored). */
export function servingPid(dataDir: string): number | null {
  if (!existsSync(pidFile(dataDir))) return null;
  const pid = Number(readFileSync(pidFile(dataDir), "utf8"));
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

/** Checks that a file is a whole Muster database; returns how many incidents it holds. */
export function verifySqlite(file: string): { incidents: number } {
  if (!existsSync(file)) throw new Error(`${file} does not exist.`);
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    const check = db.pragma("integrity_check", { simple: true });
    if (check !== "ok") throw new Error(`${file} is damaged: ${String(check)}.`);
    const tables = db
      .prepare(
        "select name from sqlite_master where type = 'table' and name in ('incidents', 'events', 'kysely_migration')",
      )
      .all() as { name: string }[];
    if (tables.length !== 3) throw new Error(`${file} is not a Muster database.`);
    const row = db.prepare("select count(*) as n from incidents").get() as { n: number };
    return { incidents: Number(row.n) };
  } finally {
    db.close();
  }
}

/**
 * Copies the live database to `dest` with SQLite's online backup API: consistent while Muster
 * runs and writes (WAL), then verified. Returns the incidents the copy holds.
 */
export async function backupSqlite(dataDir: string, dest: string): Promise<{ incidents: number }> {
  const source = new BetterSqlite3(sqliteFile(dataDir), { fileMustExist: true });
  try {
    await source.backup(dest);
  } finally {
    source.close();
  }
  return verifySqlite(dest);
}

/**
 * Puts a backup in place of the database (Muster must be stopped): the backup is verified
 * first, the current file is kept beside it as `muster.sqlite.before-restore-<time>`, and its
 * WAL files are removed so nothing of the old database is replayed over the restored one.
 */
export function restoreSqlite(
  dataDir: string,
  backup: string,
  now = new Date(),
): { incidents: number; kept: string | null } {
  const pid = servingPid(dataDir);
  if (pid !== null) {
    throw new Error(`Muster (pid ${String(pid)}) is serving ${dataDir}; stop it before restoring.`);
  }
  const verified = verifySqlite(backup);
  const file = sqliteFile(dataDir);
  let kept: string | null = null;
  if (existsSync(file)) {
    // Fold the WAL into the file first, so the kept copy is whole by itself.
    const current = new BetterSqlite3(file);
    current.pragma("wal_checkpoint(TRUNCATE)");
    current.close();
    kept = `${file}.before-restore-${now.toISOString().replace(/[:.]/g, "-")}`;
    renameSync(file, kept);
  }
  for (const suffix of ["-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
  copyFileSync(backup, file);
  return { ...verified, kept };
}
