import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../src/app/muster.js";
import type { Command } from "../../src/domain/index.js";
import { call, until } from "../support/http.js";
import { freePort } from "../support/postgres.js";
import type { TestServer } from "../support/runtime.js";
import { ENGINES, startTestServer, virtualClock } from "../support/runtime.js";
import { FakeSlack } from "../support/slack.js";
import { FakeMattermost } from "../support/mattermost.js";
import { plain, smtp } from "../support/smtp.js";

/** A webhook receiver on loopback that keeps what it is sent, by path (one path per person). */
async function receiver() {
  const received: { path: string; body: string }[] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      received.push({ path: req.url ?? "", body });
      res.writeHead(204).end();
    });
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: (who: string) => `http://127.0.0.1:${String(port)}/${who}`,
    received,
    close: () =>
      new Promise<void>((r) =>
        server.close(() => {
          r();
        }),
      ),
  };
}

const me = (handle: string): Actor => ({ handle, isAdmin: false });

/**
 * A drill never reaches anyone outside it: a whole scenario is run, with participants trying what
 * would tell outsiders (paging them, naming them in a stakeholder audience with an outside address,
 * answering the cast's questions), and every channel is checked: in-app, email, webhooks, Slack and
 * Mattermost. What does reach the participants says DRILL.
 */
