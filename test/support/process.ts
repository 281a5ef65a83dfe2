import type { ChildProcess } from "node:child_process";
import { execFile, spawn } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { freePort } from "./postgres.js";

export const CLI = path.resolve("dist/src/cli/main.js");

export type ServerProcess = { url: string; child: ChildProcess; output: () => string };

/** Starts `muster serve` (the built package) as a real process and waits for /healthz. */
export async function spawnServer(env: Record<string, string>): Promise<ServerProcess> {
  // A test may choose the port (a provider must know the callback URL before the server starts).
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const child = spawn(process.execPath, [CLI, "serve"], {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", MUSTER_LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    try {
      // Healthy, and it is this child that answers: under load another test's server could hold a
      // port freePort handed out twice, and this child would then fail to bind.
      const ours = output.includes(`listening on http://localhost:${String(port)} `);
      if (ours && (await fetch(`${url}/healthz`)).ok) return { url, child, output: () => output };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill("SIGKILL");
  throw new Error(`server did not start:\n${output}`);
}

/** Stops a server process and waits for it to exit. */
export async function stopServer(server: ServerProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const exited = new Promise((r) => server.child.once("exit", r));
  server.child.kill(signal);
  await exited;
}

export type CliResult = { code: number; stdout: string; stderr: string };

/** Runs the real `muster` CLI as a child process. */
export async function runMuster(args: string[], env: Record<string, string>): Promise<CliResult> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [CLI, ...args], {
      env: { ...process.env, MUSTER_CLI_CONFIG: "/nonexistent", ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === "number" ? e.code : 1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}
