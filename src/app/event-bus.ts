import type { EventEnvelope } from "../domain/index.js";
import type { Log } from "../log.js";
import { silentLog } from "../log.js";

/** How long to wait before fetching again after the log could not be read. */
const BACKFILL_RETRY_MS = 1_000;

export type Listener = (events: EventEnvelope[]) => void;
export type AnyListener = (incidentId: string, events: EventEnvelope[]) => void;

/** Reads committed events after a sequence number (the log is the source of truth). */
export type Backfill = (incidentId: string, after: number) => Promise<EventEnvelope[]>;

/**
 * In-process fan-out of committed events per incident. Each subscriber gets every event
 * exactly once and in sequence order: duplicates (the same events published locally and
 * announced again through PostgreSQL) are dropped, and a gap (events committed by another
 * instance not yet seen here) is filled from the log before anything after it is delivered.
 */
export class EventBus {
  private readonly topics = new Map<string, Set<Listener>>();
  private readonly everything = new Set<AnyListener>();
  private readonly delivered = new Map<string, number>();
  private readonly pending = new Map<string, Promise<void>>();

  constructor(
    private readonly backfill: Backfill | null = null,
    private readonly log: Log = silentLog,
  ) {}

  /** Subscribe to one incident; returns the unsubscribe function. */
  subscribe(incidentId: string, listener: Listener): () => void {
    let listeners = this.topics.get(incidentId);
    if (!listeners) {
      listeners = new Set();
      this.topics.set(incidentId, listeners);
    }
    const set = listeners;
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.topics.delete(incidentId);
    };
  }

  /** Subscribe to every incident (the live incident list); returns the unsubscribe function. */
  subscribeAny(listener: AnyListener): () => void {
    this.everything.add(listener);
    return () => {
      this.everything.delete(listener);
    };
  }

  /** The last seq delivered for an incident. */
  lastSeq(incidentId: string): number {
    return this.delivered.get(incidentId) ?? 0;
  }

  /** Publishes committed events; out-of-order or gapped input is repaired from the log. */
  publish(incidentId: string, events: EventEnvelope[]): void {
    const sorted = [...events].sort((a, b) => a.seq - b.seq);
    const first = sorted.find((e) => e.seq > this.lastSeq(incidentId));
    if (!first) return;
    if (!this.delivered.has(incidentId) && !this.topics.has(incidentId)) {
      // Nobody here has followed this incident (a cold process): there is no gap to fill,
      // and reading its whole log would only be thrown away. Followers from now on read
      // what came before from the log themselves.
      this.delivered.set(incidentId, first.seq - 1);
    }
    if (first.seq === this.lastSeq(incidentId) + 1 && !this.pending.has(incidentId)) {
      this.deliver(incidentId, sorted);
      return;
    }
    this.announce(incidentId, sorted[sorted.length - 1]?.seq ?? 0, sorted);
  }

  /** Says that events up to `seq` exist (e.g. from NOTIFY); fetches what is missing. */
  announce(incidentId: string, seq: number, known: EventEnvelope[] = []): void {
    if (seq <= this.lastSeq(incidentId)) return;
    const previous = this.pending.get(incidentId) ?? Promise.resolve();
    const next = previous
      .then(async () => {
        while (this.backfill && this.lastSeq(incidentId) < seq) {
          const fetched = await this.backfill(incidentId, this.lastSeq(incidentId));
          if (fetched.length === 0) break;
          this.deliver(incidentId, fetched);
        }
        this.deliver(incidentId, known);
      })
      .catch((error: unknown) => {
        // The log could not be read (storage down): try again shortly, so subscribers catch up.
        this.log.warn({ err: error, incidentId }, "event bus backfill failed; retrying");
        setTimeout(() => {
          this.announce(incidentId, seq, known);
        }, BACKFILL_RETRY_MS).unref();
      })
      .finally(() => {
        if (this.pending.get(incidentId) === next) this.pending.delete(incidentId);
      });
    this.pending.set(incidentId, next);
  }

  /** Delivers the contiguous run that follows what was already delivered. */
  private deliver(incidentId: string, sorted: EventEnvelope[]): void {
    let floor = this.lastSeq(incidentId);
    const run: EventEnvelope[] = [];
    for (const e of sorted) {
      if (e.seq === floor + 1) {
        run.push(e);
        floor = e.seq;
      }
    }
    if (run.length === 0) return;
    this.delivered.set(incidentId, floor);
    for (const listener of this.topics.get(incidentId) ?? []) listener(run);
    for (const listener of this.everything) listener(incidentId, run);
  }
}
