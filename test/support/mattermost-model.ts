import { randomBytes } from "node:crypto";

// The shapes the loopback Mattermost keeps and answers with, as Mattermost's API v4 names them.

export type MmChannel = { id: string; name: string; type: "O" | "P"; header: string; members: Set<string> };
export type MmPost = {
  id: string;
  create_at: number;
  update_at: number;
  edit_at: number;
  delete_at: number;
  is_pinned: boolean;
  user_id: string;
  channel_id: string;
  root_id: string;
  original_id: string;
  message: string;
  type: string;
  props: Record<string, unknown>;
  hashtags: string;
  pending_post_id: string;
  reply_count: number;
  metadata: Record<string, unknown>;
};
export type MmUser = { id: string; username: string; email: string };
export type Dialog = {
  trigger_id: string;
  url: string;
  dialog: { callback_id: string; state: string; elements: { name: string }[] };
};

/** A Mattermost-style id: 26 lower-case characters. */
export const id26 = (): string => randomBytes(16).toString("hex").slice(0, 26);
export const MM_BOT = "botmusteruseridxxxxxxxxxxx";
export const TEAM = { id: "teamidxxxxxxxxxxxxxxxxxxxx", name: "ops" };
