import type { Kysely } from "kysely";
import type { Consumer } from "../../app/consumers.js";
import type { Database } from "../../storage/schema.js";
import type { ChatAdapter } from "./adapter.js";
import { chatConsumer } from "./consumer.js";
import type { MattermostConfig } from "./mattermost/app.js";
import { MattermostApp } from "./mattermost/app.js";
import { ChatPeople } from "./people.js";
import type { ChatDeps } from "./service.js";
import { ChatService } from "./service.js";
import type { SlackConfig } from "./slack/app.js";
import { SlackApp } from "./slack/app.js";
import { ChatStore } from "./store.js";

/** One platform's chat: the service its inputs go to and the consumer that keeps its channels. */
export function chatFor(adapter: ChatAdapter, deps: ChatDeps): { service: ChatService; consumer: Consumer } {
  const people = new ChatPeople(adapter, deps.store, deps.users, deps.clock, deps.log);
  const service = new ChatService(adapter, { ...deps, people });
  const consumer = chatConsumer({ ...deps, adapter, people, roomUrl: (doc) => service.roomUrl(doc) });
  return { service, consumer };
}

/** The chat apps a server runs (none, Slack, Mattermost or both), their store and their consumers. */
export type ChatApps = {
  store: ChatStore;
  slack: SlackApp | null;
  mattermost: MattermostApp | null;
  consumers: Consumer[];
  /** Connects what dials out (Socket Mode, Mattermost's WebSocket) and prunes handled events hourly. */
  start: () => Promise<void>;
  stop: () => Promise<void>;
};

/** Builds the configured chat apps. */
export function chatApps(
  config: {
    slack?: SlackConfig | undefined;
    mattermost?: MattermostConfig | undefined;
    publicUrl?: string | undefined;
  },
  deps: Omit<ChatDeps, "store" | "publicUrl"> & { db: Kysely<Database> },
): ChatApps {
  const store = new ChatStore(deps.db);
  const shared: ChatDeps = { ...deps, store, publicUrl: config.publicUrl };
  const slack = config.slack ? new SlackApp(config.slack, deps.log) : null;
  const mattermost = config.mattermost ? new MattermostApp(config.mattermost, store, deps.log) : null;
  const consumers: Consumer[] = [];
  for (const app of [slack, mattermost]) {
    if (!app) continue;
    const chat = chatFor(app.adapter, shared);
    app.listen(chat.service);
    consumers.push(chat.consumer);
  }
  let prune: NodeJS.Timeout | null = null;
  return {
    store,
    slack,
    mattermost,
    consumers,
    start: async () => {
      // Platforms retry an event for minutes; a day of handled keys is plenty.
      prune = setInterval(() => {
        store.prune(new Date(deps.clock().getTime() - 86_400_000)).catch((error: unknown) => {
          deps.log.warn({ err: error }, "chat: handled events could not be pruned");
        });
      }, 3_600_000);
      prune.unref();
      await slack?.start();
      await mattermost?.start();
    },
    stop: async () => {
      if (prune) clearInterval(prune);
      await slack?.stop();
      await mattermost?.stop();
    },
  };
}
