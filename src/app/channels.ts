import { createHmac } from "node:crypto";
import nodemailer from "nodemailer";
import type { ContactStore } from "../storage/contacts.js";
import { EMAIL_RECIPIENT } from "../domain/capability.js";
import type { Delivery } from "../storage/outbox.js";
import type { Channel } from "./deliveries.js";
import type { OutboundGuard } from "./outbound.js";

const WEBHOOK_TIMEOUT_MS = 10_000;

/**
 * The signature a webhook receiver checks: HMAC-SHA256 over "<timestamp>.<body>" with the
 * contact's secret, sent as `Muster-Signature: t=<unix seconds>,v1=<hex>`. The timestamp lets
 * receivers refuse replays.
 */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  const mac = createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
  return `t=${timestamp},v1=${mac}`;
}

async function contactFor(contacts: ContactStore, d: Delivery) {
  // Someone without an account (a stakeholder group's outside address, a status page subscriber).
  if (d.contactId === null && d.recipient.startsWith(EMAIL_RECIPIENT)) {
    return { address: d.recipient.slice(EMAIL_RECIPIENT.length), secret: null };
  }
  const contact = d.contactId ? await contacts.forSending(d.contactId) : undefined;
  if (!contact) throw new Error("the contact method was removed; nothing to send to");
  return contact;
}

/** The kind of an incident (real, drill, planned), which never changes once declared. */
export type IncidentKindOf = (incidentId: string) => Promise<string>;

/**
 * A title as sent outside Muster: a drill's says DRILL whichever part of Muster wrote it (the
 * incident's notices do already; a postmortem's or a follow-up's would not otherwise).
 */
export function markedTitle(title: string, incidentKind: string): string {
  if (incidentKind !== "drill" || title.startsWith("DRILL")) return title;
  return `DRILL — ${title}`;
}

/** Looks kinds up once per incident: they are fixed at declaration. */
export function cachedKinds(lookup: IncidentKindOf): IncidentKindOf {
  const known = new Map<string, string>();
  return async (incidentId) => {
    const cached = known.get(incidentId);
    if (cached !== undefined) return cached;
    const kind = await lookup(incidentId);
    known.set(incidentId, kind);
    return kind;
  };
}

/**
 * Signed JSON POSTs; anything but a 2xx is retried with backoff. The incident's kind travels in
 * the payload, so a receiver can tell a drill from a real incident without parsing the text.
 */
export function webhookChannel(
  contacts: ContactStore,
  clock: () => Date,
  kindOf: IncidentKindOf,
  outbound: OutboundGuard,
): Channel {
  return async (d) => {
    const contact = await contactFor(contacts, d);
    const incidentKind = await kindOf(d.incidentId);
    const body = JSON.stringify({
      id: d.id,
      kind: d.kind,
      incidentKind,
      drill: incidentKind === "drill",
      title: markedTitle(d.title, incidentKind),
      body: d.body,
      incidentId: d.incidentId,
      eventSeq: d.eventSeq,
      recipient: d.recipient,
    });
    const timestamp = Math.floor(clock().getTime() / 1000);
    const status = await outbound.post(
      contact.address,
      {
        "content-type": "application/json",
        "user-agent": "Muster-Webhook/1",
        "idempotency-key": d.id,
        "muster-signature": signWebhook(contact.secret ?? "", timestamp, body),
      },
      body,
      WEBHOOK_TIMEOUT_MS,
    );
    // Redirects are not followed: they could lead anywhere, including inside the network.
    if (status >= 300 && status < 400) {
      throw new Error(`webhook answered ${String(status)} (redirects are not followed)`);
    }
    if (status < 200 || status >= 300) throw new Error(`webhook answered ${String(status)}`);
  };
}

/** Sends one email now over SMTP, for a reader waiting on it (a subscription's confirmation). */
export function smtpMailer(
  smtpUrl: string,
  from: string,
): (to: string, subject: string, text: string) => Promise<void> {
  const transport = nodemailer.createTransport(smtpUrl);
  return async (to, subject, text) => {
    await transport.sendMail({ from, to, subject, text });
  };
}

/** Email over SMTP (nodemailer). The message id is derived from the delivery, for receivers that dedupe. */
export function emailChannel(
  contacts: ContactStore,
  smtpUrl: string,
  from: string,
  kindOf: IncidentKindOf,
): Channel {
  const transport = nodemailer.createTransport(smtpUrl);
  return async (d) => {
    const contact = await contactFor(contacts, d);
    const incidentKind = await kindOf(d.incidentId);
    await transport.sendMail({
      from,
      to: contact.address,
      subject: `[Muster] ${markedTitle(d.title, incidentKind)}`,
      text: `${d.body}\n\n— Muster (${d.kind}, ${incidentKind} incident ${d.incidentId}, event ${d.eventSeq})`,
      headers: { "X-Muster-Incident-Kind": incidentKind },
      messageId: `<${d.id.replace(/[^A-Za-z0-9.-]/g, ".")}@muster>`,
    });
  };
}
