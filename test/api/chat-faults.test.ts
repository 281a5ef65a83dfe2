import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, until } from "../support/http.js";
import type { PgServer } from "../support/postgres.js";
import { startPostgres } from "../support/postgres.js";
import type { TestServer } from "../support/runtime.js";
import { startTestServer } from "../support/runtime.js";
import { FakeSlack } from "../support/slack.js";
import { SlackSender } from "../support/slack-client.js";

const SECRET = "faults-signing-secret-0123456789";

describe("the Slack app when PostgreSQL or Slack fails", () => {
  let pg: PgServer;
  let s: TestServer;
  let slack: FakeSlack;
  let sender: SlackSender;

  beforeAll(async () => {
    pg = await startPostgres();
    slack = new FakeSlack("xoxb-faults");
    await slack.start();
    s = await startTestServer("postgres", {
      databaseUrl: pg.url,
      slack: {
        botToken: "xoxb-faults",
        signingSecret: SECRET,
        appToken: undefined,
        apiUrl: slack.url,
        command: "/incident",
      },
    });
    await s.runtime.services.users.create({
      handle: "sue",
      displayName: "Sue",
      isAdmin: false,
      email: "sue@example.com",
    });
    slack.addUser({ id: "USUE", name: "sue", email: "sue@example.com" });
    sender = new SlackSender(s.app, SECRET, slack);
    s.runtime.consumers.start();
  }, 60_000);
  afterAll(async () => {
    await s.close();
    await slack.stop();
    pg.stop();
  });

  it("opens the channel once Slack answers again, exactly once", async () => {
    slack.failNext("conversations.create", "fatal_error", "ratelimited");
    const declared = await sender.command("USUE", "CGENERAL", "declare SEV2 Card payments failing");
    expect(JSON.stringify(declared.body)).toContain("Declared INC-1");
    await until(() => slack.channels.size === 1 && [...slack.channels.values()][0]?.pins.size === 1, 30_000);
    expect(slack.callsOf("conversations.create").length).toBeGreaterThanOrEqual(3);
    expect(slack.channels.size).toBe(1);
  }, 60_000);

  it("refuses what it cannot record while PostgreSQL is down, and records Slack's retry once", async () => {
    const channel = [...slack.channels.values()][0];
    if (!channel) throw new Error("no channel");
    const body = sender.envelope({
      type: "message",
      channel: channel.id,
      user: "USUE",
      text: "Rolling back the gateway",
      ts: "1700001000.000100",
      event_ts: "1700001000.000100",
      channel_type: "channel",
    });
    pg.halt();
    try {
      const during = await sender.raw("events", body, "application/json");
      expect(during.status).toBe(503);
      expect(during.body).toMatchObject({ code: "STORAGE_UNAVAILABLE" });
      const command = await sender.command("USUE", channel.id, "checkin");
      expect(command.status).toBe(200);
      expect(JSON.stringify(command.body)).toContain("nothing was recorded");
    } finally {
      pg.resume();
    }
    await until(
      async () => (await sender.raw("events", body, "application/json", { retry: 1 })).status === 200,
      30_000,
    );
    await sender.raw("events", body, "application/json", { retry: 2 });
    const events = (await call(s, s.adminToken, "GET", "/api/v1/incidents/1/timeline")).body.events ?? [];
    expect(
      events.filter((e) => e.type === "message.posted" && e.data.text === "Rolling back the gateway"),
    ).toHaveLength(1);
  }, 60_000);
});
