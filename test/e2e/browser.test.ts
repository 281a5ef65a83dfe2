import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ServerProcess } from "../support/process.js";
import { spawnServer, stopServer } from "../support/process.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ADMIN = "browser-test-admin-token-0123456789";
const ARTIFACTS = path.resolve("test-artifacts");

if (!existsSync(CHROMIUM)) {
  throw new Error(
    `Browser tests need Chromium at ${CHROMIUM}: apt-get install -y chromium (.ci/run does this).`,
  );
}

async function token(url: string, handle: string): Promise<string> {
  const headers = { authorization: `Bearer ${ADMIN}`, "content-type": "application/json" };
  await fetch(`${url}/api/v1/users`, {
    method: "POST",
    headers,
    body: JSON.stringify({ handle, displayName: handle }),
  });
  const res = await fetch(`${url}/api/v1/users/${handle}/tokens`, { method: "POST", headers, body: "{}" });
  return ((await res.json()) as { token: string }).token;
}

async function signIn(browser: Browser, url: string, apiToken: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByLabel("API token").fill(apiToken);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { name: "Incidents" }).waitFor();
  return page;
}

describe("Command Post in headless Chromium", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "muster-browser-"));
  let server: ServerProcess;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await spawnServer({ MUSTER_DATA_DIR: dir, MUSTER_ADMIN_TOKEN: ADMIN });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  }, 60_000);
  afterAll(async () => {
    await browser.close();
    await stopServer(server);
    rmSync(dir, { recursive: true, force: true });
  });

  it("runs an incident from declaration to end, with a second browser seeing each step live within a second", async () => {
    const ann = await signIn(browser, server.url, await token(server.url, "ann"));
    const eve = await signIn(browser, server.url, await token(server.url, "eve"));
    const people: Record<string, Page> = {};
    for (const handle of ["bob", "cy", "dee"]) {
      people[handle] = await signIn(browser, server.url, await token(server.url, handle));
    }
    const live = async (what: () => Promise<void>, seen: () => Promise<void>): Promise<void> => {
      await what();
      const start = Date.now();
      await seen();
      expect(Date.now() - start).toBeLessThan(1000);
    };
    const status = eve.getByLabel("Status doc");

    await ann.getByRole("button", { name: "Declare an incident" }).click();
    await ann.getByLabel("What is happening?").fill("Power lost to racks A-D in DC1");
    await ann.getByLabel(/SEV1/).check();
    await ann.getByRole("button", { name: "Declare", exact: true }).click();
    await ann.getByRole("heading", { name: "Organisation" }).waitFor();
    await eve.goto(`${server.url}/#/incidents/1`);
    await status.getByText("Incident Commander: ann").waitFor();

    for (const handle of ["bob", "cy", "dee"]) {
      const page = people[handle]!;
      await page.goto(`${server.url}/#/incidents/1`);
      await live(
        () => page.getByRole("button", { name: "Check in" }).click(),
        () =>
          eve
            .getByLabel("Organisation")
            .getByText(handle, { exact: false })
            .first()
            .waitFor({ timeout: 1000 }),
      );
    }

    const assign = async (person: string, role: string, supervisor = ""): Promise<void> => {
      const form = ann.getByRole("form", { name: "Assign" });
      await form.getByLabel("Person").selectOption(person);
      await form.getByLabel("Reports to").selectOption(supervisor === "" ? { index: 0 } : supervisor);
      await form.getByLabel("Role").selectOption(role);
      await form.getByRole("button", { name: "Assign" }).click();
    };
    await live(
      () => assign("bob", "tech-lead"),
      () => status.getByText("Tech Lead: bob").waitFor({ timeout: 1000 }),
    );
    await ann
      .getByRole("form", { name: "Assign" })
      .getByLabel("Reports to")
      .getByText("bob")
      .waitFor({ state: "attached" });
    await live(
      () => assign("cy", "sme", "bob"),
      () => status.getByText(/Subject Matter Expert: cy/).waitFor({ timeout: 1000 }),
    );
    await live(
      () => assign("dee", "sme", "bob"),
      () => status.getByText(/Subject Matter Expert: cy, dee/).waitFor({ timeout: 1000 }),
    );

    const bob = people.bob!;
    await bob.getByLabel("Conditions").fill("UPS drained; racks dark");
    await bob.getByLabel("Actions").fill("Failing over to DC2");
    await live(
      () => bob.getByRole("button", { name: "Send CAN" }).click(),
      () => eve.getByText("C: UPS drained; racks dark").waitFor({ timeout: 1000 }),
    );

    await ann.getByRole("button", { name: "Hand over command" }).click();
    const handover = ann.getByRole("form", { name: "Hand over command" });
    await handover.getByLabel("To").selectOption("bob");
    await handover.getByLabel(/Briefing/).fill("DC2 serving; PDU 3 suspected");
    await handover.getByRole("button", { name: "Offer command" }).click();
    const offer = bob.getByRole("alertdialog", { name: "Offer of incident-commander" });
    await offer.getByText("DC2 serving; PDU 3 suspected").waitFor();
    await live(
      () => offer.getByRole("button", { name: "Accept" }).click(),
      () => status.getByText("Incident Commander: bob").waitFor({ timeout: 1000 }),
    );
    await ann.screenshot({ path: path.join(ARTIFACTS, "room.png"), fullPage: true });

    await bob.getByRole("button", { name: "End incident" }).click();
    await bob.getByLabel(/Summary/).fill("Power restored; services failed back to DC1");
    await live(
      () => bob.getByRole("button", { name: "End the incident" }).click(),
      () => eve.getByText("ended", { exact: true }).first().waitFor({ timeout: 1000 }),
    );
    await eve.screenshot({ path: path.join(ARTIFACTS, "room-ended.png"), fullPage: true });
    await ann.goto(`${server.url}/#/`);
    await ann.getByLabel("show ended").check();
    await ann.getByRole("link", { name: /Incident \d\d-Alpha/ }).waitFor();
    await ann.screenshot({ path: path.join(ARTIFACTS, "board.png") });
  }, 90_000);
});
