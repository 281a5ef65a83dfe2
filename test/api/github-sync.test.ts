import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../support/github.js";
import { call, until } from "../support/http.js";
import type { TestServer } from "../support/runtime.js";
import { ENGINES, startTestServer } from "../support/runtime.js";

const SECRET = "webhook-secret-0123456789";
const TOKEN = "ghp_test_token_0123456789";

type FollowUp = { id: string; title: string; state: string; reason: string | null; tracker?: unknown };

/** Sends a delivery as GitHub does: JSON body, event name, delivery id and HMAC-SHA256 signature. */
function deliver(s: TestServer, event: string, payload: unknown, secret = SECRET, raw?: string) {
  const body = raw ?? JSON.stringify(payload);
  return s.app.inject({
    method: "POST",
    url: "/api/v1/integrations/github/webhook",
    headers: {
      "content-type": "application/json",
      "user-agent": "GitHub-Hookshot/a1b2c3d",
      "x-github-event": event,
      "x-github-delivery": crypto.randomUUID(),
      "x-hub-signature-256": `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`,
    },
    payload: body,
  });
}

const issueEvent = (action: string, number: number, stateReason: string | null, login = "octocat") => ({
  action,
  issue: { number, state: action === "reopened" ? "open" : "closed", state_reason: stateReason, title: "x" },
  repository: { full_name: "acme/ops" },
  sender: { login },
});

