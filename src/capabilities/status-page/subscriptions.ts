import type { Consumer } from "../../app/consumers.js";
import { EMAIL_RECIPIENT } from "../../domain/capability.js";
import type { EventEnvelope, IncidentState } from "../../domain/index.js";
import type { LinkSigner } from "../../storage/server-keys.js";
import type { OutboxStore } from "../../storage/outbox.js";
import type { CommsUpdate } from "../comms/domain/model.js";
import { PUBLIC_AUDIENCE } from "../comms/domain/model.js";
import { stageLabel } from "../comms/domain/message.js";
import type { PageSettings } from "./model.js";
import type { StatusStore, Subscription } from "./store.js";

/** Sends one email now (the subscription's confirmation, which the reader is waiting for). */
export type Mailer = (to: string, subject: string, text: string) => Promise<void>;

const MAX_PENDING = 10;

/** The outcome of asking to subscribe; the same whatever the address's state, so nothing leaks. */
export type SubscribeOutcome = "check-inbox" | "too-many" | "no-email" | "mail-failed";

/** Double opt-in subscriptions by email, with signed confirm and one-click unsubscribe links. */
export class Subscriptions {
  constructor(
    private readonly store: StatusStore,
    private readonly signer: LinkSigner,
    private readonly mailer: Mailer | null,
    private readonly settings: PageSettings,
    private readonly clock: () => Date,
  ) {}

  /** Whether email is configured, and links in it can point somewhere (MUSTER_PUBLIC_URL). */
  get enabled(): boolean {
    return this.mailer !== null && this.settings.subscriptions;
  }

  /** The signed link that confirms a subscription. */
  confirmUrl(id: string): string {
    return `${this.settings.url}/status/confirm/${id}?sig=${this.signer.sign("confirm", id)}`;
  }

  /** The signed link that ends a subscription in one click. */
  unsubscribeUrl(id: string): string {
    return `${this.settings.url}/status/unsubscribe/${id}?sig=${this.signer.sign("unsubscribe", id)}`;
  }

  /** Asks an address to confirm; an address already confirmed for the scope is not mailed again. */
  async subscribe(email: string, scope: string): Promise<SubscribeOutcome> {
    if (!this.mailer || !this.enabled) return "no-email";
    const address = email.trim().toLowerCase();
    const existing = await this.store.subscribe(address, scope, this.clock());
    if (existing.confirmedAt !== null && existing.unsubscribedAt === null) return "check-inbox";
    if ((await this.store.pendingFor(address)) > MAX_PENDING) return "too-many";
    try {
      await this.mailer(
        address,
        `Confirm your subscription to ${this.settings.title}`,
        `Someone (we hope you) asked to get updates from ${this.settings.title} at this address.\n\nConfirm: ${this.confirmUrl(existing.id)}\n\nIf it was not you, ignore this email: nothing is sent until you confirm.`,
      );
    } catch {
      // The reader is waiting: say so now rather than queue a confirmation they may never see.
      return "mail-failed";
    }
    return "check-inbox";
  }

  /** Confirms with a signed link; false when the link is wrong or unknown. */
  async confirm(id: string, signature: string): Promise<boolean> {
    if (!this.signer.verify("confirm", id, signature) || !(await this.store.subscription(id))) return false;
    await this.store.confirm(id, this.clock());
    return true;
  }

  /** Unsubscribes with a signed link; false when the link is wrong or unknown. */
  async unsubscribe(id: string, signature: string): Promise<boolean> {
    if (!this.signer.verify("unsubscribe", id, signature) || !(await this.store.subscription(id))) {
      return false;
    }
    await this.store.unsubscribe(id, this.clock());
    return true;
  }
}

function lastPublic(s: IncidentState): CommsUpdate | undefined {
  return [...s.comms.updates]
    .reverse()
    .find((u) => u.audience === PUBLIC_AUDIENCE && u.status === "published");
}

/** What subscribers are told about an event, or null when it is nothing public. */
function publicNews(
  s: IncidentState,
  e: EventEnvelope,
): { update: CommsUpdate; stage: string; text: string } | null {
  if (s.visibility === "restricted" || s.kind === "drill") return null;
  if (e.type === "comms.update-published" && e.data.audience === PUBLIC_AUDIENCE) {
    const update = s.comms.updates.find((u) => u.id === e.data.id);
    return update ? { update, stage: stageLabel(update.stage), text: update.text } : null;
  }
  if (e.type === "incident.status-changed" && e.data.to === "ended") {
    const update = lastPublic(s);
    if (!update || update.stage === "resolved" || update.stage === "completed") return null;
    return { update, stage: stageLabel("resolved"), text: "This incident is resolved." };
  }
  return null;
}

function scopesOf(incidentId: string, update: CommsUpdate): string[] {
  return ["all", `incident:${incidentId}`, ...Object.keys(update.components).map((c) => `component:${c}`)];
}

/**
 * Tells confirmed subscribers of each public update and of the end, through the outbox (so a
 * failed send is retried, and a run repeated after a crash owes nothing twice). Each email
 * carries its own one-click unsubscribe link.
 */
export function subscriberConsumer(
  subscriptions: Subscriptions,
  store: StatusStore,
  outbox: OutboxStore,
  stateOf: (incidentId: string) => Promise<IncidentState | undefined>,
  settings: PageSettings,
  clock: () => Date,
): Consumer {
  return {
    name: "status-subscribers",
    async handle(incidentId, events) {
      if (
        !subscriptions.enabled ||
        !events.some((e) => e.type.startsWith("comms.") || e.type === "incident.status-changed")
      ) {
        return;
      }
      const state = await stateOf(incidentId);
      if (!state) return;
      for (const e of events) {
        const news = publicNews(state, e);
        if (!news) continue;
        const seen = new Set<string>();
        const targets = (await store.subscribers(scopesOf(incidentId, news.update))).filter(
          (s: Subscription) => !seen.has(s.email) && seen.add(s.email),
        );
        await outbox.enqueue(
          targets.map((sub) => ({
            id: `${incidentId}:${e.seq}:status:${sub.id}`,
            incidentId,
            eventSeq: e.seq,
            recipient: `${EMAIL_RECIPIENT}${sub.email}`,
            channel: "email",
            contactId: null,
            kind: "status.update",
            title: `${news.stage}: ${news.update.title}`,
            body: `${news.text}\n\nImpact: ${news.update.impact}\n\nDetails: ${settings.url}/status/incidents/${incidentId}\nUnsubscribe: ${subscriptions.unsubscribeUrl(sub.id)}`,
          })),
          clock(),
        );
      }
    },
  };
}
