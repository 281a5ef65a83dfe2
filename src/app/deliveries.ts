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
 * a crash after the commit only delays them; the row id makes a delivery happen once.
 */
export function deliveryWorker(
  outbox: OutboxStore,
  inboxBus: InboxBus,
  clock: () => Date,
  channels: Record<string, Channel> = {},
): Poller<Delivery> {
  const all: Record<string, Channel> = {
    "in-app": async (d) => {
      const item = await outbox.addToInbox(d, clock());
      inboxBus.publish(d.recipient, item);
    },
    ...channels,
  };
  return new Poller<Delivery>({
    clock,
    claim: (now, until, limit) => outbox.claimDue(now, until, limit),
    handle: async (delivery) => {
      const send = all[delivery.channel];
      try {
        if (!send) throw new Error(`no channel "${delivery.channel}" is configured`);
        await send(delivery);
        await outbox.markSent(delivery.id, clock());
        return true;
      } catch (error) {
        await outbox.markFailed(delivery, error instanceof Error ? error.message : String(error), clock());
        return false;
      }
    },
  });
}
