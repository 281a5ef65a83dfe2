import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer } from "ws";
import type { WebSocket } from "ws";

export type SlackCall = { method: string; args: Record<string, unknown> };
type Channel = {
  id: string;
  name: string;
  isPrivate: boolean;
  topic: string;
  members: Set<string>;
  pins: Set<string>;
};
type Message = { ts: string; channel: string; text: string; blocks: unknown[]; user: string };
export type SlackUser = { id: string; name: string; email: string | null };
type OpenedView = {
  id: string;
  view: { callback_id: string; private_metadata: string; title: { text: string }; blocks: Block[] };
};
type Block = { type: string; block_id?: string; element?: { type: string; action_id: string } };

const BOT = { user: "UBOTMUSTER", bot: "BMUSTER" };

/** A Web API argument as text (absent or not text: empty, as Slack reads it). */
function str(value: unknown): string {
  return typeof value === "string" ? value : "";
}
const CHANNEL_NAME = /^[a-z0-9_-]{1,80}$/;

/**
 * A loopback server that answers as Slack's Web API documents for the methods Muster uses
 * (POST /api/<method>, form-encoded or JSON, `Authorization: Bearer <bot token>`, answers
 * `{ ok, … }` with Slack's error codes): auth.test, conversations.create/invite/setTopic,
 * pins.add, chat.postMessage/update/postEphemeral, views.open, users.info, users.lookupByEmail.
 * It records every call, keeps channels, members, messages and pins, and issues trigger ids
 * (valid once, as Slack's are) for the slash commands and clicks the tests send.
 */
export class FakeSlack {
  readonly calls: SlackCall[] = [];
  readonly channels = new Map<string, Channel>();
  readonly messages: Message[] = [];
  readonly ephemeral: { channel: string; user: string; text: string; blocks: unknown[] }[] = [];
  readonly views: OpenedView[] = [];
  private readonly users = new Map<string, SlackUser>();
  private readonly triggers = new Set<string>();
  private server: Server | null = null;
  private sockets: WebSocketServer | null = null;
  private socket: WebSocket | null = null;
  private readonly acks = new Map<string, (payload: unknown) => void>();
  private clock = 1_700_000_000;
  url = "";