describe.each(ENGINES)("follow-ups synced with GitHub Issues on %s", (engine) => {
  let s: TestServer;
  let github: FakeGitHub;
  let ann: string;

  beforeAll(async () => {
    github = new FakeGitHub("acme/ops", TOKEN);
    await github.start();
    s = await startTestServer(engine, {
      publicUrl: "https://muster.example.com",
      github: {
        token: TOKEN,
        repository: "acme/ops",
        webhookSecret: SECRET,
        apiUrl: github.url,
        sync: "all",
        timeoutMs: 400,
      },
    });
    ann = await s.user("ann");
    s.runtime.consumers.start();
  });
  afterAll(async () => {
    await s.close();
    await github.stop();
  });

  async function followUps(n: number): Promise<FollowUp[]> {
    return (await call(s, ann, "GET", `/api/v1/incidents/${String(n)}`)).body.followUps as FollowUp[];
  }

  it("opens an issue per follow-up, closes it from Muster, and takes GitHub's closes and reopens back once", async () => {
    const d = await call(s, ann, "POST", "/api/v1/incidents", {
      synopsis: "Certificates expired",
      severity: "SEV2",
    });
    const n = d.body.number as number;
    await call(s, ann, "POST", `/api/v1/incidents/${String(n)}/follow-ups`, {
      title: "Alert before expiry",
      owner: "ann",
    });
    await until(async () => typeof (await followUps(n))[0]?.tracker === "object");
    const [f] = await followUps(n);
    const number = github.issues.length;
    expect(f?.tracker).toEqual({
      provider: "github",
      key: `acme/ops#${String(number)}`,
      url: `https://github.com/acme/ops/issues/${String(number)}`,
    });
    const issue = github.issues.at(-1)!;
    expect(issue.title).toBe("Alert before expiry");
    expect(issue.body).toContain(`(https://muster.example.com/#/incidents/${String(n)})`);
    expect(github.requests.at(-1)?.authorization).toBe(`token ${TOKEN}`);

    // Closed in GitHub: done in Muster, by "github"; the same delivery again changes nothing.
    const patches = () => github.requests.filter((r) => r.method === "PATCH").length;
    const before = patches();
    const closed = await deliver(s, "issues", issueEvent("closed", number, "completed"));
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ result: "updated" });
    expect((await followUps(n))[0]?.state).toBe("done");
    expect((await deliver(s, "issues", issueEvent("closed", number, "completed"))).json()).toMatchObject({
      result: "unchanged",
    });
    const timeline = (await call(s, ann, "GET", `/api/v1/incidents/${String(n)}/timeline`)).body
      .events as unknown as {
      type: string;
      actor: string;
    }[];
    expect(timeline.filter((e) => e.type === "follow-up.updated").map((e) => e.actor)).toEqual(["github"]);
    expect((await deliver(s, "issues", issueEvent("reopened", number, "reopened"))).json()).toMatchObject({
      result: "updated",
    });
    expect((await followUps(n))[0]?.state).toBe("open");
    await deliver(s, "issues", issueEvent("closed", number, "not_planned", "octo\u0000cat"));
    const declined = (await followUps(n))[0]!;
    expect(declined.state).toBe("wont-do");
    expect(declined.reason).toBe(`Closed as not planned in GitHub (acme/ops#${String(number)}).`);
    // Changes that came from GitHub are not sent back to it.
    await new Promise((r) => setTimeout(r, 300));
    expect(patches()).toBe(before);

    // Done in Muster: the issue is closed as completed; reopened in Muster, reopened there.
    await call(s, ann, "PATCH", `/api/v1/incidents/${String(n)}/follow-ups/${f!.id}`, { state: "done" });
    await until(() => issue.state === "closed" && issue.state_reason === "completed");
    await call(s, ann, "PATCH", `/api/v1/incidents/${String(n)}/follow-ups/${f!.id}`, {
      state: "in-progress",
    });
    await until(() => issue.state === "open");
  });

  it("refuses deliveries without a valid signature, and ignores what is not a follow-up's state change", async () => {
    const event = issueEvent("closed", 1, "completed");
    const unsigned = await s.app.inject({
      method: "POST",
      url: "/api/v1/integrations/github/webhook",
      headers: { "content-type": "application/json", "x-github-event": "issues" },
      payload: JSON.stringify(event),
    });
    expect(unsigned.statusCode).toBe(401);
    expect(unsigned.json()).toMatchObject({ code: "INVALID_SIGNATURE" });
    expect((await deliver(s, "issues", event, "another-secret-0123456789")).statusCode).toBe(401);
    // A signature over other bytes: the body was changed on the way.
    const forged = await s.app.inject({
      method: "POST",
      url: "/api/v1/integrations/github/webhook",
      headers: {
        "content-type": "application/json",
        "x-github-event": "issues",
        "x-hub-signature-256": `sha256=${createHmac("sha256", SECRET).update("{}").digest("hex")}`,
      },
      payload: JSON.stringify(event),
    });
    expect(forged.statusCode).toBe(401);
    expect((await deliver(s, "ping", { zen: "Keep it logically awesome." })).json()).toMatchObject({
      result: "ignored",
    });
    expect((await deliver(s, "push", { ref: "main" })).json()).toMatchObject({ result: "ignored" });
    expect((await deliver(s, "issues", issueEvent("closed", 9999, "completed"))).json()).toMatchObject({
      result: "ignored",
    });
    expect((await deliver(s, "issues", issueEvent("labeled", 1, null))).json()).toMatchObject({
      result: "ignored",
    });
    const bad = await deliver(s, "issues", null, SECRET, "{not json");
    expect(bad.statusCode).toBe(400);
    const deep = await deliver(s, "issues", null, SECRET, `${"[".repeat(5000)}${"]".repeat(5000)}`);
    expect(deep.statusCode).toBe(400);
  });

  it("retries while GitHub fails or never answers, then opens each issue once", async () => {
    const d = await call(s, ann, "POST", "/api/v1/incidents", { synopsis: "Queue backlog" });
    const n = d.body.number as number;
    const issuesBefore = github.issues.length;
    github.failNext(502, 503);
    await call(s, ann, "POST", `/api/v1/incidents/${String(n)}/follow-ups`, {
      title: "Autoscale workers",
      owner: "ann",
    });
    await until(async () => typeof (await followUps(n))[0]?.tracker === "object");
    expect(github.issues.length).toBe(issuesBefore + 1);

    github.hang();
    await call(s, ann, "POST", `/api/v1/incidents/${String(n)}/follow-ups`, {
      title: "Runbook for backlog",
      owner: "ann",
    });
    const health = async () =>
      (
        (await call(s, s.adminToken, "GET", "/api/v1/consumers")).body.consumers as {
          name: string;
          failures: number;
        }[]
      ).find((c) => c.name === "tracker-github");
    await until(async () => ((await health())?.failures ?? 0) >= 3, 10_000);
    github.answerAgain();
    await until(async () => (await followUps(n)).every((f) => typeof f.tracker === "object"), 20_000);
    expect(github.issues.filter((i) => i.title === "Runbook for backlog")).toHaveLength(1);
  });
});

