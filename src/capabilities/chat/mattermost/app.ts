import type { Log } from "../../../log.js";
import type { ChatReply } from "../adapter.js";
import type { ChatService } from "../service.js";
import type { ChatStore } from "../store.js";
import { MattermostAdapter } from "./adapter.js";
import { MattermostListener, postInput } from "./listener.js";
import { ContextSigner } from "./render.js";

export type MattermostConfig = {
  url: string;
  botToken: string;
  team: string;
  /** The slash command's token: requests from Mattermost carry it, and it signs buttons and dialogs. */
  commandToken: string;
  /** Muster's address as Mattermost reaches it (MUSTER_PUBLIC_URL), for buttons and dialogs. */
  publicUrl: string;
};

/** How far back a catch-up looks for channels (incidents older than this are long over). */
const CATCH_UP_DAYS = 30;

/** The Mattermost app: its adapter, the WebSocket listener for posts, and the signer for buttons. */
export class MattermostApp {
  readonly adapter: MattermostAdapter;
  readonly signer: ContextSigner;
  private listener: MattermostListener | null = null;
  private service: ChatService | null = null;
  private self = "";

  constructor(
    readonly config: MattermostConfig,
    private readonly store: ChatStore,
    private readonly log: Log,
  ) {
    this.signer = new ContextSigner(config.commandToken);
    this.adapter = new MattermostAdapter(
      {
        url: config.url,
        botToken: config.botToken,
        team: config.team,
        actionsUrl: `${config.publicUrl}/integrations/mattermost/actions`,
        dialogsUrl: `${config.publicUrl}/integrations/mattermost/dialogs`,
      },
      this.signer,
    );
  }

  /** Hands what people do in Mattermost to the chat service. */
  listen(service: ChatService): void {
    this.service = service;
  }

  /** The chat service (for the HTTP routes). */
  get chat(): ChatService {
    if (!this.service) throw new Error("The Mattermost app has no chat service.");
    return this.service;
  }

  /** True while the WebSocket is connected. */
  get connected(): boolean {
    return this.listener?.open ?? false;
  }

  /** Learns the bot's own id (its posts are not recorded) and follows posts. */
  async start(): Promise<void> {
    this.self = (await this.adapter.client.getMe()).id;
    this.listener = new MattermostListener(
      this.config.url,
      this.config.botToken,
      {
        onPost: async (post, edited) => {
          const input = postInput(post, edited, this.self);
          if (input) await this.answer(await this.chat.handle(input), input.channel, input.user);
        },
        catchUp: (since) => this.catchUp(since),
      },
      this.log,
    );
    // Posts made while Muster was down: from a minute before the last one it recorded (clocks differ).
    const last = await this.store.lastHandled("mattermost");
    this.listener.start(last ? last.getTime() - 60_000 : null);
  }

  async stop(): Promise<void> {
    await this.listener?.stop();
  }

  /** Reads back what was posted in incident channels since `since` (each post is recorded once). */
  private async catchUp(since: number): Promise<void> {
    const channels = await this.store.channelsSince(
      "mattermost",
      new Date(Date.now() - CATCH_UP_DAYS * 86_400_000),
    );
    for (const channel of channels) {
      const list = await this.adapter.client.getPostsSince(channel.channelId, since);
      const posts = Object.values(list.posts).sort((a, b) => a.create_at - b.create_at);
      for (const post of posts) {
        const inputs = [
          postInput(post, false, this.self),
          post.edit_at > 0 ? postInput(post, true, this.self) : null,
        ];
        for (const input of inputs) {
          if (input) await this.answer(await this.chat.handle(input), input.channel, input.user);
        }
      }
    }
  }

  /** Whispers a reply where someone acted (best effort: what they did is recorded). */
  async answer(reply: ChatReply, channel: string, user: string): Promise<void> {
    if (reply.kind !== "whisper" || channel === "") return;
    try {
      await this.adapter.whisper(channel, user, reply.message);
    } catch (error) {
      this.log.warn({ err: error }, "mattermost: could not answer privately");
    }
  }
}
