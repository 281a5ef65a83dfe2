import { z } from "zod";
import type { MattermostConfig } from "./mattermost/app.js";
import type { SlackConfig } from "./slack/app.js";

/** The chat apps' configuration names (environment or config file), checked as they are read. */
export const CHAT_ENV = {
  MUSTER_SLACK_BOT_TOKEN: z
    .string()
    .regex(/^xoxb-[A-Za-z0-9-]+$/, "MUSTER_SLACK_BOT_TOKEN is the app's bot token (xoxb-…)")
    .optional(),
  MUSTER_SLACK_SIGNING_SECRET: z
    .string()
    .min(16, "MUSTER_SLACK_SIGNING_SECRET is the app's signing secret")
    .optional(),
  MUSTER_SLACK_APP_TOKEN: z
    .string()
    .regex(
      /^xapp-[A-Za-z0-9-]+$/,
      "MUSTER_SLACK_APP_TOKEN is an app-level token with connections:write (xapp-…)",
    )
    .optional(),
  MUSTER_SLACK_API_URL: z.url({ protocol: /^https?$/ }).optional(),
  MUSTER_MATTERMOST_URL: z.url({ protocol: /^https?$/ }).optional(),
  MUSTER_MATTERMOST_BOT_TOKEN: z
    .string()
    .regex(/^[a-z0-9]{26}$/, "MUSTER_MATTERMOST_BOT_TOKEN is the bot account's access token (26 characters)")
    .optional(),
  MUSTER_MATTERMOST_TEAM: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, "MUSTER_MATTERMOST_TEAM is the team's name as in its URL")
    .optional(),
  MUSTER_MATTERMOST_COMMAND_TOKEN: z
    .string()
    .regex(/^[a-z0-9]{26}$/, "MUSTER_MATTERMOST_COMMAND_TOKEN is the slash command's token (26 characters)")
    .optional(),
  MUSTER_SLACK_COMMAND: z
    .string()
    .regex(/^\/[a-z0-9_-]{1,31}$/, "MUSTER_SLACK_COMMAND is a slash command such as /incident")
    .optional(),
};

type ChatEnv = { [K in keyof typeof CHAT_ENV]?: z.infer<(typeof CHAT_ENV)[K]> };

/** Slack needs its bot token, and a signing secret (HTTP mode) or an app token (Socket Mode). */
export function slackConfig(c: ChatEnv, file: string): SlackConfig | undefined {
  const parts = [c.MUSTER_SLACK_BOT_TOKEN, c.MUSTER_SLACK_SIGNING_SECRET, c.MUSTER_SLACK_APP_TOKEN];
  if (parts.every((p) => p === undefined)) return undefined;
  if (!c.MUSTER_SLACK_BOT_TOKEN || (!c.MUSTER_SLACK_SIGNING_SECRET && !c.MUSTER_SLACK_APP_TOKEN)) {
    throw new Error(
      `Configuration error: Slack needs MUSTER_SLACK_BOT_TOKEN with MUSTER_SLACK_APP_TOKEN (Socket Mode) or MUSTER_SLACK_SIGNING_SECRET (HTTP mode) (from ${file} or the environment).`,
    );
  }
  return {
    botToken: c.MUSTER_SLACK_BOT_TOKEN,
    signingSecret: c.MUSTER_SLACK_SIGNING_SECRET,
    appToken: c.MUSTER_SLACK_APP_TOKEN,
    apiUrl: c.MUSTER_SLACK_API_URL ?? "https://slack.com/api/",
    command: c.MUSTER_SLACK_COMMAND ?? "/incident",
  };
}

/** Mattermost needs its address, bot token, team and slash command token, and Muster's public URL. */
export function mattermostConfig(
  c: ChatEnv & { MUSTER_PUBLIC_URL?: string | undefined },
  file: string,
): MattermostConfig | undefined {
  const parts = [
    c.MUSTER_MATTERMOST_URL,
    c.MUSTER_MATTERMOST_BOT_TOKEN,
    c.MUSTER_MATTERMOST_TEAM,
    c.MUSTER_MATTERMOST_COMMAND_TOKEN,
  ];
  if (parts.every((p) => p === undefined)) return undefined;
  const {
    MUSTER_MATTERMOST_URL: url,
    MUSTER_MATTERMOST_BOT_TOKEN: botToken,
    MUSTER_MATTERMOST_TEAM: team,
  } = c;
  const commandToken = c.MUSTER_MATTERMOST_COMMAND_TOKEN;
  if (!url || !botToken || !team || !commandToken || !c.MUSTER_PUBLIC_URL) {
    throw new Error(
      `Configuration error: Mattermost needs MUSTER_MATTERMOST_URL, MUSTER_MATTERMOST_BOT_TOKEN, MUSTER_MATTERMOST_TEAM and MUSTER_MATTERMOST_COMMAND_TOKEN together, and MUSTER_PUBLIC_URL (where its buttons and dialogs reach Muster) (from ${file} or the environment).`,
    );
  }
  return {
    url: url.replace(/\/+$/, ""),
    botToken,
    team,
    commandToken,
    publicUrl: c.MUSTER_PUBLIC_URL.replace(/\/+$/, ""),
  };
}