describe("follow-ups synced on request", () => {
  let s: TestServer;
  let plain: TestServer;
  let github: FakeGitHub;
  let ann: string;

  beforeAll(async () => {
    github = new FakeGitHub("acme/ops", TOKEN);
    await github.start();
    s = await startTestServer("sqlite", {
      github: {
        token: TOKEN,
        repository: "acme/ops",
        webhookSecret: SECRET,
        apiUrl: github.url,
        sync: "on-request",
      },
    });
    ann = await s.user("ann");
    s.runtime.consumers.start();
    plain = await startTestServer("sqlite");
  });
  afterAll(async () => {
    await s.close();
    await plain.close();
    await github.stop();
  });

  it("opens issues only when asked, once, and never for a restricted incident", async () => {
    const d = await call(s, ann, "POST", "/api/v1/incidents", { synopsis: "Billing delays" });
    const ref = `/api/v1/incidents/${String(d.body.number)}`;
    const a = await call(s, ann, "POST", `${ref}/follow-ups`, { title: "Not for GitHub", owner: "ann" });
    const b = await call(s, ann, "POST", `${ref}/follow-ups`, { title: "For GitHub", owner: "ann" });
    const ids = (b.body.followUps as FollowUp[]).map((f) => f.id);
    expect(a.body.followUps as FollowUp[]).toHaveLength(1);
    const wanted = ids[1]!;
    const asked = await call(s, ann, "POST", `${ref}/follow-ups/${wanted}/track`);
    expect(asked.status).toBe(200);
    expect((await call(s, ann, "POST", `${ref}/follow-ups/${wanted}/track`)).body).toMatchObject({
      code: "FOLLOW_UP_TRACKED",
    });
    await until(async () => {
      const list = (await call(s, ann, "GET", ref)).body.followUps as FollowUp[];
      return typeof list.find((f) => f.id === wanted)?.tracker === "object";
    });
    expect(github.issues.map((i) => i.title)).toEqual(["For GitHub"]);

    const r = await call(s, ann, "POST", "/api/v1/incidents", {
      synopsis: "Payroll export",
      visibility: "restricted",
    });
    const rref = `/api/v1/incidents/${String(r.body.number)}`;
    const added = await call(s, ann, "POST", `${rref}/follow-ups`, { title: "Secret fix", owner: "ann" });
    const secret = (added.body.followUps as FollowUp[])[0]!.id;
    expect((await call(s, ann, "POST", `${rref}/follow-ups/${secret}/track`)).body).toMatchObject({
      code: "RESTRICTED_TRACKER",
    });

    const plainAnn = await plain.user("ann");
    const p = await call(plain, plainAnn, "POST", "/api/v1/incidents", { synopsis: "x" });
    const pref = `/api/v1/incidents/${String(p.body.number)}`;
    const pf = await call(plain, plainAnn, "POST", `${pref}/follow-ups`, { title: "y", owner: "ann" });
    const pid = (pf.body.followUps as FollowUp[])[0]!.id;
    expect((await call(plain, plainAnn, "POST", `${pref}/follow-ups/${pid}/track`)).body).toMatchObject({
      code: "TRACKER_NOT_CONFIGURED",
    });
    expect((await deliver(plain, "ping", {})).statusCode).toBe(409);
  });
});
