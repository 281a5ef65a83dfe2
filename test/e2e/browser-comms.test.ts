import { describe, expect, it } from "vitest";
import path from "node:path";
import { ARTIFACTS, cspViolations, signIn, tokenFor, useBrowserRig } from "../support/browser.js";

const ADMIN = "browser-comms-admin-token-0123456789";

async function post(
  url: string,
  token: string,
  method: string,
  path: string,
  body: unknown,
): Promise<number> {
  const res = await fetch(`${url}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return res.status;
}

describe("stakeholder communications in Chromium", () => {
  const rig = useBrowserRig(ADMIN);

  it("the Comms Lead drafts a public update, the IC approves it, and a reader without a session sees it on /status", async () => {
    const { server, browser } = rig();
    const ivy = await tokenFor(server.url, ADMIN, "ivy");
    const cole = await tokenFor(server.url, ADMIN, "cole");
    for (const [name, label, group] of [
      ["api", "Public API", "Core"],
      ["eu-payments", "EU card payments", "Payments"],
    ] as const) {
      expect(await post(server.url, ADMIN, "PUT", `/status-components/${name}`, { label, group })).toBe(200);
    }
    const declared = await fetch(`${server.url}/api/v1/incidents`, {
      method: "POST",
      headers: { authorization: `Bearer ${ivy}`, "content-type": "application/json" },
      body: JSON.stringify({ synopsis: "API returning 500s", severity: "SEV2" }),
    });
    const { number } = (await declared.json()) as { number: number };
    const ref = String(number);
    expect(await post(server.url, ivy, "POST", `/incidents/${ref}/responders`, { person: "cole" })).toBe(201);
    expect(await post(server.url, ivy, "PUT", `/incidents/${ref}/roles/comms-lead`, { person: "cole" })).toBe(
      200,
    );

    // An admin adds a component and a stakeholder group on the Stakeholders page.
    const admin = await signIn(browser, server.url, ADMIN);
    await admin.getByRole("link", { name: "Stakeholders" }).click();
    const componentForm = admin.getByRole("form", { name: "Save a component" });
    await componentForm.getByLabel("Name").fill("web");
    await componentForm.getByLabel("Label").fill("Website");
    await componentForm.getByLabel("Shown under (optional)").fill("Core");
    await componentForm.getByRole("button", { name: "Save component" }).click();
    await admin.getByRole("cell", { name: "Website" }).waitFor();
    const groupForm = admin.getByRole("form", { name: "Save a stakeholder group" });
    await groupForm.getByLabel("Name").fill("executives");
    await groupForm.getByLabel("Label").fill("Executives");
    await groupForm.getByLabel(/^Members/).fill("person:ivy");
    await groupForm.getByRole("button", { name: "Save group" }).click();
    await admin.getByRole("cell", { name: "person:ivy" }).waitFor();

    // The IC names the public audience from the Comms tab.
    const ic = await signIn(browser, server.url, ivy);
    await ic.goto(`${server.url}/#/incidents/${ref}`);
    await ic.getByRole("tab", { name: /^Comms/ }).click();
    await ic.getByRole("checkbox", { name: "Public status page" }).check();
    await ic.getByRole("button", { name: "Save audiences" }).click();
    await ic.getByText("(outside; the IC approves)").waitFor();

    // The Comms Lead writes from the template, previews, and sends it for approval.
    const comms = await signIn(browser, server.url, cole);
    await comms.goto(`${server.url}/#/incidents/${ref}`);
    await comms.getByRole("tab", { name: /^Comms/ }).click();
    const form = comms.getByRole("form", { name: "Write an update" });
    await form.getByLabel("Stage").selectOption("identified");
    await form.getByRole("button", { name: "Use the template" }).click();
    await form.getByLabel("Headline (readers see no codename)").fill("API errors for some requests");
    await form.getByLabel("Impact").fill("About one request in ten fails");
    await form.getByLabel("Public API").selectOption("partial-outage");
    await form.getByRole("button", { name: "Preview" }).click();
    await form.getByText("after the IC approves it").waitFor();
    await form.getByRole("button", { name: "Send" }).click();
    await comms.getByText("awaiting the IC's approval").waitFor();

    // The reader's page (JavaScript off, no session) does not show a draft.
    const reader = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await reader.goto(`${server.url}/status`);
    await reader.getByText("All systems operational").waitFor();
    expect(await reader.content()).not.toContain("API errors for some requests");

    // The IC sees it waiting and approves it.
    await ic.getByRole("tab", { name: "Comms (1 to approve)" }).click();
    await ic.getByRole("button", { name: "Approve and send" }).click();
    await ic.getByText(/sent ·/).waitFor();

    for (let i = 0; i < 50; i++) {
      await reader.goto(`${server.url}/status`);
      if ((await reader.content()).includes("API errors for some requests")) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    await reader.getByRole("heading", { name: "Current incidents" }).waitFor();
    await reader.getByText("Partial outage").first().waitFor();
    await reader.setViewportSize({ width: 900, height: 900 });
    await reader.screenshot({ path: path.join(ARTIFACTS, "status-page.png"), fullPage: true });
    await ic
      .getByRole("region", { name: "Communications" })
      .screenshot({ path: path.join(ARTIFACTS, "comms.png") });
    expect(await reader.locator("script").count()).toBe(0);
    // Neither the codename nor anyone's name is on the public page.
    const html = await reader.content();
    const doc = (await (
      await fetch(`${server.url}/api/v1/incidents/${ref}`, { headers: { authorization: `Bearer ${ivy}` } })
    ).json()) as { name: string };
    expect(html).not.toContain(doc.name);
    expect(html).not.toContain("cole");
    expect(html).not.toContain("ivy");
    // The incident's own page works without JavaScript too.
    await reader.getByRole("link", { name: "API errors for some requests" }).click();
    await reader.getByText("About one request in ten fails").first().waitFor();
    expect(cspViolations()).toEqual([]);
  }, 120_000);
});
