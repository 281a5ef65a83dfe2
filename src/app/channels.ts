import { createHmac } from "node:crypto";
import nodemailer from "nodemailer";
import type { ContactStore } from "../storage/contacts.js";
import type { Delivery } from "../storage/outbox.js";
import type { Channel } from "./deliveries.js";

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
  const contact = d.contactId ? await contacts.forSending(d.contactId) : undefined;
  if (!contact) throw new Error("the contact method was removed; nothing to send to");
  return contact;
}

/** Signed JSON POSTs; anything but a 2xx is retried with backoff. */
export function webhookChannel(contacts: ContactStore, clock: () => Date): Channel {
  return async (d) => {
    const contact = await contactFor(contacts, d);
    const body = JSON.stringify({
      id: d.id,
      kind: d.kind,
      title: d.title,
      body: d.body,
      incidentId: d.incidentId,
      eventSeq: d.eventSeq,
      recipient: d.recipient,
    });
    const timestamp = Math.floor(clock().getTime() / 1000);
    const response = await fetch(contact.address, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "user-agent": "Muster-Webhook/1",
        "idempotency-key": d.id,
        "muster-signature": signWebhook(contact.secret ?? "", timestamp, body),
      },
      body,
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`webhook answered ${response.status}`);
  };
}

/** Email over SMTP (nodemailer). The message id is derived from the delivery, for receivers that dedupe. */
export function emailChannel(contacts: ContactStore, smtpUrl: string, from: string): Channel {
  const transport = nodemailer.createTransport(smtpUrl);
  return async (d) => {
    const contact = await contactFor(contacts, d);
    await transport.sendMail({
      from,
      to: contact.address,
      subject: `[Muster] ${d.title}`,
      text: `${d.body}\n\n— Muster (${d.kind}, incident ${d.incidentId}, event ${d.eventSeq})`,
      messageId: `<${d.id.replace(/[^A-Za-z0-9.-]/g, ".")}@muster>`,
    });
  };
}
