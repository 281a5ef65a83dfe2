import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { until } from "../support/http.js";
import { FakeMattermost } from "../support/mattermost.js";
import type { ServerProcess } from "../support/process.js";
import { runMuster, spawnServer, stopServer } from "../support/process.js";

const ADMIN = "cli-mattermost-admin-token-0123456789";
const BOT = "processbottokenxxxxxxxxxxx";
const COMMAND = "processcommandtokenxxxxxxx";
const DANA = "danauseridxxxxxxxxxxxxxxxx";

describe("Mattermost configured by its documented environment variables, on a real server process", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "muster-mattermost-"));
  const mm = new FakeMattermost(BOT);
  let server: ServerProcess;

  beforeAll(async () => {
    await mm.start();
    mm.addUser({ id: DANA, username: "dana", email: "dana@example.com" });
    server = await spawnServer({
      MUSTER_DATA_DIR: dir,
      MUSTER_ADMIN_TOKEN: ADMIN,
      MUSTER_PUBLIC_URL: "https://muster.example.com",
      MUSTER_MATTERMOST_URL: mm.url,
      MUSTER_MATTERMOST_TEAM: "ops",
      MUSTER_MATTERMOST_BOT_TOKEN: BOT,
      MUSTER_MATTERMOST_COMMAND_TOKEN: COMMAND,
    });
    const created = await runMuster(
      ["user", "create", "dana", "--name", "Dana", "--email", "dana@example.com"],
      {
        MUSTER_URL: server.url,
        MUSTER_TOKEN: ADMIN,
      },
    );
    expect(created.code, created.stderr).toBe(0);
  }, 60_000);
  afterAll(async () => {
    await stopServer(server);
    await mm.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("follows posts over the WebSocket and declares from the slash command", async () => {
    await until(() => mm.connections === 1);
    const form = new URLSearchParams({
      channel_id: "townsquarexxxxxxxxxxxxxxxx",
      channel_name: "town-square",
      command: "/incident",
      response_url: "https://chat.example.com/hooks/commands/x",
      team_domain: "ops",
      team_id: "teamidxxxxxxxxxxxxxxxxxxxx",
      text: "declare SEV1 Power lost in hall B",
      token: COMMAND,
      trigger_id: mm.trigger(),
      user_id: DANA,
      user_name: "dana",
    });
    const res = await fetch(`${server.url}/integrations/mattermost/command`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", authorization: `Token ${COMMAND}` },
      body: form.toString(),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { text: string }).text).toContain("Declared INC-1");
    await until(
      () =>
        mm.channelNamed("inc-1-") !== undefined &&
        mm.postsIn(mm.channelNamed("inc-1-")?.id ?? "").some((p) => p.is_pinned),
    );
    const channel = mm.channelNamed("inc-1-");
    if (!channel) throw new Error("no channel");
    expect(channel.members.has(DANA)).toBe(true);
    mm.say(DANA, channel.id, "Generators did not start");
    await until(async () => {
      const t = await fetch(`${server.url}/api/v1/incidents/1/timeline`, {
        headers: { authorization: `Bearer ${ADMIN}` },
      });
      const { events } = (await t.json()) as { events: { type: string; data: { text?: string } }[] };
      return events.some((e) => e.type === "message.posted" && e.data.text === "Generators did not start");
    });
  }, 60_000);
});
