import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, until } from "../support/http.js";
import type { TestServer } from "../support/runtime.js";
import { ENGINES, startTestServer } from "../support/runtime.js";
import { FakeSlack } from "../support/slack.js";
import { SlackSender } from "../support/slack-client.js";

const SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
const GENERAL = "CGENERAL";

type Event = { seq: number; type: string; actor: string; data: Record<string, unknown> };

describe.each(ENGINES)("the Slack app (%s)", (engine) => {
  let server: TestServer;
  let slack: FakeSlack;
  let sender: SlackSender;
  let admin: string;

  async function person(handle: string, email: string | null): Promise<void> {
    const created = await server.runtime.services.users.create({
      handle,
      displayName: handle.toUpperCase(),
      isAdmin: false,
      email,
    });
    if (!created) throw new Error(`${handle} exists`);
  }

  async function timeline(ref: string | number): Promise<Event[]> {
    const reply = await call(server, admin, "GET", `/api/v1/incidents/${String(ref)}/timeline?limit=500`);
    return reply.body.events as unknown as Event[];
  }

  function channelOf(number: number) {
    return [...slack.channels.values()].find((c) => c.name.startsWith(`inc-${String(number)}-`));
  }

  function posted(channelId: string): string[] {
    return slack.messages.filter((m) => m.channel === channelId).map((m) => m.text);
  }

  beforeAll(async () => {
    slack = new FakeSlack("xoxb-test-token");
    await slack.start();
    server = await startTestServer(engine, {
      publicUrl: "https://muster.example.com",
      slack: {
        botToken: "xoxb-test-token",
        signingSecret: SECRET,
        appToken: undefined,
        apiUrl: slack.url,
        command: "/incident",
      },
    });
    admin = server.adminToken;
    await person("sue", "sue@example.com");
    await person("bob", "Bob@Example.com");
    await person("eve", null);
    slack.addUser({ id: "USUE", name: "sue", email: "sue@example.com" });
    slack.addUser({ id: "UBOB", name: "bob", email: "bob@example.com" });
    slack.addUser({ id: "UEVE", name: "eve", email: "eve@elsewhere.example" });
    slack.addUser({ id: "UANN", name: "ann", email: null });
    sender = new SlackSender(server.app, SECRET, slack);
    server.runtime.consumers.start();
  });

  afterAll(async () => {
    await server.close();
    await slack.stop();
  });

  it("runs an incident from Slack: declare, channel, freelancing prompt, check-in, CAN, handover, end", async () => {
    const declared = await sender.command("USUE", GENERAL, "declare SEV2 Checkout returns 500s");
    expect(declared.status).toBe(200);
    expect(declared.body).toMatchObject({ response_type: "ephemeral" });
    expect(JSON.stringify(declared.body)).toContain("Declared INC-1");

    // The channel: named from the codename, the IC and declarer invited, topic set, status doc pinned.
    await until(() => (channelOf(1)?.pins.size ?? 0) > 0);
    const channel = channelOf(1);
    if (!channel) throw new Error("no channel");
    expect(channel.name).toMatch(/^inc-1-[a-z0-9-]+$/);
    expect(channel.isPrivate).toBe(false);
    expect(channel.members.has("USUE")).toBe(true);
    expect(channel.topic).toMatch(/^SEV2 · active · IC SUE · next update \d\d:\d\d UTC$/);
    expect(posted(channel.id)[0]).toMatch(/^SUE \(IC\) declared INC-1 .*\(SEV2\): Checkout returns 500s/);
    const links = (await call(server, admin, "GET", "/api/v1/incidents/1")).body.links as {
      label: string;
      url: string;
    }[];
    expect(links).toContainEqual({
      label: `Slack #${channel.name}`,
      url: `https://slack.com/app_redirect?channel=${channel.id}`,
    });
    const invite = slack.callsOf("conversations.invite")[0];
    expect(invite).toMatchObject({ channel: channel.id, users: "USUE" });

    // Bob speaks before checking in: on the timeline as freelancing, and asked privately to check in.
    slack.join(channel.id, "UBOB");
    const said = await sender.message("UBOB", channel.id, "I see 500s from the payments API");
    expect(said.status).toBe(200);
    let events = await timeline(1);
    const message = events.find((e) => e.type === "message.posted");
    expect(message).toMatchObject({
      actor: "bob",
      data: {
        text: "I see 500s from the payments API",
        freelancing: true,
        via: { chat: "slack", thread: null, edits: null },
      },
    });
    const prompt = slack.ephemeral.find((e) => e.user === "UBOB");
    expect(prompt?.text).toContain("not checked in");
    expect(JSON.stringify(prompt?.blocks)).toContain("muster:check-in");

    // One click checks him in.
    const incidentId = String((await call(server, admin, "GET", "/api/v1/incidents/1")).body.id);
    expect((await sender.click("UBOB", channel.id, "muster:check-in", incidentId)).status).toBe(200);
    events = await timeline(1);
    expect(events.some((e) => e.type === "responder.checked-in" && e.data.person === "bob")).toBe(true);
    expect(slack.ephemeral.at(-1)?.text).toContain("You are checked in to INC-1");

    // The IC places him; he files a CAN through the form.
    expect(JSON.stringify((await sender.command("USUE", channel.id, "assign <@UBOB|bob>")).body)).toContain(
      "BOB assigned",
    );
    const can = await sender.command("UBOB", channel.id, "can");
    expect(can.status).toBe(200);
    expect(slack.views.at(-1)?.view.callback_id).toBe("muster:can");
    const filed = await sender.submit("UBOB", {
      conditions: "Payments API 500s at 40%",
      actions: "Rolling back 2.3.1",
      needs: "A DBA",
    });
    expect(filed.status).toBe(200);
    await until(async () => (await timeline(1)).some((e) => e.type === "can.reported"));
    await until(() => posted(channel.id).some((t) => t.startsWith("CAN from BOB")));

    // Handover of command through its form; Bob accepts with the command.
    await sender.command("USUE", channel.id, "handover");
    expect(slack.views.at(-1)?.view.callback_id).toBe("muster:handover");
    expect(
      (
        await sender.submit("USUE", {
          to: "UBOB",
          role: "incident-commander",
          briefing: "Rollback running; DB ruled out",
        })
      ).status,
    ).toBe(200);
    await until(() =>
      posted(channel.id).some(
        (t) =>
          t === "SUE (IC) offers Incident Commander to BOB (SME)." ||
          t.startsWith("SUE (IC) offers Incident Commander to BOB"),
      ),
    );
    const offer = slack.messages.find((m) => m.text.startsWith("SUE (IC) offers"));
    expect(JSON.stringify(offer?.blocks)).toContain("Rollback running; DB ruled out");
    expect(JSON.stringify((await sender.command("UBOB", channel.id, "accept")).body)).toContain("Accepted");
    await until(() => channel.topic.includes("IC BOB"));

    // The end, announced in the channel; the topic follows.
    const early = await sender.command("UBOB", channel.id, "end Rolled back 2.3.1; errors gone");
    expect(JSON.stringify(early.body)).toContain("To end anyway: /incident end --confirm");
    expect(
      JSON.stringify(
        (await sender.command("UBOB", channel.id, "end --confirm Rolled back 2.3.1; errors gone")).body,
      ),
    ).toContain("has ended");
    await until(() => channel.topic.includes(" · ended · "));
    await until(() => posted(channel.id).some((t) => t.includes("active → ended")));

    events = await timeline(1);
    const types = events.map((e) => e.type);
    for (const type of [
      "incident.declared",
      "chat.channel-opened",
      "message.posted",
      "responder.checked-in",
      "responder.assigned",
      "can.reported",
      "transfer.offered",
      "transfer.accepted",
      "incident.status-changed",
    ]) {
      expect(types).toContain(type);
    }
    expect(events.find((e) => e.type === "can.reported")).toMatchObject({
      actor: "bob",
      data: { conditions: "Payments API 500s at 40%", needs: "A DBA" },
    });
    expect(events.find((e) => e.type === "transfer.accepted")).toMatchObject({
      data: { to: "bob", from: "sue" },
    });
    // The pinned doc was rewritten as the incident changed.
    await until(() =>
      JSON.stringify(slack.messages.find((m) => channel.pins.has(m.ts))?.blocks).includes(
        "Rolled back 2.3.1; errors gone",
      ),
    );
  });

  it("refuses unsigned, wrongly signed, replayed and malformed requests, recording nothing", async () => {
    const before = (await call(server, admin, "GET", "/api/v1/incidents")).body.incidents as unknown[];
    const body = new URLSearchParams({
      command: "/incident",
      text: "declare SEV1 forged",
      user_id: "USUE",
      channel_id: GENERAL,
      trigger_id: slack.trigger(),
    }).toString();
    const form = "application/x-www-form-urlencoded";
    const unsigned = await sender.raw("commands", body, form, { signature: "" });
    expect(unsigned.status).toBe(401);
    expect(unsigned.body).toMatchObject({ code: "INVALID_SIGNATURE" });
    expect((await sender.raw("commands", body, form, { signature: "v0=" + "0".repeat(64) })).status).toBe(
      401,
    );
    const replayed = await sender.raw("commands", body, form, { at: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(replayed.status).toBe(401);
    expect((await sender.raw("events", "{not json", "application/json")).status).toBe(400);
    const after = (await call(server, admin, "GET", "/api/v1/incidents")).body.incidents as unknown[];
    expect(after.length).toBe(before.length);
    // Slack's URL check is answered with its challenge.
    const check = await sender.raw(
      "events",
      JSON.stringify({ type: "url_verification", token: "t", challenge: "c-123" }),
      "application/json",
    );
    expect(check).toMatchObject({ status: 200, body: { challenge: "c-123" } });
  });

  it("records a retried event once, skips bots, keeps edits and threads, and mirrors the Command Post", async () => {
    await sender.command("USUE", GENERAL, "declare SEV3 Slow search");
    await until(() => (channelOf(2)?.pins.size ?? 0) > 0);
    const channel = channelOf(2);
    if (!channel) throw new Error("no channel");
    const ts = "1700000500.000200";
    const body = sender.envelope({
      type: "message",
      channel: channel.id,
      user: "USUE",
      text: "Looking at the search cluster",
      ts,
      event_ts: ts,
      channel_type: "channel",
    });
    expect((await sender.raw("events", body, "application/json")).status).toBe(200);
    expect((await sender.raw("events", body, "application/json", { retry: 1 })).status).toBe(200);
    await sender.message("USUE", channel.id, "beep", { bot_id: "BOTHER", subtype: "bot_message" });
    await sender.message("USUE", channel.id, "", { subtype: "channel_join" });
    await sender.message("USUE", channel.id, "Looking at the search cluster nodes", {
      subtype: "message_changed",
      message: {
        type: "message",
        user: "USUE",
        text: "Looking at the search cluster nodes",
        ts,
        edited: { user: "USUE", ts: "1700000501.000000" },
      },
      previous_message: { type: "message", user: "USUE", text: "Looking at the search cluster", ts },
    });
    await sender.message("USUE", channel.id, "node 3 is hot", { thread_ts: ts });
    await sender.message("USUE", channel.id, "NUL\u0000 inside and " + "x".repeat(30_000));
    const messages = (await timeline(2)).filter((e) => e.type === "message.posted");
    expect(messages.map((m) => (m.data.text as string).slice(0, 40))).toEqual([
      "Looking at the search cluster",
      "Looking at the search cluster nodes",
      "node 3 is hot",
      "NUL inside and " + "x".repeat(25),
    ]);
    expect(messages[1]?.data.via).toMatchObject({ edits: ts });
    expect(messages[2]?.data.via).toMatchObject({ thread: ts });
    expect((messages[3]?.data.text as string).length).toBe(20_000);

    // What is said in the Command Post reaches the channel; what came from Slack is not echoed.
    const token = await server.user("cora");
    await call(server, token, "POST", "/api/v1/incidents/2/responders", { person: "cora" });
    await call(server, token, "POST", "/api/v1/incidents/2/messages", {
      text: "Search index rebuild is queued",
    });
    await until(() =>
      posted(channel.id).includes("CORA in the Command Post: Search index rebuild is queued"),
    );
    expect(posted(channel.id).some((t) => t.includes("Looking at the search cluster"))).toBe(false);
  });

  it("asks unknown people to link their account; an admin links them; restricted incidents get private channels", async () => {
    const unknown = await sender.command("UANN", GENERAL, "status");
    expect(JSON.stringify(unknown.body)).toContain("Muster does not know who you are");
    expect(JSON.stringify(unknown.body)).toContain("muster chat link slack UANN");
    const viewer = await server.runtime.services.users.create({
      handle: "ann",
      displayName: "Ann",
      isAdmin: false,
    });
    expect(viewer).toBeDefined();
    const linked = await call(server, admin, "PUT", "/api/v1/chat/slack/identities/UANN", { handle: "ann" });
    expect(linked.status).toBe(200);
    expect(linked.body).toMatchObject({ handle: "ann", source: "admin" });
    const listed = await call(server, admin, "GET", "/api/v1/chat/slack/identities");
    expect(listed.body.identities).toContainEqual(
      expect.objectContaining({ externalId: "UANN", handle: "ann" }),
    );
    const bad = await call(server, admin, "PUT", "/api/v1/chat/slack/identities/UANN", { handle: "nobody" });
    expect(bad).toMatchObject({ status: 422, body: { code: "UNKNOWN_PERSON", field: "handle" } });
    const forbidden = await call(server, await server.user("mo"), "GET", "/api/v1/chat/slack/identities");
    expect(forbidden.status).toBe(403);

    const help = await sender.command("UANN", GENERAL, "nonsense");
    expect(JSON.stringify(help.body)).toContain("is not a Muster command");
    const outside = await sender.command("UANN", GENERAL, "checkin");
    expect(JSON.stringify(outside.body)).toContain("Run this in an incident's channel");
    // Refusals carry the API's own wording.
    const refused = await sender.command("UANN", GENERAL, "1 end too early");
    expect(JSON.stringify(refused.body)).toContain("is already ended.");

    const restricted = await call(server, admin, "POST", "/api/v1/incidents", {
      synopsis: "Leaked key",
      severity: "SEV2",
      visibility: "restricted",
    });
    expect(restricted.status).toBe(201);
    const number = Number(restricted.body.number);
    await until(() => channelOf(number) !== undefined);
    expect(channelOf(number)?.isPrivate).toBe(true);
  });
});
