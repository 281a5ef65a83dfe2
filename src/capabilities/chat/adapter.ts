/**
 * The seam between Muster and a chat platform. Everything Muster does in chat (a channel per
 * incident, its topic and pinned status doc, announcements, prompts, forms) goes through these
 * few calls, and everything people do in chat arrives as one of the `ChatInput`s below; Slack
 * and Mattermost each implement it, and a third platform (Microsoft Teams) would too.
 */
export type ChatAdapter = {
  /** "slack", "mattermost": the key of identities and channels in storage. */
  readonly provider: string;
  /** The platform's name for people ("Slack"), for messages. */
  readonly label: string;
  /** Creates a channel (private for restricted incidents); a taken name is the caller's to vary. */
  createChannel(name: string, options: { private: boolean }): Promise<ChannelCreated>;
  /** Adds people (platform user ids) to a channel; people already in it are not an error. */
  invite(channel: string, users: string[]): Promise<void>;
  setTopic(channel: string, topic: string): Promise<void>;
  /** Posts a message; returns its id (Slack's `ts`, Mattermost's post id). */
  post(channel: string, message: ChatMessage): Promise<string>;
  /** Replaces a message the app posted (the pinned status doc). */
  update(channel: string, id: string, message: ChatMessage): Promise<void>;
  pin(channel: string, id: string): Promise<void>;
  /** A message only `user` sees. */
  whisper(channel: string, user: string, message: ChatMessage): Promise<void>;
  /** Opens a form (a Slack modal, a Mattermost dialog) in answer to a command or button. */
  openForm(trigger: string, form: ChatForm): Promise<void>;
  /** The platform user's email address, if it shares it. */
  emailOf(user: string): Promise<string | null>;
  /** The platform user with this email address, if any. */
  userByEmail(email: string): Promise<string | null>;
  /** A platform user named in text by their username (Mattermost's `@sue`), if the platform has them. */
  userByName?(name: string): Promise<string | null>;
};

export type ChannelCreated = { id: string; name: string; url: string };

export type ChatButton = { label: string; action: ChatAction; value: string; primary?: boolean };

/** The buttons Muster offers; each maps to one write through the one write path. */
export type ChatAction = "check-in" | "accept-transfer";

/** A message in neutral form; each adapter renders it (Block Kit, Markdown attachments). */
export type ChatMessage = {
  /** One line that stands alone (notifications, screen readers). */
  text: string;
  /** Shown bold above the fields. */
  title?: string;
  fields?: { label: string; value: string }[];
  buttons?: ChatButton[];
};

export type ChatFormField =
  | { kind: "text"; name: string; label: string; multiline?: boolean; optional?: boolean; initial?: string }
  | { kind: "select"; name: string; label: string; options: string[]; initial?: string }
  | { kind: "user"; name: string; label: string };

/** A form Muster opens; `id`, `context` (the incident) and `channel` come back with the submission. */
export type ChatForm = {
  id: ChatFormId;
  title: string;
  submit: string;
  context: string;
  /** Where it was opened from: the answer is whispered there. */
  channel: string;
  /** The platform user it was opened for (only they may submit it). */
  user: string;
  fields: ChatFormField[];
};

export type ChatFormId = "declare" | "can" | "handover";

/** Who did something in chat, and where. */
export type ChatOrigin = { user: string; channel: string };

/** What people do in chat, normalised by the adapter. */
export type ChatInput =
  | (ChatOrigin & { kind: "command"; text: string; trigger: string | null })
  | (ChatOrigin & {
      kind: "message";
      /** The platform's id for the event, for deduplication of retries. */
      key: string;
      text: string;
      id: string;
      /** The thread's root when the message is a reply. */
      thread: string | null;
      /** Set when the message edits an earlier one (its id). */
      edits: string | null;
    })
  | (ChatOrigin & { kind: "action"; action: ChatAction; value: string })
  | (ChatOrigin & { kind: "form"; form: ChatFormId; context: string; values: Record<string, string> });

/** The answer to a command, button or form: a private reply, a form error, or nothing to say. */
export type ChatReply =
  | { kind: "whisper"; message: ChatMessage }
  | { kind: "form-errors"; errors: Record<string, string> }
  | { kind: "none" };

/** Thrown by `createChannel` when the platform already has a channel of that name. */
export class ChannelNameTaken extends Error {}
