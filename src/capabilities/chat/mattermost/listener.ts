import type { Post } from "@mattermost/types/posts";
import WebSocket from "ws";
import type { Log } from "../../../log.js";
import type { ChatInput } from "../adapter.js";

const MAX_BACKOFF_MS = 30_000;

/** A post as a channel message Muster records; null for what it ignores (its own, bots, system posts). */
export function postInput(
  post: Post,
  edited: boolean,
  self: string,
): Extract<ChatInput, { kind: "message" }> | null {
  const fromBot = post.props.from_bot === "true" || post.props.from_webhook === "true";
  if (post.user_id === self || post.type !== "" || fromBot || post.message.trim() === "") return null;
  return {
    kind: "message",
    key: edited ? `edit:${post.id}:${String(post.edit_at)}` : `post:${post.id}`,
    user: post.user_id,
    channel: post.channel_id,
    text: post.message,
    id: edited ? `${post.id}@${String(post.edit_at)}` : post.id,
    thread: post.root_id === "" ? null : post.root_id,
    edits: edited ? post.id : null,
  };
}

export type ListenerHooks = {
  /** Handles one post, in order; throws to have it caught up later. */
  onPost: (post: Post, edited: boolean) => Promise<void>;
  /** Reads what was posted since a time (after a reconnection or a failure) and handles it. */
  catchUp: (since: number) => Promise<void>;
};

/**
 * Follows Mattermost's WebSocket API (`/api/v4/websocket`, authenticated with the bot's token)
 * for posts and edits, reconnecting with backoff. Posts are not acknowledged to Mattermost, so
 * whatever was missed (a reconnection, a post that could not be recorded) is read back through
 * the REST API from the last time all was well. (Mattermost's own WebSocketClient is written for
 * browsers: it relies on `CloseEvent` and logs to the console.)
 */
export class MattermostListener {
  private socket: WebSocket | null = null;
  private stopped = true;
  private attempts = 0;
  private chain: Promise<void> = Promise.resolve();
  /** Posts before this were all recorded; after a gap, catch-up starts here. */
  private safeUntil = Date.now();
  private gap = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly url: string,
    private readonly token: string,
    private readonly hooks: ListenerHooks,
    private readonly log: Log,
  ) {}

  /**
   * Connects (and keeps reconnecting until `stop`); with `since`, first reads back what was posted
   * after it (Muster was not running, so nothing was followed).
   */
  start(since: number | null = null): void {
    if (since !== null) {
      this.safeUntil = since;
      this.gap = true;
    }
    this.stopped = false;
    this.connect();
  }

  /** Resolves once the socket is authenticated (tests wait for it). */
  get open(): boolean {
    return this.socket?.readyState === WebSocket.OPEN;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    this.socket?.terminate();
    await this.chain;
  }

  private connect(): void {
    const socket = new WebSocket(`${this.url.replace(/^http/, "ws")}/api/v4/websocket`);
    this.socket = socket;
    socket.on("open", () => {
      socket.send(
        JSON.stringify({ seq: 1, action: "authentication_challenge", data: { token: this.token } }),
      );
      if (this.attempts > 0) this.gap = true;
      this.attempts = 0;
      this.enqueue(null);
    });
    socket.on("message", (data: Buffer) => {
      this.receive(data.toString("utf8"));
    });
    socket.on("error", (error) => {
      this.log.warn({ err: error }, "mattermost: websocket error");
    });
    socket.on("close", () => {
      if (this.stopped) return;
      this.attempts += 1;
      const wait = Math.min(MAX_BACKOFF_MS, 250 * 2 ** Math.min(this.attempts, 7));
      this.retry = setTimeout(() => {
        this.retry = null;
        this.connect();
      }, wait);
    });
  }

  private receive(text: string): void {
    let msg: { event?: string; data?: { post?: string } };
    try {
      msg = JSON.parse(text) as typeof msg;
    } catch {
      return;
    }
    if ((msg.event !== "posted" && msg.event !== "post_edited") || typeof msg.data?.post !== "string") return;
    try {
      this.enqueue({ post: JSON.parse(msg.data.post) as Post, edited: msg.event === "post_edited" });
    } catch {
      this.log.warn("mattermost: a post event that is not JSON was ignored");
    }
  }

  /** Handles posts one at a time; a gap (reconnection, failure) is caught up first. */
  private enqueue(item: { post: Post; edited: boolean } | null): void {
    this.chain = this.chain.then(async () => {
      try {
        if (this.gap) {
          await this.hooks.catchUp(this.safeUntil - 1000);
          this.gap = false;
        }
        if (item) {
          await this.hooks.onPost(item.post, item.edited);
          if (!this.gap) this.safeUntil = Math.max(this.safeUntil, item.post.edit_at || item.post.create_at);
        }
      } catch (error) {
        this.log.warn({ err: error }, "mattermost: a post could not be recorded; it will be read back");
        this.gap = true;
        this.scheduleCatchUp();
      }
    });
  }

  private scheduleCatchUp(): void {
    if (this.stopped || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      this.enqueue(null);
    }, 2000);
  }
}
