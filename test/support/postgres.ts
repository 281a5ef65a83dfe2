import { execFileSync, spawnSync } from "node:child_process";
import { appendFileSync, chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";

export type PgServer = {
  url: string;
  stop: () => void;
  /** Stops the server as an operator restarting it would (fast shutdown), keeping its data. */
  halt: () => void;
  /** Starts a halted server again on the same port. */
  resume: () => void;
  /** Freezes every server process (SIGSTOP): connections stay open and nothing answers. */
  stall: () => void;
  /** Thaws a stalled server (SIGCONT). */
  thaw: () => void;
};

const BIN_DIRS = ["/usr/lib/postgresql/17/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/15/bin"];

/** The path of a PostgreSQL program (initdb, pg_ctl, pg_dump…) from Debian's packages, or null. */
export function binary(name: string): string | null {
  for (const dir of BIN_DIRS) {
    const candidate = path.join(dir, name);
    if (existsSync(candidate)) return candidate;
  }
  const which = spawnSync("which", [name], { encoding: "utf8" });
  return which.status === 0 ? which.stdout.trim() : null;
}

/** A free loopback port. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
}

/**
 * Starts a throwaway PostgreSQL on a loopback port in a temp dir. PostgreSQL refuses to run
 * as root, so as root the cluster is owned and run by the `postgres` OS user.
 */
export async function startPostgres(options: { durable?: boolean } = {}): Promise<PgServer> {
  const initdb = binary("initdb");
  const pgCtl = binary("pg_ctl");
  if (!initdb || !pgCtl) {
    throw new Error("PostgreSQL server binaries (initdb, pg_ctl) are missing: apt-get install -y postgresql");
  }
  const root = mkdtempSync(path.join(os.tmpdir(), "muster-pg-"));
  const dir = path.join(root, "data");
  const asRoot = process.getuid?.() === 0;
  chmodSync(root, 0o755);
  const run = (cmd: string, args: string[]): void => {
    if (asRoot) execFileSync("runuser", ["-u", "postgres", "--", cmd, ...args], { stdio: "pipe" });
    else execFileSync(cmd, args, { stdio: "pipe" });
  };
  if (asRoot) execFileSync("chown", ["postgres:postgres", root]);
  run(initdb, ["-D", dir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
  const port = await freePort();
  appendFileSync(
    path.join(dir, "postgresql.conf"),
    [
      `listen_addresses = '127.0.0.1'`,
      `port = ${port}`,
      `unix_socket_directories = '${dir}'`,
      `max_connections = 200`,
      // Tests that do not test durability skip fsync for speed.
      options.durable ? "" : "fsync = off\nsynchronous_commit = off\nfull_page_writes = off",
    ].join("\n"),
  );
  const start = (): void => {
    run(pgCtl, ["-D", dir, "-l", path.join(dir, "server.log"), "-w", "start"]);
  };
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    halt: () => {
      run(pgCtl, ["-D", dir, "-m", "fast", "-w", "stop"]);
    },
    resume: start,
    stall: () => {
      signalAll(dir, "-STOP");
    },
    thaw: () => {
      signalAll(dir, "-CONT");
    },
    stop: () => {
      try {
        run(pgCtl, ["-D", dir, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  };
}

/** Sends a signal to the postmaster in `dir` and all its children. */
function signalAll(dir: string, signal: string): void {
  const pid = readFileSync(path.join(dir, "postmaster.pid"), "utf8").split("\n")[0]?.trim() ?? "";
  const children = spawnSync("pgrep", ["-P", pid], { encoding: "utf8" }).stdout.split("\n").filter(Boolean);
  execFileSync("kill", [signal, pid, ...children]);
}
