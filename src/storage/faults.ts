/**
 * Storage faults: the database is unreachable, stalled, restarting, full or read-only. None of
 * them is the caller's fault or a bug, and all of them pass, so they are answered with 503 and
 * Retry-After instead of 500, and a batch is not split over them (every step would fail alike).
 */
export class StorageUnavailable extends Error {
  constructor(
    readonly reason: string,
    readonly retryAfterSeconds: number,
    options?: { cause?: unknown },
  ) {
    super(reason, options);
    this.name = "StorageUnavailable";
  }
}

/** PostgreSQL SQLSTATE classes and codes that mean "not now", not "not ever". */
const PG_TRANSIENT_CLASSES = ["08", "53", "58"]; // connection, insufficient resources, system/io
const PG_TRANSIENT_CODES = new Set([
  "57P01", // admin_shutdown (server stopped or restarted)
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now (starting up or recovering)
  "57014", // query_canceled (statement_timeout)
  "55P03", // lock_not_available (lock_timeout)
  "40001", // serialization_failure
  "40P01", // deadlock_detected
  "25006", // read_only_sql_transaction (a standby)
]);

const NODE_NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
  "ENOSPC",
  "EROFS",
]);

const PG_CLIENT_MESSAGES = [
  "Connection terminated",
  "timeout exceeded when trying to connect",
  "Query read timeout",
  "Client has encountered a connection error",
  "Connection ended",
];

const SQLITE_TRANSIENT = /^SQLITE_(FULL|READONLY|IOERR|BUSY|LOCKED|CANTOPEN|NOMEM|PROTOCOL)/;

type Coded = { code?: unknown; message?: unknown };

/** Explains a fault in words an operator can act on; null when the error is not a storage fault. */
function describeFault(error: unknown): string | null {
  if (typeof error !== "object" || error === null) return null;
  const { code, message } = error as Coded;
  const text = typeof message === "string" ? message : "";
  if (typeof code === "string") {
    if (code === "SQLITE_FULL" || code === "ENOSPC" || code === "53100") return "the disk is full";
    if (code.startsWith("SQLITE_READONLY") || code === "EROFS" || code === "25006") {
      return "the database is read-only";
    }
    if (code === "57014" || code === "55P03") return "the database did not answer in time";
    if (SQLITE_TRANSIENT.test(code)) return `the database file cannot be written (${code})`;
    if (PG_TRANSIENT_CODES.has(code) || PG_TRANSIENT_CLASSES.includes(code.slice(0, 2))) {
      return `the database is unavailable (${code})`;
    }
    if (NODE_NETWORK_CODES.has(code)) return `the database cannot be reached (${code})`;
  }
  if (PG_CLIENT_MESSAGES.some((m) => text.includes(m))) return `the database cannot be reached (${text})`;
  return null;
}

/** The StorageUnavailable an error amounts to, or null for any other error. */
export function storageFault(error: unknown): StorageUnavailable | null {
  if (error instanceof StorageUnavailable) return error;
  const reason = describeFault(error);
  return reason === null ? null : new StorageUnavailable(reason, 5, { cause: error });
}
