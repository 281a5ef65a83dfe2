import type { Consumer } from "../../app/consumers.js";
import type { Muster } from "../../app/muster.js";
import type { EventEnvelope, StatusDoc } from "../../domain/index.js";
import { DomainError } from "../../domain/index.js";
import type { Log } from "../../log.js";
import type { ReadStore } from "../../storage/read-store.js";
import type { ChatAdapter } from "./adapter.js";
import { ChannelNameTaken } from "./adapter.js";
import { CHAT_SYSTEM } from "./domain/index.js";
import type { NameOf } from "./domain/render.js";
import { announce, channelName, docMessage, topicOf } from "./domain/render.js";
import type { ChatPeople } from "./people.js";
import type { ChatChannel, ChatStore } from "./store.js";

export type ChatConsumerDeps = {
  adapter: ChatAdapter;
  store: ChatStore;
  people: ChatPeople;
  reads: ReadStore;
  muster: Muster;
  clock: () => Date;
  log: Log;
  roomUrl: (doc: StatusDoc) => string | null;
};

const SYSTEM = { handle: CHAT_SYSTEM, isAdmin: true };
/** Events that bring someone into the response: they are invited to the channel. */
const JOINING = new Set(["responder.checked-in", "role.filled", "transfer.offered", "transfer.accepted"]);

/**
 * Keeps each incident's chat channel in step with the record: opens it when the incident is
 * declared (inviting the IC and the declarer, pinning the status doc), announces what the
 * channel should hear, and keeps the topic and the pinned doc current. Incidents declared
 * before the app was set up get no channel. At-least-once: a crash between a post and the
 * checkpoint posts it again, but a channel is never opened twice.
 */
export function chatConsumer(deps: ChatConsumerDeps): Consumer {
  const provider = deps.adapter.provider;
  return {
    name: `chat-${provider}`,
    async handle(incidentId, events) {
      const found = await deps.reads.findVisible(incidentId, SYSTEM);
      if (!found) return;
      const doc = found.doc;
      let channel = await deps.store.channelOf(provider, incidentId);
      const declared = events.find((e) => e.type === "incident.declared");
      if (!channel && !declared) return;
      const nameOf = await deps.people.names();
      if (!channel) channel = await open(deps, doc, declared, nameOf);
      for (const e of events) {
        if (e.type === "incident.declared") continue;
        const message = announce(e, doc, nameOf, provider);
        if (message) await deps.adapter.post(channel.channelId, message);
        if (JOINING.has(e.type)) await invite(deps, channel.channelId, joiner(e));
      }
      await refresh(deps, channel, doc, nameOf);
    },
  };
}

/** Opens the incident's channel (a taken name gets a suffix), records it, and says why it is there. */
async function open(
  deps: ChatConsumerDeps,
  doc: StatusDoc,
  declared: EventEnvelope | undefined,
  nameOf: NameOf,
): Promise<ChatChannel> {
  const provider = deps.adapter.provider;
  const isPrivate = doc.visibility === "restricted";
  let created = null;
  for (let attempt = 0; created === null; attempt++) {
    try {
      created = await deps.adapter.createChannel(channelName(doc, attempt), { private: isPrivate });
    } catch (error) {
      if (!(error instanceof ChannelNameTaken) || attempt >= 9) throw error;
    }
  }
  const channel: ChatChannel = {
    incidentId: doc.id,
    channelId: created.id,
    name: created.name,
    url: created.url,
    docMessageId: null,
    docText: null,
    topic: null,
  };
  // Recorded before anything else, so a retry carries on in this channel rather than opening another.
  await deps.store.saveChannel(provider, channel, deps.clock());
  await invite(deps, channel.channelId, [doc.declaredBy, ...(doc.commander ? [doc.commander] : [])]);
  if (declared) {
    const message = announce(declared, doc, nameOf, provider);
    if (message) await deps.adapter.post(channel.channelId, message);
  }
  try {
    await deps.muster.execute(SYSTEM, doc.id, {
      type: "open-chat-channel",
      chat: deps.adapter.label,
      name: created.name,
      url: created.url,
    });
  } catch (error) {
    // An incident that ended meanwhile keeps its links as they were; the channel still works.
    if (!(error instanceof DomainError)) throw error;
    deps.log.warn({ incidentId: doc.id, code: error.code }, "chat: channel not added to the links");
  }
  return channel;
}

/** Sets the topic and rewrites the pinned doc when what they show changed. */
async function refresh(
  deps: ChatConsumerDeps,
  channel: ChatChannel,
  doc: StatusDoc,
  nameOf: NameOf,
): Promise<void> {
  const provider = deps.adapter.provider;
  const topic = topicOf(doc, nameOf);
  if (topic !== channel.topic) {
    await deps.adapter.setTopic(channel.channelId, topic);
    await deps.store.noteShown(provider, doc.id, { topic });
  }
  const message = docMessage(doc, nameOf, deps.roomUrl(doc));
  const text = JSON.stringify(message);
  if (channel.docMessageId === null) {
    const id = await deps.adapter.post(channel.channelId, message);
    await deps.store.noteShown(provider, doc.id, { docMessageId: id, docText: text });
    await deps.adapter.pin(channel.channelId, id);
  } else if (text !== channel.docText) {
    await deps.adapter.update(channel.channelId, channel.docMessageId, message);
    await deps.store.noteShown(provider, doc.id, { docText: text });
  }
}

function joiner(e: EventEnvelope): string[] {
  switch (e.type) {
    case "responder.checked-in":
    case "role.filled":
      return [e.data.person];
    case "transfer.offered":
    case "transfer.accepted":
      return [e.data.to];
    default:
      return [];
  }
}

async function invite(deps: ChatConsumerDeps, channel: string, handles: string[]): Promise<void> {
  const users: string[] = [];
  for (const handle of new Set(handles)) {
    const external = await deps.people.externalOf(handle);
    if (external) users.push(external);
  }
  if (users.length > 0) await deps.adapter.invite(channel, users);
}
