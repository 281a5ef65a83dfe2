import mattermost from "@mattermost/client";
import type { ChannelCreated, ChatAdapter, ChatForm, ChatMessage } from "../adapter.js";
import { ChannelNameTaken } from "../adapter.js";
import type { ContextSigner } from "./render.js";
import { dialogOf, postOf } from "./render.js";

// The package is CommonJS in a shape Node's ESM loader cannot see named exports in.
const { Client4, ClientError } = mattermost;

/** Client4 with the one REST call it lacks: opening an interactive dialog. */
class MusterClient4 extends Client4 {
  openDialog(body: Record<string, unknown>): Promise<unknown> {
    return this.doFetch(`${this.getBaseRoute()}/actions/dialogs/open`, {
      method: "post",
      body: JSON.stringify(body),
    });
  }
}

export type MattermostSetup = {
  url: string;
  botToken: string;
  /** The team whose channels incidents get (its name). */
  team: string;
  /** Where Mattermost sends button clicks and dialog submissions (under MUSTER_PUBLIC_URL). */
  actionsUrl: string;
  dialogsUrl: string;
};

function notFound(error: unknown): boolean {
  return error instanceof ClientError && error.status_code === 404;
}

/** Muster in Mattermost, as a bot account through the REST API v4. */
export class MattermostAdapter implements ChatAdapter {
  readonly provider = "mattermost";
  readonly label = "Mattermost";
  readonly client = new MusterClient4();
  private teamId: Promise<string> | null = null;

  constructor(
    private readonly setup: MattermostSetup,
    private readonly signer: ContextSigner,
  ) {
    this.client.setUrl(setup.url);
    this.client.setToken(setup.botToken);
  }

  /** Where Mattermost sends clicks on Muster's buttons. */
  actionsUrl(): string {
    return this.setup.actionsUrl;
  }

  private team(): Promise<string> {
    this.teamId ??= this.client.getTeamByName(this.setup.team).then((t) => t.id);
    this.teamId.catch(() => {
      this.teamId = null;
    });
    return this.teamId;
  }

  async createChannel(name: string, options: { private: boolean }): Promise<ChannelCreated> {
    try {
      const channel = await this.client.createChannel({
        team_id: await this.team(),
        name,
        display_name: name,
        type: options.private ? "P" : "O",
      });
      return {
        id: channel.id,
        name: channel.name,
        url: `${this.setup.url}/${this.setup.team}/channels/${channel.name}`,
      };
    } catch (error) {
      if (
        error instanceof ClientError &&
        error.server_error_id === "store.sql_channel.save_channel.exists.app_error"
      ) {
        throw new ChannelNameTaken(name);
      }
      throw error;
    }
  }

  async invite(channel: string, users: string[]): Promise<void> {
    // Adding someone already in the channel is not an error in Mattermost.
    for (const user of users) await this.client.addToChannel(user, channel);
  }

  async setTopic(channel: string, topic: string): Promise<void> {
    await this.client.patchChannel(channel, { header: topic.slice(0, 1024) });
  }

  async post(channel: string, message: ChatMessage): Promise<string> {
    const post = await this.client.createPost({
      channel_id: channel,
      ...postOf(message, this.setup.actionsUrl, this.signer, null),
    });
    return post.id;
  }

  async update(_channel: string, id: string, message: ChatMessage): Promise<void> {
    await this.client.patchPost({ id, ...postOf(message, this.setup.actionsUrl, this.signer, null) });
  }

  async pin(_channel: string, id: string): Promise<void> {
    await this.client.pinPost(id);
  }

  async whisper(channel: string, user: string, message: ChatMessage): Promise<void> {
    await this.client.createPostEphemeral(user, {
      channel_id: channel,
      ...postOf(message, this.setup.actionsUrl, this.signer, user),
    });
  }

  async openForm(trigger: string, form: ChatForm): Promise<void> {
    await this.client.openDialog({
      trigger_id: trigger,
      ...dialogOf(form, this.setup.dialogsUrl, this.signer),
    });
  }

  async emailOf(user: string): Promise<string | null> {
    const profile = await this.client.getUser(user);
    return profile.email === "" ? null : profile.email;
  }

  async userByEmail(email: string): Promise<string | null> {
    try {
      return (await this.client.getUserByEmail(email)).id;
    } catch (error) {
      if (notFound(error)) return null;
      throw error;
    }
  }

  async userByName(name: string): Promise<string | null> {
    try {
      return (await this.client.getUserByUsername(name)).id;
    } catch (error) {
      if (notFound(error)) return null;
      throw error;
    }
  }
}
