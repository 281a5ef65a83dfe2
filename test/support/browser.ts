import { afterAll, beforeAll } from "vitest";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { chromium } from "playwright-core";
import type { ServerProcess } from "./process.js";
import { spawnServer, stopServer } from "./process.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Where browser tests leave their screenshots (README's come from here). */
export const ARTIFACTS = path.resolve("test-artifacts");

/** How long a step may take to reach the other browser before a test calls it not live. */
export const LIVE_MS = 5_000;

/** A Muster server on a fresh SQLite directory and Debian's Chromium, for one test file. */
export type BrowserRig = { server: ServerProcess; browser: Browser; close: () => Promise<void> };

/** Starts a server (with this admin token) and a headless Chromium; fails loudly without Chromium. */
export async function startBrowserRig(
  adminToken: string,
  env: Record<string, string> = {},
): Promise<BrowserRig> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Browser tests need Chromium at ${CHROMIUM}: apt-get install -y chromium (.ci/run does this).`,
    );
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  const dir = mkdtempSync(path.join(os.tmpdir(), "muster-browser-"));
  const server = await spawnServer({ MUSTER_DATA_DIR: dir, MUSTER_ADMIN_TOKEN: adminToken, ...env });
  const browser = await chromium.launch({
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
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await stopServer(server);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Starts a rig (server and Chromium) before the tests of the enclosing describe and closes it
 * after them; the tests read it through the returned getter. `env` is read when the server
 * starts (after earlier `beforeAll`s, e.g. one starting a fake GitHub).
 */
export function useBrowserRig(
  adminToken: string,
  env: () => Record<string, string> = () => ({}),
): () => BrowserRig {
  let rig: BrowserRig | undefined;
  beforeAll(async () => {
    rig = await startBrowserRig(adminToken, env());
  }, 60_000);
  afterAll(async () => {
    await rig?.close();
  });
  return () => {
    if (!rig) throw new Error("the browser rig did not start; see the beforeAll error above");
    return rig;
  };
}

/** Display names for the people of the browser scenarios, as a real team would have them. */
const NAMES: Record<string, string> = {
  ann: "Ann Okafor",
  bob: "Bob Lindqvist",
  cy: "Cy Tanaka",
  dee: "Dee Mensah",
  eve: "Eve Novak",
  fay: "Fay Ibarra",
  gil: "Gil Moreau",
};

/** Creates a person through the API and returns a token for them. */
export async function tokenFor(url: string, adminToken: string, handle: string): Promise<string> {
  const headers = { authorization: `Bearer ${adminToken}`, "content-type": "application/json" };
  await fetch(`${url}/api/v1/users`, {
    method: "POST",
    headers,
    body: JSON.stringify({ handle, displayName: NAMES[handle] ?? handle }),
  });
  const res = await fetch(`${url}/api/v1/users/${handle}/tokens`, { method: "POST", headers, body: "{}" });
  return ((await res.json()) as { token: string }).token;
}

const blocked = new Set<string>();

/** What Muster's Content Security Policy blocked in any page signed in so far (should be nothing). */
export function cspViolations(): string[] {
  return [...blocked];
}

/** Opens a new browser context and signs in with a token, pressing Enter as people do. */
export async function signIn(
  browser: Browser,
  url: string,
  apiToken: string,
  viewport = { width: 1280, height: 900 },
): Promise<Page> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy/i.test(m.text())) blocked.add(m.text());
  });
  await page.goto(url);
  await page.getByLabel("API token").fill(apiToken);
  await page.getByLabel("API token").press("Enter");
  await page.getByRole("heading", { name: "Incidents" }).waitFor();
  return page;
}

/** Shows one of the room's tabs (Overview, Plan, Changes, Org; Channel and Timeline on a phone). */
export async function tab(page: Page, name: string): Promise<void> {
  await page.getByRole("tab", { name, exact: false }).first().click();
}
