import type { EventBus } from "../app/event-bus.js";
import type { ListFeed } from "../app/list-feed.js";
import type { Muster } from "../app/muster.js";
import type { InboxBus } from "../app/deliveries.js";
import type { ChecklistTemplateStore } from "../capabilities/checklists/store.js";
import type { ConsumerHealth } from "../storage/consumers.js";
import type { ContactStore } from "../storage/contacts.js";
import type { OutboxStore } from "../storage/outbox.js";
import type { TeamStore } from "../storage/teams.js";
import type { ReadStore } from "../storage/read-store.js";
import type { UserStore } from "../storage/users.js";

/** What the HTTP adapter needs; built by the server bootstrap or by tests. */
export type Services = {
  muster: Muster;
  reads: ReadStore;
  users: UserStore;
  bus: EventBus;
  templates: ChecklistTemplateStore;
  outbox: OutboxStore;
  inboxBus: InboxBus;
  contacts: ContactStore;
  teams: TeamStore;
  /** The live incident list, shared by every viewer. */
  listFeed: ListFeed;
  /** Lag, lease and failures of every durable consumer (admins). */
  consumerHealth: () => Promise<ConsumerHealth[]>;
  /** Readiness: resolves when storage is reachable, writable and migrated. */
  ready: () => Promise<void>;
};
