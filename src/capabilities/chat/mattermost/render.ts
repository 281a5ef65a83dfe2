import { createHmac, timingSafeEqual } from "node:crypto";
import type { ChatForm, ChatFormField, ChatMessage } from "../adapter.js";

/**
 * Mattermost does not sign the requests its buttons and dialogs make; Muster signs what it puts
 * in them (the context, the dialog's state) with the slash command's token and checks it back.
 */
export class ContextSigner {
  constructor(private readonly key: string) {}

  sign(text: string): string {
    return createHmac("sha256", this.key).update(text).digest("hex");
  }

  verify(text: string, signature: unknown): boolean {
    if (typeof signature !== "string" || !/^[0-9a-f]{64}$/.test(signature)) return false;
    return timingSafeEqual(Buffer.from(this.sign(text), "hex"), Buffer.from(signature, "hex"));
  }
}

/** Markdown's inline markup in people's text is escaped, so nobody's text becomes a link or a table. */
export function escape(text: string): string {
  return text.replace(/([\\`*_~[\]<>|])/g, "\\$1").replace(/^([#>])/gm, "\\$1");
}

/**
 * A neutral message as a Mattermost post: Markdown, with buttons as an attachment's actions.
 * Mattermost names the clicker but signs nothing, so a button is only offered to one person
 * (`user`, in a private post) and its signature binds it to them; channel posts carry no buttons.
 */
export function postOf(
  message: ChatMessage,
  actionUrl: string,
  signer: ContextSigner,
  user: string | null,
): { message: string; props: Record<string, unknown> } {
  const lines = [message.title ? `**${escape(message.title)}**` : escape(message.text)];
  for (const f of message.fields ?? []) lines.push(`**${escape(f.label)}**: ${escape(f.value)}`);
  const actions = (user === null ? [] : (message.buttons ?? [])).map((b) => ({
    id: b.action.replace(/[^a-z]/g, ""),
    name: b.label,
    style: b.primary ? "primary" : "default",
    integration: {
      url: actionUrl,
      context: { action: b.action, value: b.value, sig: signer.sign(`${b.action}:${b.value}:${user ?? ""}`) },
    },
  }));
  return {
    message: lines.join("\n").slice(0, 16_000),
    props: actions.length ? { attachments: [{ fallback: message.text, actions }] } : {},
  };
}

function element(field: ChatFormField): Record<string, unknown> {
  switch (field.kind) {
    case "text":
      return {
        display_name: field.label.slice(0, 24),
        help_text: field.label,
        name: field.name,
        type: field.multiline ? "textarea" : "text",
        optional: field.optional ?? false,
        ...(field.initial ? { default: field.initial } : {}),
      };
    case "select":
      return {
        display_name: field.label,
        name: field.name,
        type: "select",
        options: field.options.map((o) => ({ text: o, value: o })),
        ...(field.initial ? { default: field.initial } : {}),
      };
    case "user":
      return { display_name: field.label, name: field.name, type: "select", data_source: "users" };
  }
}

/** A form as an interactive dialog; the incident and channel travel in its signed `state`. */
export function dialogOf(form: ChatForm, url: string, signer: ContextSigner): Record<string, unknown> {
  const state = JSON.stringify({
    form: form.id,
    context: form.context,
    channel: form.channel,
    user: form.user,
  });
  return {
    url,
    dialog: {
      callback_id: form.id,
      title: form.title,
      submit_label: form.submit,
      notify_on_cancel: false,
      state: JSON.stringify({ state, sig: signer.sign(state) }),
      elements: form.fields.map(element),
    },
  };
}