describe.each(ENGINES)("a drill stays inside the drill, on every channel (%s)", (engine) => {
  let s: TestServer;
  let mail: Awaited<ReturnType<typeof smtp>>;
  let hooks: Awaited<ReturnType<typeof receiver>>;
  let slack: FakeSlack;
  let mm: FakeMattermost;
  const clock = virtualClock("2026-12-03T09:00:00.000Z");
  let fay: string;
  let oli: string;

  beforeAll(async () => {
    mail = await smtp();
    hooks = await receiver();
    slack = new FakeSlack("xoxb-drill");
    await slack.start();
    mm = new FakeMattermost("mm-bot-token");
    await mm.start();
    s = await startTestServer(
      engine,
      {
        smtpUrl: mail.url,
        mailFrom: "Muster <muster@example.test>",
        publicUrl: "https://muster.example.com",
        slack: {
          botToken: "xoxb-drill",
          signingSecret: "s".repeat(32),
          appToken: undefined,
          apiUrl: slack.url,
          command: "/incident",
        },
        mattermost: {
          url: mm.url,
          botToken: "mm-bot-token",
          team: "ops",
          commandToken: "c".repeat(26),
          publicUrl: "https://muster.example.com",
        },
      },
      [],
      clock.now,
    );
    const users = s.runtime.services.users;
    for (const h of ["fay", "ann", "ben", "oli"]) {
      await users.create({
        handle: h,
        displayName: h.toUpperCase(),
        isAdmin: false,
        email: `${h}@example.test`,
      });
      await s.runtime.services.contacts.add(h, "email", `${h}@example.test`);
      await s.runtime.services.contacts.add(h, "webhook", hooks.url(h));
      slack.addUser({ id: `U${h.toUpperCase()}`, name: h, email: `${h}@example.test` });
      mm.addUser({ id: `${h}${"x".repeat(26 - h.length)}`, username: h, email: `${h}@example.test` });
    }
    fay = await users.createToken((await users.byHandle("fay"))?.id ?? "", "t");
    oli = await users.createToken((await users.byHandle("oli"))?.id ?? "", "t");
    s.runtime.consumers.start();
  });
  afterAll(async () => {
    await s.close();
    await mail.close();
    await hooks.close();
    await slack.stop();
    await mm.stop();
  });

  it("runs the power-failure drill with participants trying to reach outsiders; nothing reaches them", async () => {
    const started = await call(s, fay, "POST", "/api/v1/drills", {
      scenario: "dc-power-failure",
      participants: ["ann", "ben"],
      speed: 10,
    });
    expect(started.status).toBe(201);
    const incident = (started.body as { incident: { id: string; number: number } }).incident;
    const as = (who: string, cmd: Command) => s.runtime.services.muster.execute(me(who), incident.id, cmd);
    const tick = async () => {
      clock.minutes(0.5);
      await s.runtime.drillRunner.tick();
      await s.runtime.scheduler.tick();
      await s.runtime.deliveries.tick();
    };
    await tick();
    await as("ann", { type: "check-in", person: "ann" });
    await as("ann", { type: "fill-role", role: "incident-commander", person: "ann" });
    await as("ann", { type: "check-in", person: "ben" });
    await as("ann", { type: "fill-role", role: "tech-lead", person: "ben" });
    await as("ben", {
      type: "report-can",
      conditions: "hall B dark",
      actions: "failing over",
      needs: "none",
    });
    // Paging someone outside the drill is refused.
    await expect(
      as("ann", {
        type: "dispatch",
        target: { person: "oli" },
        escalation: ["oli"],
        message: "come and help",
        ackMinutes: 5,
      }),
    ).rejects.toMatchObject({ code: "DRILL_OUTSIDE_AUDIENCE" });
    // An audience naming an outsider and an outside address: the update reaches neither.
    await as("ann", {
      type: "set-audiences",
      audiences: [
        {
          name: "execs",
          label: "Executives",
          external: false,
          approval: false,
          members: [
            { kind: "person", handle: "oli", channel: "all" },
            { kind: "person", handle: "ben", channel: "all" },
            { kind: "email", address: "board@customer.example" },
          ],
        },
      ],
    });
    await as("ann", {
      type: "draft-update",
      audience: "execs",
      stage: "identified",
      title: "Power lost in hall B",
      impact: "Checkout errors",
      workaround: null,
      text: "We are failing over.",
      nextUpdateAt: null,
      components: {},
    });
    for (let i = 0; i < 12; i++) await tick(); // six real minutes: the whole scenario at ×10
    const st = await s.runtime.services.reads.currentState(incident.id);
    for (const q of st?.comms.questions ?? []) {
      await as("ann", { type: "answer-question", id: q.id, text: "Back within the hour." });
    }
    await as("ann", { type: "set-status", status: "ended", summary: "Power restored.", confirm: true });
    for (let i = 0; i < 4; i++) await tick();
    await until(async () => (await s.runtime.services.consumerHealth()).every((c) => c.eventsBehind === 0));

    // The drill happened, and reached its participants, marked.
    const run = await call(s, fay, "GET", "/api/v1/drills");
    expect((run.body.runs as { status: string }[])[0]?.status).toBe("ended");
    const annMail = mail.messages.filter((m) => /^To: .*ann@example\.test/im.test(m));
    expect(annMail.length).toBeGreaterThan(0);
    for (const m of annMail) expect(plain(m)).toContain("DRILL");
    const annHooks = hooks.received.filter((r) => r.path === "/ann");
    expect(annHooks.length).toBeGreaterThan(0);
    for (const h of annHooks) {
      expect(JSON.parse(h.body)).toMatchObject({ drill: true, incidentKind: "drill" });
    }

    // Nothing reached oli or any outside address: inbox, email, webhook.
    expect((await call(s, oli, "GET", "/api/v1/inbox")).body).toEqual({ items: [] });
    const outsideMail = mail.messages.filter((m) => /^To: .*(oli@|board@|drill\.invalid)/im.test(m));
    expect(outsideMail).toEqual([]);
    expect(hooks.received.filter((r) => r.path === "/oli")).toEqual([]);

    // Chat: a drill channel on each, oli never invited, every line in it marked DRILL, nothing elsewhere.
    const slackChannel = [...slack.channels.values()].find((c) =>
      c.name.startsWith(`drill-${String(incident.number)}-`),
    );
    expect(slackChannel).toBeDefined();
    const invited = slack.callsOf("conversations.invite").flatMap((a) => String(a.users).split(","));
    expect(invited).toEqual(expect.arrayContaining(["UANN", "UBEN"]));
    expect(invited).not.toContain("UOLI");
    const slackPosts = slack.messages;
    expect(slackPosts.length).toBeGreaterThan(0);
    for (const m of slackPosts) {
      expect(m.channel).toBe(slackChannel?.id);
      expect(m.text).toContain("DRILL");
    }
    const mmChannel = [...mm.channels.values()].find((c) =>
      c.name.startsWith(`drill-${String(incident.number)}-`),
    );
    expect(mmChannel).toBeDefined();
    const mmInvites = mm.calls.filter((c) => c.path.endsWith("/members")).map((c) => JSON.stringify(c.body));
    expect(mmInvites.join()).not.toContain("olix");
    expect(slackPosts.some((m) => m.text.includes("DRILL inject · Priya (facilities, on site)"))).toBe(true);
    expect(mm.posts.length).toBeGreaterThan(0);
    for (const p of mm.posts) {
      expect(p.channel_id).toBe(mmChannel?.id);
      expect(p.message).toContain("DRILL");
    }
  });
});
