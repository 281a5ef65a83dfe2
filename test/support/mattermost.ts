import { createServer } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer } from "ws";
import type { WebSocket } from "ws";

import type { Dialog, MmChannel, MmPost, MmUser } from "./mattermost-model.js";
import { MM_BOT, TEAM, id26 } from "./mattermost-model.js";

export type { MmPost, MmUser } from "./mattermost-model.js";
export { MM_BOT } from "./mattermost-model.js";

/**
 * A loopback server that answers as Mattermost's REST API v4 does for the calls Muster's bot
 * makes (`Authorization: Bearer <token>`; errors as `{ id, message, status_code }`), with the
 * WebSocket API at /api/v4/websocket (authentication challenge, hello, `posted` and
 * `post_edited` events with the post as a JSON string, sequence numbers). It keeps channels,
 * members, posts, pins, ephemeral posts and opened dialogs, and issues trigger ids.
 */
export class FakeMattermost {
  readonly channels = new Map<string, MmChannel>();
  readonly posts: MmPost[] = [];
  readonly ephemeral: {
    user_id: string;
    post: { channel_id: string; message: string; props?: Record<string, unknown> };
  }[] = [];
  readonly dialogs: Dialog[] = [];
  readonly calls: { method: string; path: string; body: unknown }[] = [];
  private readonly users = new Map<string, MmUser>();
  private readonly triggers = new Set<string>();
  private readonly sockets = new Set<WebSocket>();
  private server: Server | null = null;
  private wss: WebSocketServer | null = null;
  private seq = 0;
  url = "";

