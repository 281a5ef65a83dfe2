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

  it("declares, reports and checks in, with a second browser seeing each step live within a second", async () => {
    const ann = await signIn(browser, server.url, await token(server.url, "ann"));
    const bob = await signIn(browser, server.url, await token(server.url, "bob"));

    await ann.getByRole("button", { name: "Declare an incident" }).click();
    await ann.getByLabel("What is happening?").fill("Checkout returns 500s for EU customers");
    await ann.getByLabel(/SEV1/).check();
    await ann.getByRole("button", { name: "Declare", exact: true }).click();
    await ann.getByRole("heading", { name: "Organisation" }).waitFor();
    await ann.screenshot({ path: path.join(ARTIFACTS, "room-declared.png"), fullPage: true });

    await bob.goto(`${server.url}/#/incidents/1`);
    await bob.getByRole("heading", { name: "Timeline" }).waitFor();

    await ann.getByLabel("Conditions").fill("EU pods crash-looping");
    await ann.getByLabel("Actions").fill("Rolling back 4.2.1");
    await ann.getByRole("button", { name: "Send CAN" }).click();
    const seenAt = Date.now();
    await bob.getByText("C: EU pods crash-looping").waitFor({ timeout: 1000 });
    expect(Date.now() - seenAt).toBeLessThan(1000);

    await bob.getByRole("button", { name: "Check in" }).click();
    await ann.getByLabel("Organisation").getByText("bob").waitFor({ timeout: 1000 });

    await ann.goto(`${server.url}/#/`);
    await ann.getByRole("link", { name: /Incident 26-Alpha|Incident \d\d-Alpha/ }).waitFor();
    await ann.screenshot({ path: path.join(ARTIFACTS, "board.png") });
    await bob.screenshot({ path: path.join(ARTIFACTS, "room-live.png"), fullPage: true });
  }, 60_000);
});
