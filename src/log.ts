import type { Logger } from "pino";
import pino from "pino";

/** The structured logger every part writes to (pino; Fastify shares the same instance). */
export type Log = Pick<Logger, "info" | "warn" | "error" | "debug">;

/** A logger that writes nothing (tests, one-off CLI commands). */
export const silentLog: Log = pino({ level: "silent" });

/** The server's logger at the configured level. */
export function createLog(level: string): Logger {
  return pino({ level });
}