  constructor(readonly token: string) {
    this.users.set(MM_BOT, { id: MM_BOT, username: "muster", email: "" });
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.serve(req, res));
    this.wss = new WebSocketServer({ server: this.server, path: "/api/v4/websocket" });
    this.wss.on("connection", (socket) => {
      socket.on("message", (data: Buffer) => {
        const msg = JSON.parse(data.toString("utf8")) as {
          seq: number;
          action: string;
          data?: { token?: string };
        };
        if (msg.action !== "authentication_challenge") return;
        if (msg.data?.token !== this.token) {
          socket.send(
            JSON.stringify({
              status: "FAIL",
              seq_reply: msg.seq,
              error: { id: "api.web_socket_router.not_authenticated.app_error" },
            }),
          );
          socket.close();
          return;
        }
        this.sockets.add(socket);
        socket.send(JSON.stringify({ status: "OK", seq_reply: msg.seq }));
        this.emit(socket, "hello", { connection_id: id26(), server_version: "10.5.0" }, {});
      });
      socket.on("close", () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${String((this.server.address() as AddressInfo).port)}`;
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.terminate();
    this.wss?.close();
    await new Promise<void>((resolve) =>
      this.server?.close(() => {
        resolve();
      }),
    );
  }

  /** Drops every WebSocket (the server restarted); what is posted meanwhile is only in the REST API. */
  dropSockets(): void {
    for (const s of this.sockets) s.terminate();
    this.sockets.clear();
  }

  get connections(): number {
    return this.sockets.size;
  }

  addUser(user: MmUser): void {
    this.users.set(user.id, user);
  }

  trigger(): string {
    const t = `${id26()}:${id26()}`;
    this.triggers.add(t);
    return t;
  }

  channelNamed(prefix: string): MmChannel | undefined {
    return [...this.channels.values()].find((c) => c.name.startsWith(prefix));
  }

  postsIn(channel: string): MmPost[] {
    return this.posts.filter((p) => p.channel_id === channel && p.user_id === MM_BOT);
  }

  private emit(
    socket: WebSocket,
    event: string,
    data: Record<string, unknown>,
    broadcast: Record<string, unknown>,
  ): void {
    socket.send(JSON.stringify({ event, data, broadcast, seq: this.seq++ }));
  }

  private broadcast(event: string, post: MmPost): void {
    const data = {
      channel_display_name: post.channel_id,
      channel_name: post.channel_id,
      channel_type: "O",
      post: JSON.stringify(post),
      sender_name: `@${this.users.get(post.user_id)?.username ?? "?"}`,
      team_id: TEAM.id,
    };
    for (const s of this.sockets) {
      this.emit(s, event, data, { omit_users: null, user_id: "", channel_id: post.channel_id, team_id: "" });
    }
  }

  private newPost(user: string, channel: string, message: string, extra: Partial<MmPost> = {}): MmPost {
    const now = Date.now();
    const post: MmPost = {
      id: id26(),
      create_at: now,
      update_at: now,
      edit_at: 0,
      delete_at: 0,
      is_pinned: false,
      user_id: user,
      channel_id: channel,
      root_id: "",
      original_id: "",
      message,
      type: "",
      props: {},
      hashtags: "",
      pending_post_id: "",
      reply_count: 0,
      metadata: {},
      ...extra,
    };
    this.posts.push(post);
    return post;
  }

  /** Someone posts in a channel (broadcast over the WebSocket unless `silently`). */
  say(user: string, channel: string, message: string, extra: Partial<MmPost> = {}, silently = false): MmPost {
    this.channels.get(channel)?.members.add(user);
    const post = this.newPost(user, channel, message, extra);
    if (!silently) this.broadcast("posted", post);
    return post;
  }

  /** Someone edits their post. */
  edit(postId: string, message: string): MmPost {
    const post = this.posts.find((p) => p.id === postId);
    if (!post) throw new Error("no post");
    post.message = message;
    post.edit_at = Date.now() + 1;
    post.update_at = post.edit_at;
    this.broadcast("post_edited", post);
    return post;
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    const url = new URL(req.url ?? "/", "http://x");
    this.calls.push({ method: req.method ?? "", path: url.pathname, body });
    const reply = (status: number, value: unknown): void => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(value));
    };
    const fail = (status: number, id: string, message: string): void => {
      reply(status, { id, message, detailed_error: "", request_id: id26(), status_code: status });
    };
    if (
      !/^bearer /i.test(req.headers.authorization ?? "") ||
      (req.headers.authorization ?? "").slice(7) !== this.token
    ) {
      fail(401, "api.context.session_expired.app_error", "Invalid or expired session, please login again.");
      return;
    }
    const route = `${req.method ?? ""} ${url.pathname}`;
    let m: RegExpExecArray | null;
    if (route === "GET /api/v4/users/me") {
      reply(200, this.userOut(MM_BOT));
      return;
    }
    if ((m = /^GET \/api\/v4\/teams\/name\/([^/]+)$/.exec(route))) {
      if (m[1] === TEAM.name) reply(200, { id: TEAM.id, name: TEAM.name, display_name: "Ops" });
      else fail(404, "app.team.get_by_name.missing.app_error", "Unable to find the existing team.");
      return;
    }
    if (route === "POST /api/v4/channels") {
      const name = String(body.name);
      if (body.team_id !== TEAM.id || !/^[a-z0-9][a-z0-9_-]{0,63}$/.test(name)) {
        fail(400, "model.channel.is_valid.name.app_error", "Invalid channel name.");
        return;
      }
      if (this.channelNamed(name)?.name === name) {
        fail(
          400,
          "store.sql_channel.save_channel.exists.app_error",
          "A channel with that name already exists on the same team.",
        );
        return;
      }
      const channel: MmChannel = {
        id: id26(),
        name,
        type: body.type === "P" ? "P" : "O",
        header: "",
        members: new Set([MM_BOT]),
      };
      this.channels.set(channel.id, channel);
      reply(201, {
        id: channel.id,
        name,
        display_name: body.display_name,
        type: channel.type,
        team_id: TEAM.id,
        header: "",
      });
      return;
    }
    if ((m = /^POST \/api\/v4\/channels\/([a-z0-9]+)\/members$/.exec(route))) {
      const channel = this.channels.get(m[1] ?? "");
      if (!channel) {
        fail(404, "app.channel.get.existing.app_error", "Unable to find the existing channel.");
        return;
      }
      if (!this.users.has(String(body.user_id))) {
        fail(404, "app.user.missing_account.const", "Unable to find the user.");
        return;
      }
      channel.members.add(String(body.user_id));
      reply(201, { channel_id: channel.id, user_id: body.user_id, roles: "channel_user" });
      return;
    }
    if ((m = /^PUT \/api\/v4\/channels\/([a-z0-9]+)\/patch$/.exec(route))) {
      const channel = this.channels.get(m[1] ?? "");
      if (!channel) {
        fail(404, "app.channel.get.existing.app_error", "Unable to find the existing channel.");
        return;
      }
      if (typeof body.header === "string") {
        if (body.header.length > 1024) {
          fail(400, "model.channel.is_valid.header.app_error", "Invalid header.");
          return;
        }
        channel.header = body.header;
      }
      reply(200, { id: channel.id, name: channel.name, header: channel.header });
      return;
    }
    if (route === "POST /api/v4/posts") {
      const channel = this.channels.get(String(body.channel_id));
      if (!channel) {
        fail(403, "api.context.permissions.app_error", "You do not have the appropriate permissions.");
        return;
      }
      if (typeof body.message !== "string" || body.message.length > 16383) {
        fail(400, "model.post.is_valid.msg.app_error", "Invalid message.");
        return;
      }
      const post = this.newPost(MM_BOT, channel.id, body.message, {
        props: (body.props as Record<string, unknown> | undefined) ?? {},
      });
      reply(201, post);
      return;
    }
    if ((m = /^PUT \/api\/v4\/posts\/([a-z0-9]+)\/patch$/.exec(route))) {
      const post = this.posts.find((p) => p.id === m?.[1]);
      if (!post) {
        fail(404, "app.post.get.app_error", "Unable to get the post.");
        return;
      }
      if (typeof body.message === "string") post.message = body.message;
      if (body.props) post.props = body.props as Record<string, unknown>;
      post.edit_at = Date.now();
      reply(200, post);
      return;
    }
    if ((m = /^POST \/api\/v4\/posts\/([a-z0-9]+)\/pin$/.exec(route))) {
      const post = this.posts.find((p) => p.id === m?.[1]);
      if (!post) {
        fail(404, "app.post.get.app_error", "Unable to get the post.");
        return;
      }
      post.is_pinned = true;
      reply(200, { status: "OK" });
      return;
    }
    if (route === "POST /api/v4/posts/ephemeral") {
      const post = body.post as { channel_id: string; message: string; props?: Record<string, unknown> };
      if (!this.channels.has(post.channel_id)) {
        fail(403, "api.context.permissions.app_error", "You do not have the appropriate permissions.");
        return;
      }
      this.ephemeral.push({ user_id: String(body.user_id), post });
      reply(201, { id: id26(), ...post, user_id: MM_BOT });
      return;
    }
    if (route === "POST /api/v4/actions/dialogs/open") {
      if (!this.triggers.delete(String(body.trigger_id))) {
        fail(
          400,
          "interactive_message.decode_trigger_id.expired",
          "Trigger ID for interactive dialog is expired.",
        );
        return;
      }
      this.dialogs.push(body as unknown as Dialog);
      reply(200, { status: "OK" });
      return;
    }
    if ((m = /^GET \/api\/v4\/users\/email\/(.+)$/.exec(route))) {
      const email = decodeURIComponent(m[1] ?? "");
      const user = [...this.users.values()].find((u) => u.email !== "" && u.email === email);
      if (user) reply(200, this.userOut(user.id));
      else fail(404, "app.user.missing_account.const", "Unable to find the user.");
      return;
    }
    if ((m = /^GET \/api\/v4\/users\/username\/(.+)$/.exec(route))) {
      const user = [...this.users.values()].find((u) => u.username === decodeURIComponent(m?.[1] ?? ""));
      if (user) reply(200, this.userOut(user.id));
      else fail(404, "app.user.missing_account.const", "Unable to find the user.");
      return;
    }
    if ((m = /^GET \/api\/v4\/users\/([a-z0-9]{26})$/.exec(route))) {
      if (this.users.has(m[1] ?? "")) reply(200, this.userOut(m[1] ?? ""));
      else fail(404, "app.user.missing_account.const", "Unable to find the user.");
      return;
    }
    if ((m = /^GET \/api\/v4\/channels\/([a-z0-9]+)\/posts$/.exec(route))) {
      const since = Number(url.searchParams.get("since") ?? "0");
      const posts = this.posts.filter(
        (p) => p.channel_id === m?.[1] && Math.max(p.create_at, p.update_at) > since,
      );
      reply(200, {
        order: posts.map((p) => p.id).reverse(),
        posts: Object.fromEntries(posts.map((p) => [p.id, p])),
        next_post_id: "",
        prev_post_id: "",
      });
      return;
    }
    fail(404, "api.context.404.app_error", "Sorry, we could not find the page.");
  }

  private userOut(id: string): Record<string, unknown> {
    const u = this.users.get(id);
    return {
      id,
      username: u?.username ?? "",
      email: u?.email ?? "",
      first_name: "",
      last_name: "",
      nickname: "",
      roles: "system_user",
      is_bot: id === MM_BOT,
    };
  }
}
