import type { Logger } from "@slack/bolt";
import { App, LogLevel } from "@slack/bolt";
import type { Log } from "../../../log.js";
import type { ChatInput, ChatReply } from "../adapter.js";
import type { ChatService } from "../service.js";
import { SlackAdapter } from "./adapter.js";
import { messageBlocks, submittedValues } from "./blocks.js";
import { HttpReceiver, SocketReceiver } from "./receivers.js";

export type SlackConfig = {
  botToken: string;
  /** HTTP mode: Slack posts to /integrations/slack/…, signed with this secret. */
  signingSecret: string | undefined;
  /** Socket Mode: Muster dials out to Slack (no inbound URL); takes precedence over HTTP mode. */
  appToken: string | undefined;
  apiUrl: string;
  command: string;
};

/** The Web API client's options: a loopback Slack in tests, bounded waits and retries. */
export function clientOptions(config: SlackConfig): {
  slackApiUrl: string;
  timeout: number;
  retryConfig: { retries: number };
} {
  return {
    slackApiUrl: config.apiUrl.endsWith("/") ? config.apiUrl : `${config.apiUrl}/`,
    timeout: 10_000,
    retryConfig: { retries: 2 },
  };
}

/** Bolt's logger interface over Muster's pino logger. */
function boltLogger(log: Log): Logger {
  return {
    debug: (...msg: unknown[]) => {
      log.debug({ slack: msg }, "slack");
    },
    info: (...msg: unknown[]) => {
      log.info({ slack: msg }, "slack");
    },
    warn: (...msg: unknown[]) => {
      log.warn({ slack: msg }, "slack");
    },
    error: (...msg: unknown[]) => {
      log.error({ slack: msg }, "slack");
    },
    setLevel: () => undefined,
    getLevel: () => LogLevel.INFO,
    setName: () => undefined,
  };
}

type MessageEvent = {
  subtype?: string;
  user?: string;
  bot_id?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
  channel: string;
  message?: { user?: string; bot_id?: string; text?: string; ts: string; thread_ts?: string };
};

function textOf(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/** A channel message as Muster reads it; null for what it ignores (bots, joins, deletions). */
function messageInput(event: MessageEvent, key: string): ChatInput | null {
  const edited = event.subtype === "message_changed" ? event.message : undefined;
  const m = edited ?? event;
  const ordinary =
    event.subtype === undefined ||
    ["thread_broadcast", "file_share", "message_changed"].includes(event.subtype);
  if (!ordinary || m.bot_id !== undefined || m.user === undefined || !m.text) return null;
  return {
    kind: "message",
    key,
    user: m.user,
    channel: event.channel,
    text: m.text,
    id: edited ? `${m.ts}@${event.ts}` : m.ts,
    thread: m.thread_ts && m.thread_ts !== m.ts ? m.thread_ts : null,
    edits: edited ? m.ts : null,
  };
}

/** The Slack app: Bolt's listeners turn Slack's payloads into `ChatInput`s for the chat service. */
export class SlackApp {
  readonly app: App;
  readonly adapter: SlackAdapter;
  readonly receiver: HttpReceiver | null;

  constructor(
    private readonly config: SlackConfig,
    private readonly log: Log,
  ) {
    const options = clientOptions(config);
    const logger = boltLogger(log);
    const http = new HttpReceiver();
    this.receiver = config.appToken ? null : http;
    const receiver = config.appToken ? new SocketReceiver(config.appToken, options, logger, log) : http;
    this.app = new App({ token: config.botToken, receiver, logger, clientOptions: options });
    this.adapter = new SlackAdapter(this.app.client);
  }

  /** Hands what people do in Slack to the chat service. */
  listen(chat: ChatService): void {
    this.app.command(this.config.command, async ({ command, ack }) => {
      const reply = await chat.handle({
        kind: "command",
        user: command.user_id,
        channel: command.channel_id,
        text: command.text,
        trigger: command.trigger_id,
      });
      await ack(
        reply.kind === "whisper"
          ? { response_type: "ephemeral", ...messageBlocks(reply.message) }
          : undefined,
      );
    });
    this.app.event("message", async ({ event, body }) => {
      const input = messageInput(
        event as unknown as MessageEvent,
        textOf((body as { event_id?: unknown }).event_id),
      );
      if (input) await this.answer(await chat.handle(input), input.channel, input.user);
    });
    this.app.action(/^muster:/, async ({ ack, body, action }) => {
      const b = body as {
        user: { id: string };
        channel?: { id: string };
        container?: { channel_id?: string };
      };
      const a = action as { action_id: string; value?: string };
      const channel = b.channel?.id ?? b.container?.channel_id ?? "";
      const kind = a.action_id.slice("muster:".length);
      if (kind !== "check-in" && kind !== "accept-transfer") return ack();
      const reply = await chat.handle({
        kind: "action",
        action: kind,
        value: a.value ?? "",
        user: b.user.id,
        channel,
      });
      await ack();
      await this.answer(reply, channel, b.user.id);
    });
    this.app.view(/^muster:/, async ({ ack, body, view }) => {
      const form = view.callback_id.slice("muster:".length);
      if (form !== "declare" && form !== "can" && form !== "handover") return ack();
      const meta = JSON.parse(view.private_metadata || "{}") as { context?: string; channel?: string };
      const channel = meta.channel ?? "";
      const reply = await chat.handle({
        kind: "form",
        form,
        context: meta.context ?? "",
        values: submittedValues(view.state.values),
        user: body.user.id,
        channel,
      });
      if (reply.kind === "form-errors") {
        const blocks = view.blocks.map((b) => b.block_id ?? "");
        const errors = Object.fromEntries(
          Object.entries(reply.errors).map(([field, text]) => [
            blocks.includes(field) ? field : (blocks[0] ?? field),
            text,
          ]),
        );
        return ack({ response_action: "errors", errors });
      }
      await ack();
      await this.answer(reply, channel, body.user.id);
    });
  }

  /** Whispers a reply to someone where they acted (best effort: the action itself is recorded). */
  private async answer(reply: ChatReply, channel: string, user: string): Promise<void> {
    if (reply.kind !== "whisper" || channel === "") return;
    try {
      await this.adapter.whisper(channel, user, reply.message);
    } catch (error) {
      this.log.warn({ err: error }, "slack: could not answer privately");
    }
  }

  /** Socket Mode: connects to Slack. HTTP mode: nothing to start (Fastify receives). */
  async start(): Promise<void> {
    if (this.config.appToken) await this.app.start();
  }

  async stop(): Promise<void> {
    if (this.config.appToken) await this.app.stop();
  }
}
