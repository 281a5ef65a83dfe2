import type { CapabilityDomain, CommandContext } from "../../../domain/capability.js";
import { ensure } from "../../../domain/errors.js";
import type { DomainEvent } from "../../../domain/events.js";
import type { IncidentState } from "../../../domain/state.js";
import type { ChatCommand, ChatEvent } from "./model.js";
import { CHAT_EVENT_TYPES, channelLabel } from "./model.js";

export * from "./model.js";

/** The handle chat apps act under when they record something themselves. */
export const CHAT_SYSTEM = "muster";
const MAX_LINKS = 12;

type Domain = CapabilityDomain<ChatCommand, ChatEvent>;

/** Records the channel a chat app opened for the incident; once (a retry records nothing). */
function open(s: IncidentState, cmd: ChatCommand, ctx: CommandContext): DomainEvent[] {
  ensure(
    ctx.actor === CHAT_SYSTEM,
    "NOT_IN_COMMAND",
    "Only Muster's chat apps record the channels they open.",
  );
  if (s.links.some((l) => l.url === cmd.url)) return [];
  return [{ type: "chat.channel-opened", data: { chat: cmd.chat, name: cmd.name, url: cmd.url } }];
}

/**
 * Chat apps (Slack, Mattermost): the channel opened for the incident, which joins its links so the
 * Command Post shows where the response talks.
 */
export const chatDomain = {
  name: "chat",
  eventTypes: CHAT_EVENT_TYPES,
  decide: { "open-chat-channel": open },
  fold: {
    "chat.channel-opened": (s, e) => {
      if (s.links.length < MAX_LINKS && !s.links.some((l) => l.url === e.data.url)) {
        s.links = [...s.links, { label: channelLabel(e.data.chat, e.data.name), url: e.data.url }];
      }
    },
  },
  describe: {
    "chat.channel-opened": (e) => `${e.data.chat} channel #${e.data.name} opened for the incident`,
  },
} satisfies Domain;
