import { describe, expect, it } from "vitest";
import path from "node:path";
import { accessibilityProblems } from "../support/axe.js";
import { ARTIFACTS, cspViolations, signIn, tab, tokenFor, useBrowserRig } from "../support/browser.js";

const ADMIN = "browser-practices-admin-token-0123456789";

describe("the after-action report in Chromium", () => {
  const rig = useBrowserRig(ADMIN);

  it("shows a drill's practices from its record: verdicts, findings, lessons and evidence", async () => {
    const { server, browser } = rig();
    const ann = await tokenFor(server.url, ADMIN, "ann");
    const bob = await tokenFor(server.url, ADMIN, "bob");
    const as = async (token: string, method: string, url: string, body?: unknown) => {
      const res = await fetch(`${server.url}/api/v1${url}`, {
        method,
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: body === undefined ? null : JSON.stringify(body),
      });
      expect(res.status, `${method} ${url}`).toBeLessThan(300);
      return (await res.json()) as Record<string, unknown>;
    };
    const d = await as(ann, "POST", "/incidents", {
      synopsis: "DRILL: hall B dark",
      kind: "drill",
      severity: "SEV1",
    });
    const ref = `/incidents/${String(d.number)}`;
    await as(bob, "POST", `${ref}/responders`, { person: "bob" });
    await as(ann, "PUT", `${ref}/roles/tech-lead`, { person: "bob" });
    await as(bob, "POST", `${ref}/reports`, {
      conditions: "Hall B dark",
      actions: "Failing over",
      needs: "None",
    });
    await as(ann, "POST", `${ref}/messages`, { text: "Failover decided; Bob leads it" });

    const page = await signIn(browser, server.url, ann);
    await page.goto(`${server.url}/#/incidents/${String(d.number)}`);
    await tab(page, "After action");
    const report = page.getByRole("region", { name: "After-action report" });
    await report.getByText(/^Score \d+%$/).waitFor();
    const table = report.getByRole("table", { name: "Practices" });
    const row = (name: string) => table.getByRole("row").filter({ hasText: name });
    expect(await row("CAN reports, early and regularly").textContent()).toContain("✔ kept");
    expect(await row("Keep the IC and the Tech Lead apart").textContent()).toContain("✔ kept");
    expect(await row("End explicitly, to everyone who heard the start").textContent()).toContain("✘ missed");
    await row("CAN reports, early and regularly").getByText("CAN reports, early and regularly").click();
    await report.getByText(/Ask for Conditions, Actions and Needs/).waitFor();
    await row("CAN reports, early and regularly")
      .getByText(/Evidence: event #\d+ on the timeline/)
      .waitFor();
    await report.screenshot({ path: path.join(ARTIFACTS, "after-action.png") });
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(cspViolations()).toEqual([]);
  }, 120_000);
});
