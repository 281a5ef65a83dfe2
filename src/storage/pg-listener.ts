import pg from "pg";
import type { EventBus } from "../app/event-bus.js";
import type { Log } from "../log.js";
import { EVENTS_CHANNEL } from "./postgres-writer.js";
import { REVOCATIONS_CHANNEL } from "../app/revocations.js";

const MAX_BACKOFF_MS = 15_000;
/** Commits from other instances may carry a slightly earlier clock; catch-up looks back this far. */
const CATCH_UP_SLACK_MS = 30_000;

/**
 * Fans out appends made by other server instances: each commit NOTIFYs "id:seq", and the bus
 * of every instance fetches from the log what it has not delivered yet. When the connection
 * drops (PostgreSQL restarted), it reconnects with backoff and announces every incident changed
 * since shortly before the loss, so notifications missed meanwhile are backfilled from the log.
 */
export class EventListener {
  private client: pg.Client | null = null;
  private readonly dead = new WeakSet<pg.Client>();
  private lostAt: number | null = null;
  private attempt = 0;
  private retry: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly connectionString: string,
    private readonly bus: EventBus,
    private readonly log: Log,
    /** Another instance revoked credentials (and, after a reconnect, one may have been missed). */
    private readonly onRevoked: () => void = () => undefined,
  ) {}

  /** Whether the LISTEN connection is up (for readiness). */
  get connected(): boolean {
    return this.client !== null;
  }

  /** Connects; a failure is retried in the background rather than thrown. */
  async start(): Promise<void> {
    await this.connect();
  }

  /** Stops listening and reconnecting. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    if (client) {
      this.dead.add(client);
      await client.end().catch(() => undefined);
    }
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString, connectionTimeoutMillis: 5_000 });
    client.on("error", (error) => {
      this.lost(client, error);
    });
    client.on("end", () => {
      this.lost(client, null);
    });
    client.on("notification", (msg) => {
      if (msg.channel === REVOCATIONS_CHANNEL) {
        this.onRevoked();
        return;
      }
      const [incidentId, seqText] = (msg.payload ?? "").split(":");
      const seq = Number(seqText);
      if (incidentId && Number.isInteger(seq)) this.bus.announce(incidentId, seq);
    });
    try {
      await client.connect();
      await client.query(`listen ${EVENTS_CHANNEL}`);
      await client.query(`listen ${REVOCATIONS_CHANNEL}`);
    } catch (error) {
      this.lost(client, error);
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.attempt = 0;
    if (this.lostAt !== null) {
      this.onRevoked();
      const since = new Date(this.lostAt - CATCH_UP_SLACK_MS).toISOString();
      this.lostAt = null;
      await this.catchUp(client, since);
    }
  }

  /** Announces every incident changed since `since`; the bus fetches what it lacks. */
  private async catchUp(client: pg.Client, since: string): Promise<void> {
    try {
      const rows = await client.query<{ id: string; seq: number }>(
        "select id, seq from incidents where updated_at >= $1",
        [since],
      );
      for (const row of rows.rows) this.bus.announce(row.id, Number(row.seq));
      this.log.info({ incidents: rows.rowCount }, "event listener reconnected and caught up");
    } catch (error) {
      this.lost(client, error);
    }
  }

  private lost(client: pg.Client, error: unknown): void {
    if (this.dead.has(client)) return;
    this.dead.add(client);
    if (this.client === client) this.client = null;
    this.lostAt ??= Date.now();
    void client.end().catch(() => undefined);
    if (this.stopped) return;
    const delay = Math.min(MAX_BACKOFF_MS, 250 * 2 ** this.attempt);
    this.attempt += 1;
    this.log.warn({ err: error, retryInMs: delay }, "event listener lost PostgreSQL; reconnecting");
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.connect();
    }, delay);
    this.retry.unref();
  }
}
