import path from "node:path";
import { describe, expect, it } from "vitest";
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

const ADMIN = "browser-postmortem-admin-token-0123456789";

describe("the postmortem in headless Chromium", () => {
  const rig = useBrowserRig(ADMIN);

  it("drafts it when the incident ends, flags blame as you type, saves, reviews and publishes it", async () => {
    const { server, browser } = rig();
    const annToken = await tokenFor(server.url, ADMIN, "ann");
    const bobToken = await tokenFor(server.url, ADMIN, "bob");
    const post = async (token: string, url: string, body: unknown) =>
      (await fetch(`${server.url}/api/v1${url}`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      }).then((r) => r.json())) as { number: number };
    const n = String(
      (
        await post(annToken, "/incidents", {
          synopsis: "Certificate expired on api.example.com",
          severity: "SEV2",
        })
      ).number,
    );
    await post(annToken, `/incidents/${n}/responders`, { person: "bob" });
    await post(annToken, `/incidents/${n}/decisions`, {
      decision: "Renew by hand",
      rationale: "automation is broken",
    });
    await post(annToken, `/incidents/${n}/log`, { text: "New certificate served; errors gone", key: true });
    await post(annToken, `/incidents/${n}/status`, {
      status: "ended",
      summary: "Certificate renewed by hand",
    });

    const ann = await signIn(browser, server.url, annToken);
    await ann.goto(`${server.url}/#/incidents/${n}`);
    await tab(ann, "Postmortem");
    const panel = ann.getByRole("region", { name: "Postmortem" });
    const text = panel.getByLabel("Markdown");
    await panel.getByRole("button", { name: "Send for review" }).waitFor({ timeout: LIVE_MS });
    expect(await text.inputValue()).toContain("Decision: Renew by hand — because automation is broken");
    await panel.getByRole("region", { name: "Preview" }).getByRole("heading", { name: "Timeline" }).waitFor();

    // Blame is flagged as it is typed, and the flag goes once the sentence is reframed.
    await text.press("Control+End");
    await text.pressSequentially("\nRoot cause: bob forgot to renew the certificate.");
    const flags = panel.getByRole("list", { name: "Sentences that read as blame" });
    await flags.getByText("Root cause: bob forgot to renew the certificate.").waitFor();
    await panel.screenshot({ path: path.join(ARTIFACTS, "postmortem.png") });
    const draft = await text.inputValue();
    await text.fill(
      draft.replace("bob forgot to renew the certificate.", "renewal depended on a job that had no alert."),
    );
    await flags.waitFor({ state: "detached" });
    await panel.getByRole("button", { name: "Save version" }).click();
    await panel.getByText(/version 2/).waitFor({ timeout: LIVE_MS });
    expect(await accessibilityProblems(ann), "the postmortem editor").toEqual([]);

    // Bob saves a version while Ann has unsaved edits: she is told, and her base version stays.
    await text.press("Control+End");
    await text.pressSequentially("\nAnn's unsaved line.");
    const saved = await fetch(`${server.url}/api/v1/incidents/${n}/postmortem/text`, {
      method: "PUT",
      headers: { authorization: `Bearer ${bobToken}`, "content-type": "application/json" },
      body: JSON.stringify({
        markdown: `${draft.replace("bob forgot to renew the certificate.", "renewal depended on a job that had no alert.")}\nBob's line.`,
        baseVersion: 2,
      }),
    });
    expect(saved.status).toBe(200);
    await panel.getByText(/bob saved version 3 while you were editing/).waitFor({ timeout: LIVE_MS });
    await panel.getByRole("button", { name: /Load their version/ }).click();
    expect(await text.inputValue()).toContain("Bob's line.");
    await panel.getByRole("button", { name: "Send for review" }).click();
    await panel.getByText(/in-review/).waitFor({ timeout: LIVE_MS });

    const bob = await signIn(browser, server.url, bobToken);
    await bob.goto(`${server.url}/#/incidents/${n}`);
    await tab(bob, "Postmortem");
    const comment = bob.getByRole("form", { name: "Comment on a section" });
    await comment.getByLabel("Section").selectOption("Timeline");
    await comment.getByLabel("Comment").fill("Add when the renewal job last succeeded");
    await comment.getByRole("button", { name: "Comment" }).click();
    await bob.getByRole("heading", { name: "Comments (1)" }).waitFor({ timeout: LIVE_MS });
    await bob.getByRole("region", { name: "Postmortem" }).getByRole("button", { name: "Approve" }).click();
    await bob
      .getByRole("region", { name: "Postmortem" })
      .getByText(/approved by bob/)
      .waitFor({ timeout: LIVE_MS });

    // Ann's open tab follows: bob's comment and approval arrive without a reload.
    await panel.getByRole("heading", { name: "Comments (1)" }).waitFor({ timeout: LIVE_MS });
    await panel.getByText(/approved by bob/).waitFor({ timeout: LIVE_MS });
    // Ann answers in the thread and resolves it.
    const thread = panel.getByRole("listitem", { name: "Thread on Timeline by bob" });
    await thread.getByLabel("Reply", { exact: true }).fill("It last succeeded on 3 November");
    await thread.getByRole("button", { name: "Reply" }).click();
    await panel.getByRole("heading", { name: "Comments (2)" }).waitFor({ timeout: LIVE_MS });
    await thread.getByRole("button", { name: "Resolve" }).click();
    await thread.getByText("Resolved by ann").waitFor({ timeout: LIVE_MS });
    expect(await accessibilityProblems(ann), "the comment threads").toEqual([]);
    await panel.getByRole("button", { name: "Publish" }).click();
    await panel.getByText(/published, owner ann/).waitFor({ timeout: LIVE_MS });
    expect(await text.getAttribute("readonly")).not.toBeNull();

    // A follow-up from the review: added with an owner and a due date, then closed.
    const followUps = ann.getByRole("region", { name: "Follow-ups" });
    const add = followUps.getByRole("form", { name: "Add a follow-up" });
    await add.getByLabel("Follow-up").fill("Alert 14 days before any certificate expires");
    await add.getByLabel("Owner").selectOption("bob");
    await add.getByLabel("Due").fill("2026-12-18");
    await add.getByRole("button", { name: "Add" }).click();
    const state = followUps.getByLabel('State of "Alert 14 days before any certificate expires"');
    await state.waitFor({ timeout: LIVE_MS });
    expect(await accessibilityProblems(ann), "the follow-ups").toEqual([]);
    await state.selectOption("done");
    await followUps.locator("li.state-done").waitFor({ timeout: LIVE_MS });
    expect(cspViolations(), "nothing blocked by the Content Security Policy").toEqual([]);
  }, 120_000);
});
