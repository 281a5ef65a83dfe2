import type { EventEnvelope } from "../domain/index.js";

export type Listener = (events: EventEnvelope[]) => void;

/**
 * In-process fan-out of committed events per incident. Events are delivered in sequence
 * order and at most once per subscriber: `publish` may be called twice for the same events
 * (locally and again from PostgreSQL NOTIFY), and duplicates are dropped by seq.
 */
export class EventBus {
  private readonly topics = new Map<string, Set<Listener>>();
  private readonly delivered = new Map<string, number>();
  private readonly globalListeners = new Set<(incidentId: string, events: EventEnvelope[]) => void>();

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

  /** Subscribe to every incident (for list streams and integrations). */
  subscribeAll(listener: (incidentId: string, events: EventEnvelope[]) => void): () => void {
    this.globalListeners.add(listener);
    return () => this.globalListeners.delete(listener);
  }

  /** The last seq delivered for an incident, so a fetcher knows where to resume. */
  lastSeq(incidentId: string): number {
    return this.delivered.get(incidentId) ?? 0;
  }

  publish(incidentId: string, events: EventEnvelope[]): void {
    const floor = this.delivered.get(incidentId) ?? 0;
    const fresh = events.filter((e) => e.seq > floor).sort((a, b) => a.seq - b.seq);
    if (fresh.length === 0) return;
    this.delivered.set(incidentId, fresh[fresh.length - 1]?.seq ?? floor);
    for (const listener of this.topics.get(incidentId) ?? []) listener(fresh);
    for (const listener of this.globalListeners) listener(incidentId, fresh);
  }
}