  /** `appToken`: Socket Mode's app-level token, which alone may call apps.connections.open. */
  constructor(
    readonly token: string,
    readonly appToken: string | null = null,
  ) {}

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.serve(req, res));
    this.sockets = new WebSocketServer({ server: this.server, path: "/link" });
    this.sockets.on("connection", (socket) => {
      this.socket = socket;
      socket.on("message", (data: Buffer) => {
        const reply = JSON.parse(data.toString("utf8")) as { envelope_id?: string; payload?: unknown };
        if (reply.envelope_id) this.acks.get(reply.envelope_id)?.(reply.payload ?? null);
      });
      socket.send(
        JSON.stringify({
          type: "hello",
          num_connections: 1,
          debug_info: { host: "applink-fake", approximate_connection_time: 18060 },
          connection_info: { app_id: "A0MUSTER" },
        }),
      );
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${String((this.server.address() as AddressInfo).port)}/api/`;
  }

  async stop(): Promise<void> {
    for (const client of this.sockets?.clients ?? []) client.terminate();
    this.sockets?.close();
    await new Promise<void>((resolve) =>
      this.server?.close(() => {
        resolve();
      }),
    );
  }

  /** True once an app has connected over Socket Mode and been greeted. */
  get connected(): boolean {
    return this.socket !== null;
  }

  /**
   * Sends a Socket Mode envelope (`slash_commands`, `events_api`, `interactive`) and resolves with
   * the payload the app acknowledges it with (null for a bare acknowledgement).
   */
  async envelope(type: string, payload: unknown, ms = 10_000): Promise<unknown> {
    const socket = this.socket;
    if (!socket) throw new Error("no Socket Mode connection");
    const id = randomBytes(16).toString("hex");
    const acked = new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`envelope ${type} not acknowledged`));
      }, ms);
      this.acks.set(id, (p) => {
        clearTimeout(timer);
        resolve(p);
      });
    });
    socket.send(
      JSON.stringify({
        envelope_id: id,
        type,
        payload,
        accepts_response_payload: type !== "events_api",
        retry_attempt: 0,
        retry_reason: "",
      }),
    );
    return acked;
  }

  private readonly failures = new Map<string, string[]>();

  /** Answers the next calls of `method` with these Slack errors (`ratelimited`, `fatal_error`…). */
  failNext(method: string, ...errors: string[]): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), ...errors]);
  }

  addUser(user: SlackUser): void {
    this.users.set(user.id, user);
  }

  /** A new trigger id, as Slack attaches to a slash command or a click. */
  trigger(): string {
    const id = `${String(Date.now())}.${randomBytes(6).toString("hex")}`;
    this.triggers.add(id);
    return id;
  }

  /** Someone joins a channel by themselves (Slack would send channel_join). */
  join(channel: string, user: string): void {
    this.channels.get(channel)?.members.add(user);
  }

  channelNamed(name: string): Channel | undefined {
    return [...this.channels.values()].find((c) => c.name === name);
  }

  callsOf(method: string): Record<string, unknown>[] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  private ts(): string {
    this.clock += 1;
    return `${String(this.clock)}.${randomBytes(3).readUIntBE(0, 3).toString().padStart(6, "0").slice(0, 6)}`;
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const method = (req.url ?? "").replace(/^\/api\//, "").split("?")[0] ?? "";
    const args = (req.headers["content-type"] ?? "").startsWith("application/json")
      ? (JSON.parse(raw || "{}") as Record<string, unknown>)
      : Object.fromEntries(new URLSearchParams(raw));
    this.calls.push({ method, args });
    const bearer = req.headers.authorization ?? "";
    const answer =
      method === "apps.connections.open"
        ? bearer === `Bearer ${this.appToken ?? ""}`
          ? {
              url: `${this.url.replace(/^http/, "ws").replace(/\/api\/$/, "")}/link?ticket=${randomBytes(8).toString("hex")}`,
            }
          : { error: "invalid_auth" }
        : bearer === `Bearer ${this.token}`
          ? this.answer(method, args)
          : { error: "invalid_auth" };
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify("error" in answer ? { ok: false, ...answer } : { ok: true, ...answer }));
  }

  private answer(method: string, a: Record<string, unknown>): Record<string, unknown> {
    const failure = this.failures.get(method)?.shift();
    if (failure !== undefined) return { error: failure };
    const channel = typeof a.channel === "string" ? this.channels.get(a.channel) : undefined;
    switch (method) {
      case "auth.test":
        return {
          url: "https://muster-test.slack.com/",
          team: "Muster Test",
          user: "muster",
          team_id: "T0001",
          user_id: BOT.user,
          bot_id: BOT.bot,
        };
      case "conversations.create":
        return this.create(a);
      case "conversations.invite": {
        if (!channel) return { error: "channel_not_found" };
        const ids = str(a.users).split(",").filter(Boolean);
        if (ids.length === 0) return { error: "no_user" };
        if (ids.some((id) => !this.users.has(id))) return { error: "user_not_found" };
        if (ids.every((id) => channel.members.has(id))) return { error: "already_in_channel" };
        for (const id of ids) channel.members.add(id);
        return { channel: { id: channel.id, name: channel.name } };
      }
      case "conversations.setTopic": {
        if (!channel) return { error: "channel_not_found" };
        const topic = str(a.topic);
        if (topic.length > 250) return { error: "too_long" };
        channel.topic = topic;
        return { channel: { id: channel.id, topic: { value: topic } } };
      }
      case "chat.postMessage":
        return this.post(channel, a);
      case "chat.update": {
        const message = this.messages.find((m) => m.channel === a.channel && m.ts === a.ts);
        if (!channel) return { error: "channel_not_found" };
        if (!message) return { error: "message_not_found" };
        const blocks = this.blocks(a.blocks);
        if (blocks === null) return { error: "invalid_blocks" };
        message.text = str(a.text);
        message.blocks = blocks;
        return { channel: channel.id, ts: message.ts, text: message.text };
      }
      case "chat.postEphemeral": {
        if (!channel) return { error: "channel_not_found" };
        if (!channel.members.has(str(a.user))) return { error: "user_not_in_channel" };
        const blocks = this.blocks(a.blocks);
        if (blocks === null) return { error: "invalid_blocks" };
        if (!a.text && blocks.length === 0) return { error: "no_text" };
        this.ephemeral.push({
          channel: channel.id,
          user: str(a.user),
          text: str(a.text),
          blocks,
        });
        return { message_ts: this.ts() };
      }
      case "pins.add": {
        if (!channel) return { error: "channel_not_found" };
        if (!this.messages.some((m) => m.channel === channel.id && m.ts === a.timestamp)) {
          return { error: "message_not_found" };
        }
        if (channel.pins.has(str(a.timestamp))) return { error: "already_pinned" };
        channel.pins.add(str(a.timestamp));
        return {};
      }
      case "views.open":
        return this.open(a);
      case "users.info": {
        const user = this.users.get(str(a.user));
        return user ? { user: this.userOut(user) } : { error: "user_not_found" };
      }
      case "users.lookupByEmail": {
        const user = [...this.users.values()].find((u) => u.email !== null && u.email === a.email);
        return user ? { user: this.userOut(user) } : { error: "users_not_found" };
      }
      default:
        return { error: "unknown_method" };
    }
  }

  private create(a: Record<string, unknown>): Record<string, unknown> {
    const name = str(a.name);
    if (!CHANNEL_NAME.test(name)) return { error: "invalid_name_specials" };
    if (this.channelNamed(name)) return { error: "name_taken" };
    const id = `C${randomBytes(5).toString("hex").toUpperCase()}`;
    const isPrivate = a.is_private === true || a.is_private === "true";
    this.channels.set(id, { id, name, isPrivate, topic: "", members: new Set([BOT.user]), pins: new Set() });
    return {
      channel: {
        id,
        name,
        is_channel: !isPrivate,
        is_group: isPrivate,
        is_private: isPrivate,
        created: this.clock,
      },
    };
  }

  private post(channel: Channel | undefined, a: Record<string, unknown>): Record<string, unknown> {
    if (!channel) return { error: "channel_not_found" };
    if (!channel.members.has(BOT.user)) return { error: "not_in_channel" };
    const blocks = this.blocks(a.blocks);
    if (blocks === null) return { error: "invalid_blocks" };
    if (!a.text && blocks.length === 0) return { error: "no_text" };
    const message = {
      ts: this.ts(),
      channel: channel.id,
      text: str(a.text),
      blocks,
      user: BOT.user,
    };
    this.messages.push(message);
    return {
      channel: channel.id,
      ts: message.ts,
      message: { text: message.text, user: BOT.user, bot_id: BOT.bot, ts: message.ts },
    };
  }

  private open(a: Record<string, unknown>): Record<string, unknown> {
    const trigger = str(a.trigger_id);
    if (!this.triggers.delete(trigger)) return { error: "invalid_trigger_id" };
    const view = (typeof a.view === "string" ? JSON.parse(a.view) : a.view) as OpenedView["view"];
    if (view.title.text.length > 24 || view.blocks.length > 100 || !view.callback_id) {
      return { error: "invalid_arguments" };
    }
    const opened = { id: `V${randomBytes(5).toString("hex").toUpperCase()}`, view };
    this.views.push(opened);
    return { view: { id: opened.id, ...view } };
  }

  /** `blocks` as the Web API takes them (a JSON array, at most 50); null when invalid. */
  private blocks(value: unknown): unknown[] | null {
    if (value === undefined) return [];
    try {
      const blocks: unknown = typeof value === "string" ? JSON.parse(value) : value;
      return Array.isArray(blocks) && blocks.length <= 50 ? blocks : null;
    } catch {
      return null;
    }
  }

  private userOut(u: SlackUser): Record<string, unknown> {
    return {
      id: u.id,
      team_id: "T0001",
      name: u.name,
      real_name: u.name,
      is_bot: false,
      profile: { real_name: u.name, display_name: u.name, ...(u.email ? { email: u.email } : {}) },
    };
  }

  /** The body Slack posts when someone submits an opened modal, with values by block id. */
  submission(viewId: string, user: string, values: Record<string, string>): Record<string, unknown> {
    const opened = this.views.find((v) => v.id === viewId);
    if (!opened) throw new Error(`no view ${viewId}`);
    const state: Record<string, Record<string, unknown>> = {};
    for (const block of opened.view.blocks) {
      if (block.type !== "input" || !block.block_id || !block.element) continue;
      const v = values[block.block_id];
      const type = block.element.type;
      state[block.block_id] = {
        [block.element.action_id]:
          type === "static_select"
            ? {
                type,
                selected_option: v === undefined ? null : { text: { type: "plain_text", text: v }, value: v },
              }
            : type === "users_select"
              ? { type, selected_user: v ?? null }
              : { type, value: v ?? null },
      };
    }
    return {
      type: "view_submission",
      team: { id: "T0001", domain: "muster-test" },
      user: {
        id: user,
        username: this.users.get(user)?.name ?? user,
        name: this.users.get(user)?.name ?? user,
        team_id: "T0001",
      },
      api_app_id: "A0MUSTER",
      token: "verification-token",
      trigger_id: this.trigger(),
      view: {
        id: opened.id,
        team_id: "T0001",
        type: "modal",
        ...opened.view,
        state: { values: state },
        hash: "1.abc",
        app_id: "A0MUSTER",
        bot_id: BOT.bot,
      },
      response_urls: [],
      is_enterprise_install: false,
    };
  }
}

export const SLACK_BOT = BOT;
