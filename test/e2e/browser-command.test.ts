import path from "node:path";
import { describe, expect, it } from "vitest";
import { accessibilityProblems } from "../support/axe.js";
import { ARTIFACTS, LIVE_MS, signIn, tab, tokenFor, useBrowserRig } from "../support/browser.js";

const ADMIN = "browser-command-admin-token-0123456789";

describe("command continuity in headless Chromium", () => {
  const rig = useBrowserRig(ADMIN);

  it("lets the Deputy step in for an IC who steps away, and assume command of one who is gone", async () => {
    const { server, browser } = rig();
    const ann = await signIn(browser, server.url, await tokenFor(server.url, ADMIN, "ann"));
    const dee = await signIn(browser, server.url, await tokenFor(server.url, ADMIN, "dee"));
    const declared = await fetch(`${server.url}/api/v1/incidents`, {
      method: "POST",
      headers: { authorization: `Bearer ${ADMIN}`, "content-type": "application/json" },
      body: JSON.stringify({ synopsis: "Storage array offline", severity: "SEV1", commander: "ann" }),
    });
    const number = String(((await declared.json()) as { number: number }).number);
    for (const page of [ann, dee]) await page.goto(`${server.url}/#/incidents/${number}`);
    await dee.getByLabel("Your next actions").getByRole("button", { name: "Check in now" }).click();
    await tab(ann, "Org");
    await ann.getByRole("button", { name: "Assign dee" }).click();
    const assign = ann.getByRole("form", { name: "Assign dee" });
    await assign.getByLabel("Role").selectOption("deputy");
    await assign.getByRole("button", { name: "Assign" }).click();
    await ann
      .getByLabel("Succession")
      .getByText("assumes command (the Deputy)")
      .waitFor({ timeout: LIVE_MS });

    // Where the response lives, set from the incident menu, is a click away for everyone.
    await ann.getByRole("button", { name: "Incident actions" }).click();
    await ann.getByRole("menuitem", { name: /^Links/ }).click();
    const links = ann.getByRole("form", { name: "Set the links" });
    await links.getByLabel(/One per line/).fill("Bridge javascript:alert(1)");
    await links.getByRole("button", { name: "Save links" }).click();
    await links.getByText(/must be an http\(s\) address/).waitFor();
    await links
      .getByLabel(/One per line/)
      .fill("Bridge https://meet.example.com/storage\nChannel https://chat.example.com/inc");
    await links.getByRole("button", { name: "Save links" }).click();
    const bridge = dee.getByRole("region", { name: "Command bar" }).getByRole("link", { name: "Bridge" });
    await bridge.waitFor({ timeout: LIVE_MS });
    expect(await bridge.getAttribute("href")).toBe("https://meet.example.com/storage");
    expect(await bridge.getAttribute("rel")).toBe("noopener noreferrer");

    // ann steps away until a time; dee commands meanwhile and is told until when.
    await ann.getByRole("button", { name: "Incident actions" }).click();
    await ann.getByRole("menuitem", { name: "Step away from command…" }).click();
    const away = ann.getByRole("form", { name: "Step away from command" });
    await away.getByLabel(/^For dee/).fill("Vendor call at the half hour");
    expect(await accessibilityProblems(ann), "the step-away dialog").toEqual([]);
    await away.getByRole("button", { name: "Step away" }).click();
    const deeBar = dee.getByRole("region", { name: "Command bar" });
    await deeBar.getByText(/acting for ann until/).waitFor({ timeout: LIVE_MS });
    await dee
      .getByLabel("Your next actions")
      .getByText(/You command while ann is away, until .+: Vendor call at the half hour/)
      .waitFor();
    // ann resumes from her next actions, in one tap.
    await ann.getByLabel("Your next actions").getByRole("button", { name: "Resume command" }).click();
    await deeBar.getByText(/acting for ann/).waitFor({ state: "detached", timeout: LIVE_MS });

    // ann's laptop dies: dee assumes command with a reason, and ann is told.
    await dee.getByRole("button", { name: "Incident actions" }).click();
    await dee.getByRole("menuitem", { name: "Assume command…" }).click();
    const assume = dee.getByRole("form", { name: "Assume command" });
    expect(await assume.getByRole("button", { name: "Take command now" }).isDisabled()).toBe(true);
    await assume.getByLabel("Why you take command").fill("ann's laptop died; no answer on the bridge");
    expect(await accessibilityProblems(dee), "the assume-command dialog").toEqual([]);
    await assume.getByRole("button", { name: "Take command now" }).click();
    await ann
      .getByRole("region", { name: "Command bar" })
      .locator("dd")
      .first()
      .getByText("dee")
      .waitFor({ timeout: LIVE_MS });
    await ann.getByRole("button", { name: /^Inbox: [1-9]\d* unread$/ }).waitFor({ timeout: LIVE_MS });
    await ann.getByRole("button", { name: /^Inbox:/ }).click();
    await ann
      .getByText(/dee assumed command from ann as the Deputy/)
      .first()
      .waitFor();
    await ann.screenshot({ path: path.join(ARTIFACTS, "command-assumed.png") });
  }, 120_000);
});
