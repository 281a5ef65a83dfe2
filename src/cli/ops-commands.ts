import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadable } from "node:stream/web";
import type { Command } from "commander";
import { loadConfig } from "../config.js";
import type { Connection } from "./client.js";
import { CliError, EXIT } from "./client.js";
import type { Out } from "./output.js";

const PG_HELP =
  'On PostgreSQL, back up with pg_dump (pg_dump -Fc "$DATABASE_URL" > muster.dump) and restore with pg_restore into an empty database (pg_restore -d "$DATABASE_URL" muster.dump); see README.';

/** backup, restore (SQLite, on this machine) and export (any engine, through the API). */
export function registerOpsCommands(program: Command, conn: () => Connection, out: Out): void {
  program
    .command("backup")
    .description("copy the SQLite database to a file while Muster runs (online backup), then verify the copy")
    .argument("<file>")
    .action(async (file: string) => {
      const config = loadConfig();
      if (config.databaseUrl) throw new CliError(PG_HELP, EXIT.usage);
      const { backupSqlite } = await import("../storage/backup.js");
      const { incidents } = await backupSqlite(config.dataDir, file).catch((error: unknown) => {
        throw new CliError(error instanceof Error ? error.message : String(error), EXIT.error);
      });
      out.line(`Backed up ${String(incidents)} incidents to ${file} (verified).`);
    });

  program
    .command("restore")
    .description(
      "put a backup in place of the SQLite database (stop Muster first; the current file is kept beside it)",
    )
    .argument("<file>")
    .action(async (file: string) => {
      const config = loadConfig();
      if (config.databaseUrl) throw new CliError(PG_HELP, EXIT.usage);
      const { restoreSqlite } = await import("../storage/backup.js");
      let result: { incidents: number; kept: string | null };
      try {
        result = restoreSqlite(config.dataDir, file);
      } catch (error) {
        throw new CliError(error instanceof Error ? error.message : String(error), EXIT.refused);
      }
      out.line(
        `Restored ${String(result.incidents)} incidents from ${file}.${result.kept ? ` The previous database is kept as ${result.kept}.` : ""}`,
      );
    });

  program
    .command("export")
    .description(
      "everything (people, teams, templates, incidents with timelines, postmortems) as NDJSON; admin",
    )
    .argument("<file>", "where to write it (- for standard output)")
    .action(async (file: string) => {
      const c = conn();
      const response = await fetch(`${c.url}/api/v1/export`, {
        headers: { authorization: `Bearer ${c.token ?? ""}` },
      }).catch(() => {
        throw new CliError(
          `Cannot reach Muster at ${c.url}; is the server running (muster serve)?`,
          EXIT.unreachable,
        );
      });
      if (!response.ok || !response.body) {
        const problem = (await response.json().catch(() => ({}))) as { detail?: string };
        throw new CliError(
          problem.detail ?? `export failed (${String(response.status)})`,
          response.status === 403 ? EXIT.auth : EXIT.error,
        );
      }
      const body = Readable.fromWeb(response.body as WebReadable<Uint8Array>);
      await pipeline(body, file === "-" ? process.stdout : createWriteStream(file));
      if (file !== "-") out.line(`Exported to ${file}.`);
    });
}
