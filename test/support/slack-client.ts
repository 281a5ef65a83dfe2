import { createHmac, randomBytes } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { FakeSlack } from "./slack.js";

/** Slack's request signature: `v0=` HMAC-SHA256 of `v0:<timestamp>:<body>` with the signing secret. */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac("sha256", secret)
    .update(`v0:${String(timestamp)}:${body}`)
    .digest("hex")}`;
}

export type SlackAnswer = { status: number; body: unknown };

/**
 * Sends Muster what Slack sends, signed exactly as Slack signs it: slash commands and
 * interactions form-encoded (interactions as a `payload` field), events as JSON.
 */
export class SlackSender {
  private events = 0;

  /** `target`: an in-process Muster (inject) or a running server's base URL (fetch). */
  constructor(
    private readonly target: FastifyInstance | string,
    private readonly secret: string,
    private readonly slack: FakeSlack,
  ) {}

  /** Posts a raw body; `at` (seconds) and `signature` may be forged to test refusals. */
  async raw(
    path: string,
    body: string,
    contentType: string,
    forge: { at?: number; signature?: string; retry?: number } = {},
  ): Promise<SlackAnswer> {
    const at = forge.at ?? Math.floor(Date.now() / 1000);
    const headers = {
      "content-type": contentType,
      "x-slack-request-timestamp": String(at),
      "x-slack-signature": forge.signature ?? slackSignature(this.secret, at, body),
      ...(forge.retry !== undefined
        ? { "x-slack-retry-num": String(forge.retry), "x-slack-retry-reason": "http_timeout" }
        : {}),
    };
    const url = `/integrations/slack/${path}`;
    let status: number;
    let text: string;
    if (typeof this.target === "string") {
      const res = await fetch(`${this.target}${url}`, { method: "POST", headers, body });
      status = res.status;
      text = await res.text();
    } else {
      const res = await this.target.inject({ method: "POST", url, payload: body, headers });
      status = res.statusCode;
      text = res.body;
    }
    return { status, body: text === "" ? null : (JSON.parse(text) as unknown) };
  }

  /** `/incident <text>` from a user in a channel. */
  command(user: string, channel: string, text: string, command = "/incident"): Promise<SlackAnswer> {
    const form = new URLSearchParams({
      token: "verification-token",
      team_id: "T0001",
      team_domain: "muster-test",
      channel_id: channel,
      channel_name: "general",
      user_id: user,
      user_name: user.toLowerCase(),
      command,
      text,
      api_app_id: "A0MUSTER",
      is_enterprise_install: "false",
      response_url: "https://hooks.slack.com/commands/T0001/1/abc",
      trigger_id: this.slack.trigger(),
    });
    return this.raw("commands", form.toString(), "application/x-www-form-urlencoded");
  }

  /** The event_callback envelope around an event; returns the body so a test can replay it. */
  envelope(event: Record<string, unknown>): string {
    this.events += 1;
    return JSON.stringify({
      token: "verification-token",
      team_id: "T0001",
      api_app_id: "A0MUSTER",
      event,
      type: "event_callback",
      event_id: `Ev${String(this.events).padStart(8, "0")}${randomBytes(2).toString("hex").toUpperCase()}`,
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [
        { team_id: "T0001", user_id: "UBOTMUSTER", is_bot: true, is_enterprise_install: false },
      ],
      is_ext_shared_channel: false,
    });
  }

  /** A message in a channel (message.channels), as the Events API delivers it. */
  message(
    user: string,
    channel: string,
    text: string,
    extra: Record<string, unknown> = {},
  ): Promise<SlackAnswer> {
    const ts = `${String(Math.floor(Date.now() / 1000))}.${randomBytes(3).readUIntBE(0, 3).toString().padStart(6, "0").slice(0, 6)}`;
    const event = {
      type: "message",
      channel,
      user,
      text,
      ts,
      event_ts: ts,
      channel_type: "channel",
      ...extra,
    };
    return this.raw("events", this.envelope(event), "application/json");
  }

  /** A click on a button Muster posted (block_actions). */
  click(user: string, channel: string, actionId: string, value: string): Promise<SlackAnswer> {
    const payload = {
      type: "block_actions",
      user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: "T0001" },
      api_app_id: "A0MUSTER",
      token: "verification-token",
      container: {
        type: "message",
        message_ts: "1700000000.000100",
        channel_id: channel,
        is_ephemeral: true,
      },
      trigger_id: this.slack.trigger(),
      team: { id: "T0001", domain: "muster-test" },
      channel: { id: channel, name: "incident" },
      response_url: "https://hooks.slack.com/actions/T0001/1/abc",
      actions: [
        {
          action_id: actionId,
          block_id: "b1",
          text: { type: "plain_text", text: "Check in", emoji: true },
          value,
          style: "primary",
          type: "button",
          action_ts: String(Date.now() / 1000),
        },
      ],
    };
    return this.raw(
      "interactions",
      new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
      "application/x-www-form-urlencoded",
    );
  }

  /** Submits the modal Muster opened last (or `viewId`) with values by block id. */
  submit(user: string, values: Record<string, string>, viewId?: string): Promise<SlackAnswer> {
    const id = viewId ?? this.slack.views.at(-1)?.id ?? "";
    const payload = this.slack.submission(id, user, values);
    return this.raw(
      "interactions",
      new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
      "application/x-www-form-urlencoded",
    );
  }
}
