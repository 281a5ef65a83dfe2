import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { until } from "../support/http.js";
import type { ServerProcess } from "../support/process.js";
import { runMuster, spawnServer, stopServer } from "../support/process.js";
import { FakeSlack } from "../support/slack.js";
import { SlackSender } from "../support/slack-client.js";

const ADMIN = "cli-slack-admin-token-0123456789";
const SECRET = "process-signing-secret-0123456789";

describe("Slack configured by its documented environment variables, on a real server process", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "muster-slack-"));
  const slack = new FakeSlack("xoxb-1234-process");
  let server: ServerProcess;
  const as = (args: string[]) => runMuster(args, { MUSTER_URL: server.url, MUSTER_TOKEN: ADMIN });

  beforeAll(async () => {
    await slack.start();
    server = await spawnServer({
      MUSTER_DATA_DIR: dir,
      MUSTER_ADMIN_TOKEN: ADMIN,
      MUSTER_SLACK_BOT_TOKEN: "xoxb-1234-process",
      MUSTER_SLACK_SIGNING_SECRET: SECRET,
      MUSTER_SLACK_API_URL: slack.url,
      MUSTER_SLACK_COMMAND: "/inc",
    });
    await as(["user", "create", "dana", "--name", "Dana"]);
    slack.addUser({ id: "UDANA", name: "dana", email: "dana.slack@example.com" });
  }, 60_000);
  afterAll(async () => {
    await stopServer(server);
    await slack.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("links a Slack user with the CLI, then declares from Slack into a new channel", async () => {
    const sender = new SlackSender(server.url, SECRET, slack);
    const before = await sender.command("UDANA", "CGENERAL", "declare SEV1 Power lost in hall B", "/inc");
    expect(JSON.stringify(before.body)).toContain("Muster does not know who you are");

    const linked = await as(["chat", "link", "slack", "UDANA", "dana"]);
    expect(linked.code, linked.stderr).toBe(0);
    expect(linked.stdout).toContain("Linked slack user UDANA to dana.");
    const listed = await as(["chat", "identities", "slack"]);
    expect(listed.stdout).toMatch(/UDANA\s+dana\s+\(admin,/);

    const declared = await sender.command("UDANA", "CGENERAL", "declare SEV1 Power lost in hall B", "/inc");
    expect(declared.status).toBe(200);
    expect(JSON.stringify(declared.body)).toContain("Declared INC-1");
    await until(() =>
      [...slack.channels.values()].some((c) => c.name.startsWith("inc-1-") && c.pins.size === 1),
    );
    const channel = [...slack.channels.values()].find((c) => c.name.startsWith("inc-1-"));
    expect(channel?.members.has("UDANA")).toBe(true);
    expect(channel?.topic).toMatch(/^SEV1 · active · IC Dana · /);

    const shown = await as(["show", "1"]);
    expect(shown.stdout).toContain(`Slack #${channel?.name ?? "?"}`);
    // Another command name is not this server's: acknowledged with nothing done.
    const other = await sender.command("UDANA", "CGENERAL", "declare SEV1 again", "/incident");
    expect(other).toEqual({ status: 200, body: null });
    expect([...slack.channels.values()].filter((c) => c.name.startsWith("inc-"))).toHaveLength(1);
  }, 60_000);
});

describe("Slack in Socket Mode by its documented environment variables, on a real server process", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "muster-slack-socket-"));
  const slack = new FakeSlack("xoxb-5678-socket", "xapp-1-A0MUSTER-5678");
  let server: ServerProcess;

  beforeAll(async () => {
    await slack.start();
    server = await spawnServer({
      MUSTER_DATA_DIR: dir,
      MUSTER_ADMIN_TOKEN: ADMIN,
      MUSTER_SLACK_BOT_TOKEN: "xoxb-5678-socket",
      MUSTER_SLACK_APP_TOKEN: "xapp-1-A0MUSTER-5678",
      MUSTER_SLACK_API_URL: slack.url,
    });
  }, 60_000);
  afterAll(async () => {
    await stopServer(server);
    await slack.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("dials out to Slack at start and answers a command over the socket", async () => {
    await until(() => slack.connected);
    const answer = await slack.envelope("slash_commands", {
      team_id: "T0001",
      channel_id: "CGENERAL",
      user_id: "UNOBODY",
      command: "/incident",
      text: "help",
      trigger_id: slack.trigger(),
    });
    // Nobody is linked yet: the answer says how to link, over the socket.
    expect(JSON.stringify(answer)).toContain("Muster does not know who you are");
  }, 60_000);
});
