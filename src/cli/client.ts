import { existsSync, readFileSync } from "node:fs";
import type { Problem as ContractProblem } from "../contract/client.js";
import os from "node:os";
import path from "node:path";

/** Exit codes scripts can rely on. */
export const EXIT = {
  ok: 0,
  error: 1,
  usage: 2,
  notFound: 3,
  refused: 4,
  auth: 5,
  unreachable: 6,
} as const;

/** An error the CLI prints as one line before exiting with `exitCode`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

export type Connection = { url: string; token: string | undefined };

/** Server URL and token: flags, then MUSTER_URL/MUSTER_TOKEN, then ~/.config/muster/cli.json. */
export function resolveConnection(flags: {
  url?: string | undefined;
  token?: string | undefined;
}): Connection {
  const file = process.env.MUSTER_CLI_CONFIG ?? path.join(os.homedir(), ".config", "muster", "cli.json");
  let fromFile: { url?: string; token?: string } = {};
  if (existsSync(file)) {
    try {
      fromFile = JSON.parse(readFileSync(file, "utf8")) as { url?: string; token?: string };
    } catch {
      throw new CliError(`${file} is not valid JSON; expected {"url": "...", "token": "..."}`, EXIT.usage);
    }
  }
  const url = flags.url ?? process.env.MUSTER_URL ?? fromFile.url ?? "http://localhost:4000";
  return { url: url.replace(/\/+$/, ""), token: flags.token ?? process.env.MUSTER_TOKEN ?? fromFile.token };
}

/** What an error response may carry (a proxy in between may answer with less than problem+json). */
type Problem = Partial<ContractProblem>;

function exitFor(status: number): number {
  if (status === 404) return EXIT.notFound;
  if (status === 401 || status === 403) return EXIT.auth;
  if (status === 409 || status === 422) return EXIT.refused;
  if (status >= 400 && status < 500) return EXIT.usage;
  return EXIT.error;
}

/** Calls the API; a problem response becomes a CliError carrying its detail and code. */
export async function api<T>(
  conn: Connection,
  method: string,
  pathname: string,
  body?: unknown,
  accept = "application/json",
): Promise<T> {
  if (!conn.token) {
    throw new CliError(
      "No API token: pass --token, set MUSTER_TOKEN, or put it in ~/.config/muster/cli.json.",
      EXIT.auth,
    );
  }
  let response: Response;
  try {
    response = await fetch(`${conn.url}${pathname}`, {
      method,
      headers: {
        authorization: `Bearer ${conn.token}`,
        accept,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? null : JSON.stringify(body),
    });
  } catch {
    throw new CliError(
      `Cannot reach Muster at ${conn.url}; is the server running (muster serve)?`,
      EXIT.unreachable,
    );
  }
  const text = await response.text();
  if (!response.ok) {
    let problem: Problem;
    try {
      problem = JSON.parse(text) as Problem;
    } catch {
      problem = { detail: text || response.statusText };
    }
    const field = problem.field ? ` [${problem.field}]` : "";
    throw new CliError(
      `${problem.detail ?? response.statusText} (${problem.code ?? response.status}${field})`,
      exitFor(response.status),
    );
  }
  // 204 No Content (a deletion) has no body to parse.
  if (text === "" && accept === "application/json") return undefined as T;
  return accept === "application/json" ? (JSON.parse(text) as T) : (text as T);
}
