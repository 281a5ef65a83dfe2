import type { Delivery, InboxItem, OutboxStore } from "../storage/outbox.js";
import { Poller } from "./poller.js";

export type InboxListener = (item: InboxItem) => void;

/** Live fan-out of new inbox items per person (for the inbox stream). */
export class InboxBus {
  private readonly listeners = new Map<string, Set<InboxListener>>();

  subscribe(recipient: string, listener: InboxListener): () => void {
    const set = this.listeners.get(recipient) ?? new Set<InboxListener>();
    this.listeners.set(recipient, set);
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(recipient);
    };
  }

  publish(recipient: string, item: InboxItem): void {
    for (const listener of this.listeners.get(recipient) ?? []) listener(item);
  }
}

/** Sends one delivery on its channel; throws to have it retried. */
export type Channel = (delivery: Delivery) => Promise<void>;

/**
 * Sends what the outbox owes. Rows were written in the same transaction as their events, so
 * a crash after the commit only delays them; the row id makes a delivery happen once. A round
 * sends everything claimed at once, then records the outcomes in bulk.
 */
export function deliveryWorker(
  outbox: OutboxStore,
  inboxBus: InboxBus,
  clock: () => Date,
  channels: Record<string, Channel> = {},
): Poller<Delivery> {
  const send = async (d: Delivery): Promise<string | null> => {
    const channel = channels[d.channel];
    if (!channel) return `no channel "${d.channel}" is configured`;
    try {
      await channel(d);
      return null;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  };
  return new Poller<Delivery>({
    clock,
    claim: (now, until, limit) => outbox.claimDue(now, until, limit),
    handle: async (deliveries) => {
      const inApp = deliveries.filter((d) => d.channel === "in-app");
      const others = deliveries.filter((d) => d.channel !== "in-app");
      for (const item of await outbox.addToInboxes(inApp, clock())) inboxBus.publish(item.recipient, item);
      const outcomes = await Promise.all(others.map(async (d) => ({ d, error: await send(d) })));
      const sent = [...inApp, ...outcomes.filter((o) => o.error === null).map((o) => o.d)];
      await outbox.markSent(
        sent.map((d) => d.id),
        clock(),
      );
      for (const { d, error } of outcomes) if (error !== null) await outbox.markFailed(d, error, clock());
      return sent.length;
    },
  });
}
