import type { Log } from "../log.js";
import { silentLog } from "../log.js";
import type { Delivery, InboxItem, OutboxStore } from "../storage/outbox.js";
import type { Ticker } from "./poller.js";
import { Poller, PollerGroup } from "./poller.js";

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
 * a crash after the commit only delays them; the row id makes a delivery happen once. In-app
 * items and outside channels (email, webhooks) are claimed by two separate loops, so a slow or
 * silent receiver never delays anyone's in-app notice. A round sends everything claimed at
 * once, then records the outcomes in bulk.
 */
export function deliveryWorker(
  outbox: OutboxStore,
  inboxBus: InboxBus,
  clock: () => Date,
  channels: Record<string, Channel> = {},
  log: Log = silentLog,
): Ticker {
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
  const inApp = new Poller<Delivery>({
    name: "in-app deliveries",
    log,
    clock,
    claim: (now, until, limit) => outbox.claimDue(now, until, limit, "in-app"),
    handle: async (deliveries) => {
      for (const item of await outbox.addToInboxes(deliveries, clock())) {
        inboxBus.publish(item.recipient, item);
      }
      await outbox.markSent(
        deliveries.map((d) => d.id),
        clock(),
      );
      return deliveries.length;
    },
  });
  const outside = new Poller<Delivery>({
    name: "outside deliveries",
    log,
    clock,
    claim: (now, until, limit) => outbox.claimDue(now, until, limit, "outside"),
    handle: async (deliveries) => {
      const outcomes = await Promise.all(deliveries.map(async (d) => ({ d, error: await send(d) })));
      const sent = outcomes.filter((o) => o.error === null).map((o) => o.d);
      await outbox.markSent(
        sent.map((d) => d.id),
        clock(),
      );
      for (const { d, error } of outcomes) if (error !== null) await outbox.markFailed(d, error, clock());
      return sent.length;
    },
  });
  return new PollerGroup([inApp, outside]);
}
