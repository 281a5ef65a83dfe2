import { describe, expect, it } from "vitest";
import { accessibilityProblems } from "../support/axe.js";
import { signIn, tab, useBrowserRig } from "../support/browser.js";

const ADMIN = "browser-newcomer-admin-token-0123456789";

describe("a newcomer's first incident in headless Chromium", () => {
  const rig = useBrowserRig(ADMIN);

  it("lets a newcomer with only the admin token add a colleague, declare, staff and end an incident", async () => {
    const { server, browser } = rig();
    const first = await browser.newPage();
    await first.goto(server.url);
    await first.getByRole("form", { name: "Sign in" }).waitFor();
    expect(await accessibilityProblems(first), "the sign-in page").toEqual([]);
    await first.close();
    const admin = await signIn(browser, server.url, ADMIN);
    await admin.getByRole("link", { name: "People" }).click();
    const add = admin.getByRole("form", { name: "Add a person" });
    await add.getByLabel("Handle").fill("gil");
    await add.getByLabel("Name").fill("Gil Newman");
    await add.getByRole("button", { name: "Add person" }).click();
    const issued = admin.getByRole("status").locator("code.token");
    await issued.waitFor();
    const gilToken = (await issued.textContent()) ?? "";
    expect(gilToken.length).toBeGreaterThan(20);
    // The admin's own tokens: the first start's, in use right now.
    const mine = admin.getByRole("table", { name: "Your API tokens" });
    const firstStart = mine.getByRole("row").filter({ hasText: "first start" });
    await firstStart.waitFor();
    expect(await firstStart.textContent()).not.toContain("never");
    expect(await accessibilityProblems(admin), "the people page").toEqual([]);
    const gil = await signIn(browser, server.url, gilToken);
    await gil.getByText("Signed in as gil").waitFor();

    await admin.getByRole("link", { name: /Incidents/ }).click();
    await admin.getByRole("button", { name: "Declare an incident" }).click();
    await admin.getByLabel("What is happening?").fill("Newcomer drill: login page slow");
    await admin.getByLabel("Kind").selectOption("drill");
    expect(await accessibilityProblems(admin), "the declare form").toEqual([]);
    await admin.getByRole("button", { name: "Declare", exact: true }).click();
    await tab(admin, "Org");
    const checkIn = admin.getByRole("form", { name: "Check someone in" });
    await checkIn.getByLabel("Check in").selectOption("gil");
    await checkIn.getByRole("button", { name: "Check them in" }).click();
    // From the keyboard: Enter on gil's staging card opens the Assign dialog.
    await admin.getByRole("button", { name: "Assign gil" }).focus();
    await admin.keyboard.press("Enter");
    const assign = admin.getByRole("form", { name: "Assign gil" });
    await assign.getByLabel("Role").selectOption("tech-lead");
    await assign.getByRole("button", { name: "Assign" }).click();
    await tab(admin, "Overview");
    await admin.getByLabel("Status doc").getByText("Tech Lead: gil").waitFor();
    const menu = admin.getByRole("button", { name: "Incident actions" });
    await menu.click();
    await admin.getByRole("menuitem", { name: "End incident…" }).click();
    // An empty summary cannot be sent: the button says so by being disabled.
    expect(await admin.getByRole("button", { name: "End the incident" }).isDisabled()).toBe(true);
    await admin.getByLabel(/Summary/).fill("Drill complete");
    await admin.getByRole("button", { name: "End the incident" }).click();
    await admin.getByRole("dialog").waitFor({ state: "detached" });
    await admin
      .getByRole("list", { name: "Status" })
      .locator('[aria-current="step"]')
      .getByText("ended")
      .waitFor();
    await menu.click();
    expect(await admin.getByRole("menuitem", { name: "End incident…" }).count()).toBe(0);
    await admin.getByRole("menuitem", { name: "Reopen…" }).click();
    await admin.getByLabel("Why reopen this incident").fill("Login is slow again");
    await admin.getByRole("button", { name: "Reopen" }).click();
    await admin
      .getByRole("list", { name: "Status" })
      .locator('[aria-current="step"]')
      .getByText("active")
      .waitFor();
  }, 60_000);
});
