/** The commands of the chat capability. */
export type ChatCommand = {
  type: "open-chat-channel";
  /** The platform's label ("Slack"). */
  chat: string;
  name: string;
  url: string;
};

/** The events of the chat capability. */
export type ChatEvent = { type: "chat.channel-opened"; data: { chat: string; name: string; url: string } };

export const CHAT_EVENT_TYPES = ["chat.channel-opened"] as const satisfies readonly ChatEvent["type"][];

/** The link a channel becomes among the incident's links (at most 60 characters, as links allow). */
export function channelLabel(chat: string, name: string): string {
  return `${chat} #${name}`.slice(0, 60);
}
