import { randomUUID } from "node:crypto";
import type { EventEnvelope } from "../domain/index.js";
import type { Log } from "../log.js";
import { silentLog } from "../log.js";
import type { Behind, ConsumerStore } from "../storage/consumers.js";
import type { EventBus } from "./event-bus.js";

/**
 * A named reaction to committed events that runs outside the write transaction (chat posts,
 * the public status page, postmortem drafts, metrics). Delivery is at-least-once, in order per
 * incident: a crash between handling and the checkpoint repeats the run, so `handle` must be
 * idempotent (key its effects by incident id and seq).
 */
export type Consumer = {
  /** Stable: the checkpoint and lease are stored under it. */
  name: string;
  /** Handles a contiguous run of one incident's events, oldest first; throw to have it retried. */
  handle(incidentId: string, events: EventEnvelope[]): Promise<void>;
};

/** Reads an incident's committed events after a seq (the log is the source). */
export type EventSource = (incidentId: string, after: number, limit: number) => Promise<EventEnvelope[]>;

export type ConsumerOptions = {
  clock?: () => Date;
  log?: Log;
  /** Who this instance is, for the lease (random by default). */
  owner?: string;
  leaseSeconds?: number;
  /** How often to renew the lease and sweep for work that the bus did not announce. */
  sweepMs?: number;
};

const RUN_LIMIT = 1000;
const BEHIND_LIMIT = 500;
const WAKE_MS = 10;
const MAX_BACKOFF_MS = 60_000;

type Backoff = { until: number; attempts: number };

/**
 * Runs durable consumers: each holds a lease (one active instance per consumer across the
 * cluster), is woken by committed events, and sweeps periodically for anything it missed
 * (events from before it started, from other instances, or while it had no lease). A handler
 * that throws is retried with backoff for that incident only; other incidents go on.
 */
export class ConsumerRunner {
  private readonly owner: string;
  private readonly dirty = new Set<string>();
  /** Leases this instance holds, with when each was last renewed. */
  private readonly held = new Map<string, number>();
  private readonly backoff = new Map<string, Backoff>();
  private readonly clock: () => Date;
  private readonly log: Log;
  private wake: NodeJS.Timeout | null = null;
  private sweep: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = true;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly consumers: Consumer[],
    private readonly store: ConsumerStore,
    private readonly events: EventSource,
    private readonly bus: EventBus,
    private readonly options: ConsumerOptions = {},
  ) {
    this.owner = options.owner ?? randomUUID();
    this.clock = options.clock ?? (() => new Date());
    this.log = options.log ?? silentLog;
  }

  /** The consumers' names, for the health endpoint. */
  get names(): string[] {
    return this.consumers.map((c) => c.name);
  }

  /** Starts following the bus and sweeping. */
  start(): void {
    if (this.consumers.length === 0 || !this.stopped) return;
    this.stopped = false;
    this.unsubscribe = this.bus.subscribeAny((incidentId) => {
      this.dirty.add(incidentId);
      this.wake ??= setTimeout(() => {
        this.wake = null;
        void this.tick(false);
      }, WAKE_MS);
    });
    const every = this.options.sweepMs ?? 1000;
    this.sweep = setInterval(() => void this.tick(true), every);
    this.sweep.unref();
    void this.tick(true);
  }

  /** Stops, waits for the round in progress and gives the leases up. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    if (this.wake) clearTimeout(this.wake);
    if (this.sweep) clearInterval(this.sweep);
    await this.running;
    for (const name of this.held.keys()) {
      await this.store.releaseLease(name, this.owner).catch(() => undefined);
    }
    this.held.clear();
  }

  /** One round for every consumer; `full` also looks beyond the incidents the bus announced. */
  tick(full = true): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.round(full)
      .catch((error: unknown) => {
        this.log.warn({ err: error }, "consumer round failed; retrying");
      })
      .finally(() => {
        this.running = null;
        if (this.again && !this.stopped) {
          this.again = false;
          void this.tick(false);
        }
      });
    return this.running;
  }

  private async round(full: boolean): Promise<void> {
    const announced = [...this.dirty];
    this.dirty.clear();
    for (const consumer of this.consumers) {
      const fresh = await this.lease(consumer.name);
      if (fresh === null) continue;
      // A newly taken lease may have missed announcements: look at everything once.
      const ids = full || fresh ? undefined : announced;
      for (;;) {
        const behind = await this.store.behind(consumer.name, BEHIND_LIMIT, ids);
        const progressed = await this.catchUp(consumer, behind);
        if (behind.length < BEHIND_LIMIT || !progressed) break;
      }
    }
  }

  /** Takes or renews the lease: null when another instance holds it, true when newly taken. */
  private async lease(name: string): Promise<boolean | null> {
    const now = this.clock();
    const leaseMs = (this.options.leaseSeconds ?? 15) * 1000;
    // Rounds run as often as events arrive; renewing a third of the way through the lease keeps
    // it without a write per round.
    const renewedAt = this.held.get(name);
    if (renewedAt !== undefined && now.getTime() - renewedAt < leaseMs / 3) return false;
    const ok = await this.store.takeLease(name, this.owner, now, new Date(now.getTime() + leaseMs));
    if (!ok) {
      this.held.delete(name);
      return null;
    }
    this.held.set(name, now.getTime());
    return renewedAt === undefined;
  }

  /** Hands each incident's pending events to the consumer; returns whether anything advanced. */
  private async catchUp(consumer: Consumer, behind: Behind[]): Promise<boolean> {
    const advanced: { incidentId: string; seq: number }[] = [];
    const now = Date.now();
    for (const b of behind) {
      const key = `${consumer.name}\u0000${b.incidentId}`;
      const wait = this.backoff.get(key);
      if (wait && wait.until > now) continue;
      let done = b.done;
      try {
        while (done < b.seq) {
          const run = await this.events(b.incidentId, done, RUN_LIMIT);
          if (run.length === 0) break;
          await consumer.handle(b.incidentId, run);
          done = run[run.length - 1]?.seq ?? done;
        }
        this.backoff.delete(key);
      } catch (error) {
        await this.failed(consumer.name, key, b.incidentId, error);
      }
      if (done > b.done) advanced.push({ incidentId: b.incidentId, seq: done });
    }
    await this.store.advance(consumer.name, advanced, this.clock());
    return advanced.length > 0;
  }

  private async failed(name: string, key: string, incidentId: string, error: unknown): Promise<void> {
    const attempts = (this.backoff.get(key)?.attempts ?? 0) + 1;
    const delay = Math.min(MAX_BACKOFF_MS, 500 * 2 ** (attempts - 1));
    this.backoff.set(key, { until: Date.now() + delay, attempts });
    const message = error instanceof Error ? error.message : String(error);
    this.log.warn({ err: error, consumer: name, incidentId, retryInMs: delay }, "consumer failed; retrying");
    await this.store.recordFailure(name, message, this.clock());
  }
}
