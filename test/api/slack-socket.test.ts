import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, until } from "../support/http.js";
import type { TestServer } from "../support/runtime.js";
import { startTestServer } from "../support/runtime.js";
import type { PgServer } from "../support/postgres.js";
import { startPostgres } from "../support/postgres.js";
import { FakeSlack } from "../support/slack.js";
import { SlackSender } from "../support/slack-client.js";

describe("the Slack app in Socket Mode (no inbound URL)", () => {
  let server: TestServer;
  let slack: FakeSlack;
  let pg: PgServer;

  beforeAll(async () => {
    pg = await startPostgres();
    slack = new FakeSlack("xoxb-socket-bot", "xapp-1-socket-app");
    await slack.start();
    server = await startTestServer("postgres", {
      databaseUrl: pg.url,
      slack: {
        botToken: "xoxb-socket-bot",
        signingSecret: undefined,
        appToken: "xapp-1-socket-app",
        apiUrl: slack.url,
        command: "/incident",
      },
    });
    const created = await server.runtime.services.users.create({
      handle: "sue",
      displayName: "Sue",
      isAdmin: false,
      email: "sue@example.com",
    });
    expect(created).toBeDefined();
    slack.addUser({ id: "USUE", name: "sue", email: "sue@example.com" });
    server.runtime.consumers.start();
    await server.runtime.chat.slack?.start();
  }, 60_000);

  afterAll(async () => {
    await server.close();
    await slack.stop();
    pg.stop();
  });

  it("connects out, takes commands and messages over the socket, and acknowledges only what it recorded", async () => {
    expect(slack.connected).toBe(true);
    expect(slack.callsOf("apps.connections.open")).toHaveLength(1);
    const answer = await slack.envelope("slash_commands", {
      token: "verification-token",
      team_id: "T0001",
      team_domain: "muster-test",
      channel_id: "CGENERAL",
      channel_name: "general",
      user_id: "USUE",
      user_name: "sue",
      command: "/incident",
      text: "declare SEV1 Database primary is down",
      api_app_id: "A0MUSTER",
      is_enterprise_install: "false",
      response_url: "https://hooks.slack.com/commands/T0001/1/abc",
      trigger_id: slack.trigger(),
    });
    expect(answer).toMatchObject({ response_type: "ephemeral" });
    expect(JSON.stringify(answer)).toContain("Declared INC-1");
    await until(() => [...slack.channels.values()].some((c) => c.pins.size === 1));
    const channel = [...slack.channels.values()][0];
    if (!channel) throw new Error("no channel");
    expect(channel.topic).toMatch(/^SEV1 · active · IC Sue · /);

    const sender = new SlackSender(server.app, "unused", slack);
    const event = JSON.parse(
      sender.envelope({
        type: "message",
        channel: channel.id,
        user: "USUE",
        text: "Failing over to the replica",
        ts: "1700000900.000100",
        event_ts: "1700000900.000100",
        channel_type: "channel",
      }),
    ) as unknown;
    await slack.envelope("events_api", event);
    await until(async () => {
      const timeline = await call(server, server.adminToken, "GET", "/api/v1/incidents/1/timeline");
      return (timeline.body.events ?? []).some(
        (e) => e.type === "message.posted" && e.data.text === "Failing over to the replica",
      );
    });

    // While PostgreSQL is down a message is not acknowledged, so Slack delivers it again.
    const later = JSON.parse(
      sender.envelope({
        type: "message",
        channel: channel.id,
        user: "USUE",
        text: "Replica promoted",
        ts: "1700000950.000100",
        event_ts: "1700000950.000100",
        channel_type: "channel",
      }),
    ) as unknown;
    pg.halt();
    try {
      await expect(slack.envelope("events_api", later, 3000)).rejects.toThrow("not acknowledged");
    } finally {
      pg.resume();
    }
    await until(async () => {
      try {
        await slack.envelope("events_api", later, 3000);
        return true;
      } catch {
        return false;
      }
    }, 30_000);
    await slack.envelope("events_api", later);
    const timeline = await call(server, server.adminToken, "GET", "/api/v1/incidents/1/timeline");
    const said = (timeline.body.events ?? []).filter((e) => e.data.text === "Replica promoted");
    expect(said).toHaveLength(1);

    // With no signing secret there is no HTTP mode: Slack's endpoints say so.
    const http = await sender.command("USUE", "CGENERAL", "status");
    expect(http).toMatchObject({ status: 409, body: { code: "CHAT_NOT_CONFIGURED" } });
  }, 60_000);
});
