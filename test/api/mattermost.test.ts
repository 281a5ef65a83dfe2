import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, until } from "../support/http.js";
import type { TestServer } from "../support/runtime.js";
import { ENGINES, startTestServer } from "../support/runtime.js";
import { FakeMattermost } from "../support/mattermost.js";

const BOT_TOKEN = "bottokenxxxxxxxxxxxxxxxxxx";
const COMMAND_TOKEN = "commandtokenxxxxxxxxxxxxxx";
const SUE = "sueuseridxxxxxxxxxxxxxxxxx";
const BOB = "bobuseridxxxxxxxxxxxxxxxxx";
const TOWN = "townsquarexxxxxxxxxxxxxxxx";

type Event = { type: string; actor: string; data: Record<string, unknown> };
type Action = { integration: { url: string; context: Record<string, unknown> } };

describe.each(ENGINES)("the Mattermost app (%s)", (engine) => {
  let server: TestServer;
  let mm: FakeMattermost;

  const inject = async (path: string, payload: string, contentType: string) => {
    const res = await server.app.inject({
      method: "POST",
      url: path,
      payload,
      headers: { "content-type": contentType },
    });
    return { status: res.statusCode, body: JSON.parse(res.body || "null") as Record<string, unknown> | null };
  };

  /** Mattermost's outgoing slash-command POST. */
  const command = (user: string, channel: string, text: string, token = COMMAND_TOKEN) =>
    inject(
      "/integrations/mattermost/command",
      new URLSearchParams({
        channel_id: channel,
        channel_name: "x",
        command: "/incident",
        response_url: "https://chat.example.com/hooks/commands/abc",
        team_domain: "ops",
        team_id: "teamidxxxxxxxxxxxxxxxxxxxx",
        text,
        token,
        trigger_id: mm.trigger(),
        user_id: user,
        user_name: user.slice(0, 3),
      }).toString(),
      "application/x-www-form-urlencoded",
    );

  const click = (user: string, channel: string, action: Action) =>
    inject(
      new URL(action.integration.url).pathname,
      JSON.stringify({
        user_id: user,
        user_name: "x",
        channel_id: channel,
        channel_name: "x",
        team_id: "t",
        team_domain: "ops",
        post_id: "p",
        trigger_id: mm.trigger(),
        type: "",
        data_source: "",
        context: action.integration.context,
      }),
      "application/json",
    );

  const submit = (user: string, channel: string, submission: Record<string, string>) => {
    const dialog = mm.dialogs.at(-1);
    if (!dialog) throw new Error("no dialog");
    return inject(
      new URL(dialog.url).pathname,
      JSON.stringify({
        type: "dialog_submission",
        callback_id: dialog.dialog.callback_id,
        state: dialog.dialog.state,
        user_id: user,
        channel_id: channel,
        team_id: "t",
        submission,
        cancelled: false,
      }),
      "application/json",
    );
  };

  const timeline = async (n: number): Promise<Event[]> =>
    (await call(server, server.adminToken, "GET", `/api/v1/incidents/${String(n)}/timeline?limit=500`)).body
      .events as unknown as Event[];

  beforeAll(async () => {
    mm = new FakeMattermost(BOT_TOKEN);
    await mm.start();
    mm.addUser({ id: SUE, username: "sue", email: "sue@example.com" });
    mm.addUser({ id: BOB, username: "bob", email: "bob@example.com" });
    server = await startTestServer(engine, {
      publicUrl: "https://muster.example.com",
      mattermost: {
        url: mm.url,
        botToken: BOT_TOKEN,
        team: "ops",
        commandToken: COMMAND_TOKEN,
        publicUrl: "https://muster.example.com",
      },
    });
    for (const handle of ["sue", "bob"]) {
      await server.runtime.services.users.create({
        handle,
        displayName: handle.toUpperCase(),
        isAdmin: false,
        email: `${handle}@example.com`,
      });
    }
    server.runtime.consumers.start();
    await server.runtime.chat.mattermost?.start();
    await until(() => mm.connections === 1);
  });

  afterAll(async () => {
    await server.close();
    await mm.stop();
  });

  it("runs an incident from Mattermost: declare, channel, freelancing prompt, check-in, CAN, handover, end", async () => {
    const declared = await command(SUE, TOWN, "declare SEV2 Checkout returns 500s");
    expect(declared.status).toBe(200);
    expect(declared.body).toMatchObject({ response_type: "ephemeral" });
    expect(String(declared.body?.text)).toContain("Declared INC-1 ");
    await until(() =>
      mm.channelNamed("inc-1-")
        ? mm.postsIn(mm.channelNamed("inc-1-")?.id ?? "").some((p) => p.is_pinned)
        : false,
    );
    const channel = mm.channelNamed("inc-1-");
    if (!channel) throw new Error("no channel");
    expect(channel.type).toBe("O");
    expect(channel.members.has(SUE)).toBe(true);
    expect(channel.header).toMatch(/^SEV2 · active · IC SUE · next update/);
    const links = (await call(server, server.adminToken, "GET", "/api/v1/incidents/1")).body.links;
    expect(links).toContainEqual({
      label: `Mattermost #${channel.name}`,
      url: `${mm.url}/ops/channels/${channel.name}`,
    });

    // Bob speaks before checking in: recorded as freelancing, offered a Check in button.
    mm.say(BOB, channel.id, "I see 500s from the payments API");
    await until(async () => (await timeline(1)).some((e) => e.type === "message.posted"));
    expect((await timeline(1)).find((e) => e.type === "message.posted")).toMatchObject({
      actor: "bob",
      data: { freelancing: true, via: { chat: "mattermost" } },
    });
    await until(() => mm.ephemeral.some((e) => e.user_id === BOB));
    const prompt = mm.ephemeral.find((e) => e.user_id === BOB);
    const button = (prompt?.post.props?.attachments as { actions: Action[] }[] | undefined)?.[0]?.actions[0];
    if (!button) throw new Error("no button");
    expect((await click(BOB, channel.id, button)).body).toMatchObject({
      ephemeral_text: expect.stringContaining("You are checked in") as unknown,
    });
    // A forged context is refused and records nothing.
    const forged = await click(BOB, channel.id, {
      integration: {
        url: button.integration.url,
        context: { ...button.integration.context, value: "another-incident" },
      },
    });
    expect(forged).toMatchObject({ status: 401, body: { code: "INVALID_SIGNATURE" } });
    // Bob's button is Bob's: Sue clicking it with his context is refused.
    expect(await click(SUE, channel.id, button)).toMatchObject({
      status: 401,
      body: { code: "INVALID_SIGNATURE" },
    });

    expect(String((await command(SUE, channel.id, "assign @bob")).body?.text)).toContain("BOB assigned");
    await command(BOB, channel.id, "can");
    expect(mm.dialogs.at(-1)?.dialog.callback_id).toBe("can");
    expect(
      (await submit(BOB, channel.id, { conditions: "Payments 500s", actions: "Rolling back" })).body,
    ).toEqual({});
    await until(async () => (await timeline(1)).some((e) => e.type === "can.reported"));
    // A form refused by a rule comes back on its field.
    await command(SUE, channel.id, "handover");
    const refused = await submit(SUE, channel.id, { to: SUE, role: "incident-commander", briefing: "" });
    expect(refused.status).toBe(200);
    expect(Object.keys(refused.body?.errors ?? {}).length).toBe(1);
    await command(SUE, channel.id, "handover");
    // A dialog opened for Sue cannot be submitted as someone else.
    expect(
      await submit(BOB, channel.id, { to: BOB, role: "incident-commander", briefing: "x" }),
    ).toMatchObject({
      status: 401,
    });
    expect(
      (await submit(SUE, channel.id, { to: BOB, role: "incident-commander", briefing: "Rollback running" }))
        .body,
    ).toEqual({});
    expect(String((await command(BOB, channel.id, "accept")).body?.text)).toContain("Accepted");
    await until(() => channel.header.includes("IC BOB"));
    expect(String((await command(BOB, channel.id, "end --confirm Rolled back")).body?.text)).toContain(
      "has ended",
    );
    await until(() => channel.header.includes(" · ended · "));
    const types = (await timeline(1)).map((e) => e.type);
    for (const t of [
      "chat.channel-opened",
      "responder.checked-in",
      "can.reported",
      "transfer.accepted",
      "incident.status-changed",
    ]) {
      expect(types).toContain(t);
    }
  });

  it("refuses a wrong command token, records edits and threads, and reads back what it missed while disconnected", async () => {
    const wrong = await command(SUE, TOWN, "declare SEV1 forged", "wrongtokenxxxxxxxxxxxxxxxx");
    expect(wrong).toMatchObject({ status: 401, body: { code: "INVALID_SIGNATURE" } });
    expect((await call(server, server.adminToken, "GET", "/api/v1/incidents")).body.incidents).toHaveLength(
      1,
    );

    await command(SUE, TOWN, "declare SEV3 Slow search");
    await until(() => mm.channelNamed("inc-2-") !== undefined);
    const channel = mm.channelNamed("inc-2-");
    if (!channel) throw new Error("no channel");
    const root = mm.say(SUE, channel.id, "Search p99 is 4s");
    mm.say(SUE, channel.id, "node 3 is hot", { root_id: root.id });
    mm.edit(root.id, "Search p99 is 5s");
    mm.say(SUE, channel.id, "joined", { type: "system_join_channel" });
    await until(async () => (await timeline(2)).filter((e) => e.type === "message.posted").length === 3);

    mm.dropSockets();
    mm.say(SUE, channel.id, "Said while Muster was away", {}, true);
    await until(() => mm.connections === 1, 20_000);
    await until(
      async () => (await timeline(2)).some((e) => e.data.text === "Said while Muster was away"),
      20_000,
    );

    // Muster stopped and started again: what was posted meanwhile is read back at start.
    const app = server.runtime.chat.mattermost;
    if (!app) throw new Error("no Mattermost app");
    await app.stop();
    mm.say(SUE, channel.id, "Said while Muster was stopped", {}, true);
    await app.start();
    await until(
      async () => (await timeline(2)).some((e) => e.data.text === "Said while Muster was stopped"),
      20_000,
    );
    const messages = (await timeline(2)).filter((e) => e.type === "message.posted");
    expect(messages.map((m) => m.data.text)).toEqual([
      "Search p99 is 4s",
      "node 3 is hot",
      "Search p99 is 5s",
      "Said while Muster was away",
      "Said while Muster was stopped",
    ]);
    expect(messages[1]?.data.via).toMatchObject({ thread: root.id });
    expect(messages[2]?.data.via).toMatchObject({ edits: root.id });
  }, 60_000);
});
