import type { types } from "@slack/bolt";
import type { ChatForm, ChatFormField, ChatMessage } from "../adapter.js";

type KnownBlock = types.KnownBlock;
type View = types.View;

/** Slack's mrkdwn treats &, < and > as markup: people's text is escaped as Slack documents. */
export function escape(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

const SECTION_MAX = 3000;

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A neutral message as Block Kit (with the plain `text` as Slack's notification fallback). */
export function messageBlocks(message: ChatMessage): { text: string; blocks: KnownBlock[] } {
  const blocks: KnownBlock[] = [];
  const title = message.title ?? message.text;
  blocks.push({
    type: "section",
    text: { type: "mrkdwn", text: cut(message.title ? `*${escape(title)}*` : escape(title), SECTION_MAX) },
  });
  if (message.fields?.length) {
    const body = message.fields.map((f) => `*${escape(f.label)}*\n${escape(f.value)}`).join("\n\n");
    blocks.push({ type: "section", text: { type: "mrkdwn", text: cut(body, SECTION_MAX) } });
  }
  if (message.buttons?.length) {
    blocks.push({
      type: "actions",
      elements: message.buttons.map((b) => ({
        type: "button",
        text: { type: "plain_text", text: b.label },
        action_id: `muster:${b.action}`,
        value: b.value,
        ...(b.primary ? { style: "primary" as const } : {}),
      })),
    });
  }
  return { text: cut(message.text, 4000), blocks };
}

function input(field: ChatFormField): KnownBlock {
  const label = { type: "plain_text" as const, text: cut(field.label, 2000) };
  switch (field.kind) {
    case "text":
      return {
        type: "input",
        block_id: field.name,
        label,
        optional: field.optional ?? false,
        element: {
          type: "plain_text_input",
          action_id: "value",
          multiline: field.multiline ?? false,
          ...(field.initial ? { initial_value: field.initial } : {}),
        },
      };
    case "select": {
      const options = field.options.map((o) => ({
        text: { type: "plain_text" as const, text: o },
        value: o,
      }));
      const initial = options.find((o) => o.value === field.initial);
      return {
        type: "input",
        block_id: field.name,
        label,
        element: {
          type: "static_select",
          action_id: "value",
          options,
          ...(initial ? { initial_option: initial } : {}),
        },
      };
    }
    case "user":
      return {
        type: "input",
        block_id: field.name,
        label,
        element: { type: "users_select", action_id: "value" },
      };
  }
}

/** A form as a modal; the form's id, incident and channel travel in `callback_id` and `private_metadata`. */
export function formView(form: ChatForm): View {
  return {
    type: "modal",
    callback_id: `muster:${form.id}`,
    private_metadata: JSON.stringify({ context: form.context, channel: form.channel }),
    title: { type: "plain_text", text: cut(form.title, 24) },
    submit: { type: "plain_text", text: cut(form.submit, 24) },
    close: { type: "plain_text", text: "Cancel" },
    blocks: form.fields.map(input),
  };
}

type StateValue = {
  value?: string | null;
  selected_option?: { value: string } | null;
  selected_user?: string | null;
};

/** The values a submitted modal carries, by block id. */
export function submittedValues(state: Record<string, Record<string, StateValue>>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [block, actions] of Object.entries(state)) {
    const v = actions.value;
    const value = v?.value ?? v?.selected_option?.value ?? v?.selected_user ?? null;
    if (value !== null) values[block] = value;
  }
  return values;
}
