import type { webApi } from "@slack/bolt";
import type { ChannelCreated, ChatAdapter, ChatForm, ChatMessage } from "../adapter.js";
import { ChannelNameTaken } from "../adapter.js";
import { formView, messageBlocks } from "./blocks.js";

type WebClient = webApi.WebClient;

/** The error code of a Slack Web API refusal (`{ ok: false, error }`), or null for other failures. */
export function slackError(error: unknown): string | null {
  if (typeof error !== "object" || error === null || !("data" in error)) return null;
  const data = error.data;
  if (typeof data !== "object" || data === null || !("error" in data)) return null;
  const code = data.error;
  return typeof code === "string" ? code : null;
}

async function ignoring(codes: string[], call: () => Promise<unknown>): Promise<void> {
  try {
    await call();
  } catch (error) {
    const code = slackError(error);
    if (code === null || !codes.includes(code)) throw error;
  }
}

/** Muster in Slack, through the Web API methods the app manifest grants. */
export class SlackAdapter implements ChatAdapter {
  readonly provider = "slack";
  readonly label = "Slack";

  constructor(private readonly client: WebClient) {}

  async createChannel(name: string, options: { private: boolean }): Promise<ChannelCreated> {
    try {
      const result = await this.client.conversations.create({ name, is_private: options.private });
      const id = result.channel?.id ?? "";
      return { id, name: result.channel?.name ?? name, url: `https://slack.com/app_redirect?channel=${id}` };
    } catch (error) {
      if (slackError(error) === "name_taken") throw new ChannelNameTaken(name);
      throw error;
    }
  }

  async invite(channel: string, users: string[]): Promise<void> {
    // Inviting one at a time: a single deactivated or already-present user fails the whole call.
    for (const user of users) {
      await ignoring(
        ["already_in_channel", "cant_invite_self", "user_is_deactivated", "user_not_found"],
        () => this.client.conversations.invite({ channel, users: user }),
      );
    }
  }

  async setTopic(channel: string, topic: string): Promise<void> {
    await this.client.conversations.setTopic({ channel, topic: topic.slice(0, 250) });
  }

  async post(channel: string, message: ChatMessage): Promise<string> {
    const result = await this.client.chat.postMessage({ channel, ...messageBlocks(message) });
    return result.ts ?? "";
  }

  async update(channel: string, id: string, message: ChatMessage): Promise<void> {
    await this.client.chat.update({ channel, ts: id, ...messageBlocks(message) });
  }

  async pin(channel: string, id: string): Promise<void> {
    await ignoring(["already_pinned"], () => this.client.pins.add({ channel, timestamp: id }));
  }

  async whisper(channel: string, user: string, message: ChatMessage): Promise<void> {
    await this.client.chat.postEphemeral({ channel, user, ...messageBlocks(message) });
  }

  async openForm(trigger: string, form: ChatForm): Promise<void> {
    await this.client.views.open({ trigger_id: trigger, view: formView(form) });
  }

  async emailOf(user: string): Promise<string | null> {
    try {
      const result = await this.client.users.info({ user });
      return result.user?.profile?.email ?? null;
    } catch (error) {
      if (slackError(error) === "user_not_found") return null;
      throw error;
    }
  }

  async userByEmail(email: string): Promise<string | null> {
    try {
      const result = await this.client.users.lookupByEmail({ email });
      return result.user?.id ?? null;
    } catch (error) {
      if (slackError(error) === "users_not_found") return null;
      throw error;
    }
  }
}
