import { createHmac } from "node:crypto";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityProblems } from "../support/axe.js";
import {
  ARTIFACTS,
  LIVE_MS,
  cspViolations,
  signIn,
  tab,
  tokenFor,
  useBrowserRig,
} from "../support/browser.js";
import { FakeGitHub } from "../support/github.js";

const ADMIN = "browser-followups-admin-token-0123456789";
const TOKEN = "ghp_browser_token_0123456789";
const SECRET = "browser-webhook-secret-0123456789";

describe("follow-ups from the response, synced with GitHub, in headless Chromium", () => {
  const github = new FakeGitHub("acme/ops", TOKEN);
  beforeAll(() => github.start());
  afterAll(() => github.stop());
  // The documented configuration names, as an operator would set them.
  const rig = useBrowserRig(ADMIN, () => ({
    MUSTER_GITHUB_TOKEN: TOKEN,
    MUSTER_GITHUB_REPOSITORY: "acme/ops",
    MUSTER_GITHUB_WEBHOOK_SECRET: SECRET,
    MUSTER_GITHUB_API_URL: github.url,
    MUSTER_GITHUB_SYNC: "on-request",
  }));

  it("turns a need, a decision and a rolled-back change into follow-ups, opens an issue, and takes GitHub's close", async () => {
    const { server, browser } = rig();
    const annToken = await tokenFor(server.url, ADMIN, "ann");
    await tokenFor(server.url, ADMIN, "bob");
    const post = async (url: string, body: unknown = {}) =>
      (await fetch(`${server.url}/api/v1${url}`, {
        method: "POST",
        headers: { authorization: `Bearer ${annToken}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      }).then((r) => r.json())) as { number: number; events: { data: { id?: string } }[] };
    const n = String(
      (await post("/incidents", { synopsis: "Replica lag on orders", severity: "SEV2" })).number,
    );
    await post(`/incidents/${n}/responders`, { person: "bob" });
    await post(`/incidents/${n}/reports`, {
      conditions: "lag 40 s",
      actions: "throttling",
      needs: "a DBA with replica access",
    });
    await post(`/incidents/${n}/decisions`, {
      decision: "Pause the batch import",
      rationale: "it doubles the write load",
    });
    const change = await post(`/incidents/${n}/changes`, {
      what: "raise the replica's IOPS",
      why: "disk bound",
      system: "orders-db",
      risk: "low",
      rollbackPlan: "set IOPS back",
    });
    const changeId = change.events[0]?.data.id ?? "";
    await post(`/incidents/${n}/changes/${changeId}/start`, { override: "lag is growing" });
    await post(`/incidents/${n}/changes/${changeId}/rollback`, { result: "no better" });

    const ann = await signIn(browser, server.url, annToken);
    await ann.goto(`${server.url}/#/incidents/${n}`);
    const add = async (button: string, owner: string) => {
      await ann.getByRole("button", { name: button }).click();
      const dialog = ann.getByRole("dialog", { name: "Add a follow-up" });
      await dialog.getByLabel("Owner").selectOption(owner);
      await dialog.getByRole("button", { name: "Add follow-up" }).click();
      await dialog.waitFor({ state: "detached" });
    };
    await add("Follow up the need from ann", "bob");
    await ann.getByRole("button", { name: 'Follow up the decision "Pause the batch import"' }).click();
    const dialog = ann.getByRole("dialog", { name: "Add a follow-up" });
    expect(await accessibilityProblems(ann), "the follow-up dialog").toEqual([]);
    await dialog.getByLabel("Follow-up").fill("Make the batch import throttle itself");
    await dialog.getByLabel("Owner").selectOption("ann");
    await dialog.getByRole("button", { name: "Add follow-up" }).click();
    await dialog.waitFor({ state: "detached" });
    await tab(ann, "Changes");
    await add('Follow up the change "raise the replica\'s IOPS"', "bob");

    await tab(ann, "Plan");
    const panel = ann.getByRole("region", { name: "Follow-ups" });
    await panel.getByText("a DBA with replica access", { exact: true }).waitFor({ timeout: LIVE_MS });
    await panel.getByText("Make the batch import throttle itself", { exact: true }).waitFor();
    await panel.getByText('Why "raise the replica\'s IOPS" had to be rolled back', { exact: true }).waitFor();
    expect(await panel.getByText(/from (need|decision|change)/).count()).toBe(3);

    // Open an issue for one: the link to it appears once GitHub has answered.
    await panel
      .getByRole("button", { name: "Open an issue for “Make the batch import throttle itself”" })
      .click();
    const link = panel.getByRole("link", { name: "acme/ops#1" });
    await link.waitFor({ timeout: LIVE_MS * 2 });
    expect(await link.getAttribute("href")).toBe("https://github.com/acme/ops/issues/1");
    expect(github.issues.map((i) => i.title)).toEqual(["Make the batch import throttle itself"]);
    expect(await accessibilityProblems(ann), "the follow-ups with an issue").toEqual([]);
    await panel.screenshot({ path: path.join(ARTIFACTS, "follow-ups.png") });

    // Closed in GitHub: the webhook's delivery marks it done in the room, live.
    const body = JSON.stringify({
      action: "closed",
      issue: { number: 1, state: "closed", state_reason: "completed" },
      repository: { full_name: "acme/ops" },
      sender: { login: "octocat" },
    });
    const delivered = await fetch(`${server.url}/api/v1/integrations/github/webhook`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-github-event": "issues",
        "x-github-delivery": crypto.randomUUID(),
        "x-hub-signature-256": `sha256=${createHmac("sha256", SECRET).update(body).digest("hex")}`,
      },
      body,
    });
    expect(delivered.status).toBe(200);
    await expect
      .poll(() => panel.getByLabel('State of "Make the batch import throttle itself"').inputValue(), {
        timeout: LIVE_MS,
      })
      .toBe("done");
    expect(cspViolations(), "nothing blocked by the Content Security Policy").toEqual([]);
  }, 120_000);
});
