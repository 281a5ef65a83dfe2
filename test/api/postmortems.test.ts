import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, until } from "../support/http.js";
import type { TestServer } from "../support/runtime.js";
import { ENGINES, startTestServer } from "../support/runtime.js";
import { postmortemReminders } from "../../src/capabilities/postmortems/service.js";
import { silentLog } from "../../src/log.js";

type Pm = {
  version: number;
  stage: string;
  owner: string;
  markdown: string;
  participants: string[];
  flags: { sentence: string; rule: string }[];
  schedule: { draft: string; review: string; publish: string };
  approvals: string[];
};

describe.each(ENGINES)("postmortems through the API on %s", (engine) => {
  let s: TestServer;
  let ann: string;
  let bob: string;
  let eve: string;

  beforeAll(async () => {
    s = await startTestServer(engine);
    ann = await s.user("ann");
    bob = await s.user("bob");
    eve = await s.user("eve");
    s.runtime.consumers.start();
  });
  afterAll(async () => s.close());

  it("drafts one from the record when the incident ends, then edits with a version check, reviews and publishes it", async () => {
    const d = await call(s, ann, "POST", "/api/v1/incidents", {
      synopsis: "Checkout 502s",
      severity: "SEV2",
    });
    const ref = `/api/v1/incidents/${String(d.body.number)}`;
    await call(s, ann, "POST", `${ref}/responders`, { person: "bob" });
    await call(s, ann, "POST", `${ref}/responders/bob/assignment`, {});
    await call(s, ann, "POST", `${ref}/decisions`, {
      decision: "Roll back 4.2",
      rationale: "errors began with it",
    });
    await call(s, ann, "POST", `${ref}/log`, { text: "Rollback complete, errors falling", key: true });
    expect((await call(s, ann, "GET", `${ref}/postmortem`)).body).toMatchObject({
      code: "POSTMORTEM_NOT_FOUND",
    });
    await call(s, ann, "POST", `${ref}/status`, { status: "ended", summary: "Rolled back 4.2" });

    let pm = {} as Pm;
    await until(async () => {
      const got = await call(s, bob, "GET", `${ref}/postmortem`);
      pm = got.body as unknown as Pm;
      return got.status === 200;
    });
    expect(pm).toMatchObject({ stage: "draft", owner: "ann", participants: ["ann", "bob"], version: 1 });
    expect(pm.markdown).toContain("# Postmortem:");
    expect(pm.markdown).toContain("Decision: Roll back 4.2 — because errors began with it (ann)");
    expect(pm.markdown).toContain("Rollback complete, errors falling");
    expect(pm.markdown).toMatch(/- Incident Commander: ann, /);
    expect(Date.parse(pm.schedule.publish)).toBeGreaterThan(Date.parse(pm.schedule.draft));
    expect((await call(s, ann, "POST", `${ref}/postmortem`)).body).toMatchObject({
      code: "POSTMORTEM_EXISTS",
    });

    const blamed = `${pm.markdown}\nRoot cause: bob forgot to run the canary.`;
    const saved = await call(s, ann, "PUT", `${ref}/postmortem/text`, { markdown: blamed, baseVersion: 1 });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ version: 2, flags: [{ rule: "person-failed" }] });
    const stale = await call(s, bob, "PUT", `${ref}/postmortem/text`, { markdown: "mine", baseVersion: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: "VERSION_CONFLICT", field: "baseVersion" });
    expect(
      (await call(s, eve, "PUT", `${ref}/postmortem/text`, { markdown: "x", baseVersion: 2 })).status,
    ).toBe(403);
    expect(
      (await call(s, ann, "PUT", `${ref}/postmortem/text`, { markdown: "x", baseVersion: "2" })).status,
    ).toBe(422);

    await call(s, bob, "POST", `${ref}/postmortem/comments`, {
      section: "Timeline",
      text: "Add when the canary was skipped",
    });
    expect((await call(s, bob, "POST", `${ref}/postmortem/submit`)).body).toMatchObject({
      code: "NOT_POSTMORTEM_OWNER",
    });
    expect((await call(s, ann, "POST", `${ref}/postmortem/submit`)).body).toMatchObject({
      stage: "in-review",
    });
    expect((await call(s, ann, "POST", `${ref}/postmortem/publish`)).body).toMatchObject({
      code: "POSTMORTEM_STAGE",
    });
    expect((await call(s, ann, "POST", `${ref}/postmortem/approve`)).body).toMatchObject({
      code: "POSTMORTEM_STAGE",
    });
    const approved = await call(s, bob, "POST", `${ref}/postmortem/approve`);
    expect(approved.body).toMatchObject({ approvals: ["bob"] });
    const flagged = await call(s, ann, "POST", `${ref}/postmortem/publish`);
    expect(flagged.status).toBe(422);
    expect(flagged.body).toMatchObject({ code: "BLAME_FLAGGED", field: "markdown" });
    expect(String(flagged.body.detail)).toContain("bob forgot to run the canary");

    // Reframed: the edit in review asks the reviewer again.
    const reframed = blamed.replace(
      "bob forgot to run the canary.",
      "the deploy could skip the canary stage without a warning.",
    );
    const edited = await call(s, ann, "PUT", `${ref}/postmortem/text`, {
      markdown: reframed,
      baseVersion: (approved.body as unknown as Pm).version,
    });
    expect(edited.body).toMatchObject({ flags: [], approvals: [] });
    await call(s, bob, "POST", `${ref}/postmortem/approve`);
    const published = await call(s, ann, "POST", `${ref}/postmortem/publish`);
    expect(published.body).toMatchObject({ stage: "published", acceptedFlags: null });

    const md = await s.app.inject({
      method: "GET",
      url: `${ref}/postmortem/export?format=md`,
      headers: { authorization: `Bearer ${eve}` },
    });
    expect(md.headers["content-type"]).toContain("text/markdown");
    expect(md.body).toContain("the deploy could skip the canary stage");
    const html = await s.app.inject({
      method: "GET",
      url: `${ref}/postmortem/export?format=html`,
      headers: { authorization: `Bearer ${eve}` },
    });
    expect(html.headers["content-type"]).toContain("text/html");
    expect(html.body).toContain("<h2>Timeline</h2>");
    expect(html.body).toContain("Published");
    const list = (await call(s, eve, "GET", "/api/v1/postmortems?stage=published")).body.postmortems as Pm[];
    expect(list.length).toBeGreaterThanOrEqual(1);
  });

  it("reminds the owner once for each step past due, through the outbox", async () => {
    const d = await call(s, bob, "POST", "/api/v1/incidents", { synopsis: "Disk full", severity: "SEV3" });
    const ref = `/api/v1/incidents/${String(d.body.number)}`;
    await call(s, bob, "POST", `${ref}/status`, { status: "ended", summary: "Cleaned up" });
    await until(async () => (await call(s, bob, "GET", `${ref}/postmortem`)).status === 200);
    const inTwoWeeks = () => new Date(Date.now() + 15 * 86_400_000);
    const reminders = postmortemReminders(s.runtime.services.postmortems, inTwoWeeks, silentLog);
    expect(await reminders.tick()).toBeGreaterThanOrEqual(3);
    expect(await reminders.tick()).toBe(0);
    const pm = (await call(s, bob, "GET", `${ref}/postmortem`)).body as { reminded: Record<string, string> };
    expect(Object.keys(pm.reminded).sort()).toEqual(["draft", "publish", "review"]);
    await s.runtime.deliveries.tick();
    const inbox = (await call(s, bob, "GET", "/api/v1/inbox")).body.items as {
      title: string;
      body: string;
    }[];
    expect(inbox.filter((i) => i.title.startsWith("Postmortem:") && i.body.includes("was due"))).toHaveLength(
      3,
    );
  });

  it("shows raw HTML in the text as text in the printable page", async () => {
    const d = await call(s, ann, "POST", "/api/v1/incidents", { synopsis: "XSS probe", severity: "SEV4" });
    const ref = `/api/v1/incidents/${String(d.body.number)}`;
    const created = await call(s, ann, "POST", `${ref}/postmortem`);
    expect(created.status).toBe(201);
    const pm = created.body as unknown as Pm;
    await call(s, ann, "PUT", `${ref}/postmortem/text`, {
      markdown: `${pm.markdown}\n<script>alert(1)</script>\n[x](javascript:alert(1))`,
      baseVersion: pm.version,
    });
    const html = await s.app.inject({
      method: "GET",
      url: `${ref}/postmortem/export?format=html`,
      headers: { authorization: `Bearer ${ann}` },
    });
    expect(html.body).not.toContain("<script>alert");
    expect(html.body).not.toContain('href="javascript:');
    expect(html.headers["content-security-policy"]).toContain("default-src 'none'");
  });
});
