import type { Consumer } from "../../app/consumers.js";
import type { Muster } from "../../app/muster.js";
import type { Log } from "../../log.js";
import type { ReadStore } from "../../storage/read-store.js";
import type { UserStore } from "../../storage/users.js";
import type { ChatAdapter } from "./adapter.js";
import { chatConsumer } from "./consumer.js";
import { ChatPeople } from "./people.js";
import { ChatService } from "./service.js";
import type { ChatStore } from "./store.js";

export type ChatDeps = {
  store: ChatStore;
  users: UserStore;
  muster: Muster;
  reads: ReadStore;
  clock: () => Date;
  log: Log;
  publicUrl: string | undefined;
};

/** One platform's chat: the service its inputs go to and the consumer that keeps its channels. */
export function chatFor(adapter: ChatAdapter, deps: ChatDeps): { service: ChatService; consumer: Consumer } {
  const people = new ChatPeople(adapter, deps.store, deps.users, deps.clock, deps.log);
  const service = new ChatService(adapter, { ...deps, people });
  const consumer = chatConsumer({ ...deps, adapter, people, roomUrl: (doc) => service.roomUrl(doc) });
  return { service, consumer };
}
