import { describe, expect, it } from "vitest";
import path from "node:path";
import { accessibilityProblems } from "../support/axe.js";
import { ARTIFACTS, cspViolations, signIn, tokenFor, useBrowserRig } from "../support/browser.js";

const ADMIN = "browser-oncall-admin-token-0123456789";

/** A wall-clock date three days ago, as a datetime-local input takes it. */
function daysAgo(n: number, time: string): string {
  return `${new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10)}T${time}`;
}

describe("on-call schedules in Chromium", () => {
  const rig = useBrowserRig(ADMIN);

  it("an admin writes a schedule (a refusal shown on its field); a member covers a shift; the feed serves it", async () => {
    const { server, browser } = rig();
    const annToken = await tokenFor(server.url, ADMIN, "ann");
    await tokenFor(server.url, ADMIN, "bob");

    const admin = await signIn(browser, server.url, ADMIN);
    await admin.getByRole("link", { name: "On call" }).click();
    await admin.getByRole("heading", { name: "On call" }).waitFor();
    await admin.getByRole("button", { name: "New schedule" }).click();
    const form = admin.getByRole("form", { name: "New schedule" });
    await form.getByLabel("Schedule id").fill("db-primary");
    await form.getByLabel("Name", { exact: true }).fill("Database primary");
    await form.getByLabel("Time zone").fill("UTC");
    await form.getByLabel("Who, in order").fill("ann, bob, ghost");
    await form.getByLabel("Hands over every").fill("1");
    await form.getByLabel("Unit").selectOption("days");
    await form.getByLabel("First handoff").fill(daysAgo(3, "09:00"));
    await form.getByRole("button", { name: "Save schedule" }).click();
    // The server's refusal lands on the field it is about.
    const refusal = form.getByRole("alert");
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('Nobody is called "ghost"');
    expect(await form.getByLabel("Who, in order").getAttribute("aria-invalid")).toBe("true");
    await form.getByLabel("Who, in order").fill("ann, bob");
    await form.getByRole("button", { name: "Save schedule" }).click();

    const view = admin.getByRole("region", { name: "Schedule Database primary" });
    await view.waitFor();
    await view.getByText("ann → bob, daily from").waitFor();
    const board = admin.getByRole("table", { name: "Who is on call" });
    await board.getByRole("link", { name: "Database primary" }).waitFor();
    const onCallNow = await board.locator("tbody tr td").nth(1).textContent();
    expect(["ann", "bob"]).toContain(onCallNow);
    expect(
      await view.getByRole("list", { name: "Shifts, next 14 days" }).locator("li.shift").count(),
    ).toBeGreaterThanOrEqual(14);
    expect(await accessibilityProblems(admin)).toEqual([]);

    // Ann puts whoever is not on call now on for the next eight hours (the form's default).
    const coverer = onCallNow === "ann" ? "bob" : "ann";
    const ann = await signIn(browser, server.url, annToken);
    await ann.goto(`${server.url}/#/on-call/db-primary`);
    const cover = ann.getByRole("form", { name: "Add an override" });
    await cover.getByLabel("Who covers").fill(coverer);
    await cover.getByLabel("Note").fill("swap");
    await cover.getByRole("button", { name: "Add override" }).click();
    const annView = ann.getByRole("region", { name: "Schedule Database primary" });
    await annView.getByRole("list", { name: "Overrides" }).getByText("swap").waitFor();
    await annView.locator("li.shift.override").first().waitFor();
    await ann.reload();
    const annBoard = ann.getByRole("table", { name: "Who is on call" });
    await annBoard.getByRole("cell", { name: coverer, exact: true }).first().waitFor();
    expect(await annBoard.locator("tbody tr td").nth(1).textContent()).toBe(coverer);
    await ann.screenshot({ path: path.join(ARTIFACTS, "on-call.png"), fullPage: true });

    await annView.getByRole("button", { name: "Show the calendar feed address" }).click();
    const feedUrl = (await annView.getByLabel("Calendar feed address").textContent()) ?? "";
    const feed = await fetch(feedUrl);
    expect(feed.status).toBe(200);
    expect(await feed.text()).toContain(`SUMMARY:${coverer} on call (Database primary)`);
    await ann.getByRole("button", { name: "My calendar feed" }).click();
    const mine = (await ann.getByLabel("Your calendar feed address").textContent()) ?? "";
    expect((await fetch(mine)).status).toBe(200);
    expect(await accessibilityProblems(ann)).toEqual([]);
    expect(cspViolations()).toEqual([]);
  }, 120_000);
});
