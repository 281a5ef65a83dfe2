import { describe, expect, it } from "vitest";
import { accessibilityProblems } from "../support/axe.js";
import { LIVE_MS, signIn, tab, tokenFor, useBrowserRig } from "../support/browser.js";

const ADMIN = "browser-meta-admin-token-0123456789";

describe("meta-response and channel discipline in headless Chromium", () => {
  const rig = useBrowserRig(ADMIN);

  async function api(url: string, token: string, method: string, path: string, body?: unknown) {
    const response = await fetch(`${url}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { "content-type": "application/json" } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return (await response.json()) as { number: number };
  }

  it("declares an umbrella, puts an incident under it, names its Liaison, and groups the board", async () => {
    const { server, browser } = rig();
    const umaToken = await tokenFor(server.url, ADMIN, "uma");
    const annToken = await tokenFor(server.url, ADMIN, "ann");
    await tokenFor(server.url, ADMIN, "lee");
    const uma = await signIn(browser, server.url, umaToken);
    const ann = await signIn(browser, server.url, annToken);

    await uma.getByRole("button", { name: "Declare an incident" }).click();
    await uma.getByLabel("What is happening?").fill("eu-west-1 regional outage");
    await uma.getByRole("checkbox", { name: /Umbrella/ }).check();
    await uma.getByRole("button", { name: "Declare", exact: true }).click();
    await uma.getByText("No incidents under this umbrella yet").waitFor({ timeout: LIVE_MS });
    const umbrella = "1";

    const child = String(
      (
        await api(server.url, annToken, "POST", "/incidents", {
          synopsis: "EU checkout failing",
          severity: "SEV2",
        })
      ).number,
    );
    await api(server.url, annToken, "POST", `/incidents/${child}/responders`, { person: "lee" });
    await ann.goto(`${server.url}/#/incidents/${child}`);
    await ann.getByRole("button", { name: "Incident actions" }).click();
    await ann.getByRole("menuitem", { name: "Put under an umbrella…" }).click();
    const attach = ann.getByRole("form", { name: "Put under an umbrella" });
    await attach.getByLabel("Umbrella incident number").fill(child);
    await attach.getByRole("button", { name: "Put under it" }).click();
    await attach.getByText(/cannot be related to itself/).waitFor();
    await attach.getByLabel("Umbrella incident number").fill(umbrella);
    expect(await accessibilityProblems(ann), "the umbrella dialog").toEqual([]);
    await attach.getByRole("button", { name: "Put under it" }).click();

    // Until a Liaison is named, both sides say so.
    const related = ann.getByRole("region", { name: "Related incidents" });
    await related.getByText("missing").waitFor({ timeout: LIVE_MS });
    const rollup = uma.getByRole("table", { name: "Incidents under this umbrella" });
    await rollup.getByText("missing").waitFor({ timeout: LIVE_MS });
    const name = ann.getByRole("form", { name: "Name the Liaison to the umbrella" });
    await name.getByLabel("Liaison to the umbrella").selectOption("lee");
    await name.getByRole("button", { name: "Name Liaison" }).click();
    await rollup
      .getByRole("row", { name: new RegExp(`#${child} `) })
      .getByText("lee")
      .waitFor({ timeout: LIVE_MS });
    expect(await accessibilityProblems(uma), "the umbrella's roll-up").toEqual([]);

    // The board shows the child right under its umbrella.
    await uma.goto(`${server.url}/#/`);
    const rows = uma.getByRole("table", { name: "Incidents" }).locator("tbody tr");
    await rows.nth(1).getByText("EU checkout failing").waitFor({ timeout: LIVE_MS });
    expect(await rows.nth(0).textContent()).toContain("umbrella");
    expect(await rows.nth(1).getAttribute("class")).toContain("umbrella-child");
  }, 120_000);

  it("quiets the channel: an outsider's message goes to the side thread, the floor is asked for and granted, a message is pinned", async () => {
    const { server, browser } = rig();
    const icToken = await tokenFor(server.url, ADMIN, "ivy");
    const outsiderToken = await tokenFor(server.url, ADMIN, "otto");
    const number = String(
      (
        await api(server.url, icToken, "POST", "/incidents", {
          synopsis: "Search index stale",
          severity: "SEV3",
        })
      ).number,
    );
    const ivy = await signIn(browser, server.url, icToken);
    const otto = await signIn(browser, server.url, outsiderToken);
    for (const page of [ivy, otto]) await page.goto(`${server.url}/#/incidents/${number}`);
    if ((await ivy.getByRole("tab", { name: "Channel" }).count()) > 0) await tab(ivy, "Channel");
    const ivyChannel = ivy.getByRole("region", { name: "Incident channel" });
    await ivyChannel.getByRole("button", { name: "Quiet mode" }).click();
    const ottoChannel = otto.getByRole("region", { name: "Incident channel" });
    await ottoChannel.getByText(/Your messages go to the side thread/).waitFor({ timeout: LIVE_MS });
    await ottoChannel.getByLabel(/^Message/).fill("is this why search is slow?");
    await ottoChannel.getByRole("button", { name: "Send" }).click();
    await ivyChannel.getByText("Side thread (1)").waitFor({ timeout: LIVE_MS });

    const ask = ottoChannel.getByRole("form", { name: "Ask for the floor" });
    await ask.getByLabel("Ask for the floor").fill("I own the indexer");
    await ask.getByRole("button", { name: "Ask" }).click();
    await ivyChannel.getByRole("button", { name: "Grant" }).click();
    await ottoChannel
      .getByText(/Your messages go to the side thread/)
      .waitFor({ state: "detached", timeout: LIVE_MS });
    await ottoChannel
      .getByLabel(/^Message/)
      .fill("reindex job failed at 02:10, log: https://logs.example.com/ix");
    await ottoChannel.getByRole("button", { name: "Send" }).click();
    await ivyChannel.getByRole("button", { name: "Pin otto's message" }).click();
    await otto
      .getByRole("list", { name: "Pinned messages" })
      .getByText(/reindex job failed/)
      .waitFor({ timeout: LIVE_MS });
    expect(await accessibilityProblems(ivy), "the quiet channel").toEqual([]);
  }, 120_000);
});
