import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { accessibilityProblems } from "../support/axe.js";
import { ARTIFACTS, LIVE_MS, cspViolations, signIn, tokenFor, useBrowserRig } from "../support/browser.js";

const ADMIN = "browser-insights-admin-token-0123456789";

describe("insights in headless Chromium", () => {
  const rig = useBrowserRig(ADMIN);

  it("shows real figures for the ended incidents, four charts with their tables, and the CSV", async () => {
    const { server, browser } = rig();
    const annToken = await tokenFor(server.url, ADMIN, "ann");
    const post = async (url: string, body: unknown) =>
      (await fetch(`${server.url}/api/v1${url}`, {
        method: "POST",
        headers: { authorization: `Bearer ${annToken}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      }).then((r) => r.json())) as { number: number };
    const detectedAt = new Date(Date.now() - 12 * 60_000).toISOString();
    for (const [synopsis, severity] of [
      ["Checkout failing", "SEV1"],
      ["Search slow in one region", "SEV3"],
      ["Login errors", "SEV2"],
    ] as const) {
      const n = String((await post("/incidents", { synopsis, severity, detectedAt })).number);
      await post(`/incidents/${n}/reports`, { conditions: "errors", actions: "rolling back", needs: "none" });
      await post(`/incidents/${n}/updates`, { text: "Investigating" });
      await post(`/incidents/${n}/status`, { status: "stable", summary: "holding" });
      await post(`/incidents/${n}/follow-ups`, { title: `Alert earlier: ${synopsis}`, owner: "ann" });
      await post(`/incidents/${n}/status`, { status: "ended", summary: "fixed", confirm: true });
    }

    const ann = await signIn(browser, server.url, annToken);
    await ann.setViewportSize({ width: 1280, height: 1400 });
    await ann.getByRole("link", { name: "Insights" }).click();
    await ann
      .getByRole("status")
      .getByText("3 ended incidents declared")
      .waitFor({ timeout: LIVE_MS * 2 });
    const times = ann.getByRole("table", { name: "Times by severity" });
    for (const s of ["SEV1 (1)", "SEV2 (1)", "SEV3 (1)"]) {
      await times.getByRole("columnheader", { name: s }).waitFor();
    }
    // Detected twelve minutes before each declaration.
    const declare = await times.getByRole("row", { name: /Time to declare/ }).textContent();
    expect(declare).toMatch(/1[2-3] min/);
    expect(await ann.getByRole("definition").filter({ hasText: "on time" }).first().textContent()).toContain(
      "100%",
    );

    const charts = ann.locator("figure.chart");
    await expect.poll(() => charts.count()).toBe(4);
    expect(await ann.locator("figure.chart canvas").count()).toBe(4);
    const incidents = charts.filter({ hasText: "Incidents per week by severity" });
    await incidents.getByText("Show as table").click();
    const rows = await incidents.getByRole("row").allTextContents();
    // The current week holds the three incidents, one of each severity.
    expect(rows.at(-1)).toMatch(/^\d{4}-\d{2}-\d{2}111$/);
    expect(await accessibilityProblems(ann), "the insights page").toEqual([]);
    await ann.screenshot({ path: path.join(ARTIFACTS, "insights.png"), fullPage: true });

    const [download] = await Promise.all([
      ann.waitForEvent("download"),
      ann.getByRole("button", { name: "CSV per incident" }).click(),
    ]);
    const csv = await readFile(await download.path(), "utf8");
    expect(csv.trim().split("\n")).toHaveLength(4);
    expect(csv).toMatch(/,real,SEV1,/);
    expect(cspViolations(), "nothing blocked by the Content Security Policy").toEqual([]);
  }, 120_000);
});
