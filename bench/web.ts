// The Command Post in a real browser: what it costs to load, and whether a long timeline scrolls smoothly.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import react from "@vitejs/plugin-react";
import { chromium } from "playwright-core";
import { build } from "vite";
import { spawnServer, stopServer } from "../test/support/process.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ADMIN = "bench-web-admin-token-0123456789abcdef";

/** Gzipped size of the JavaScript files in a built assets folder. */
function gzippedJs(assets: string): number {
  return readdirSync(assets)
    .filter((f) => f.endsWith(".js"))
    .reduce((sum, f) => sum + gzipSync(readFileSync(path.join(assets, f)), { level: 9 }).length, 0);
}

/** A bare React 19 app that renders one line, built by the same Vite: the floor for any React UI. */
async function bareReactBundle(): Promise<number> {
  const dir = mkdtempSync(path.join(process.cwd(), ".bench-react-"));
  try {
    writeFileSync(
      path.join(dir, "index.html"),
      '<div id="root"></div><script type="module" src="./main.tsx"></script>',
    );
    writeFileSync(
      path.join(dir, "main.tsx"),
      'import { createRoot } from "react-dom/client";\ncreateRoot(document.getElementById("root")!).render(<p>hello</p>);\n',
    );
    await build({
      root: dir,
      configFile: false,
      logLevel: "warn",
      plugins: [react()],
      build: { outDir: path.join(dir, "dist") },
    });
    return gzippedJs(path.join(dir, "dist", "assets"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Frame intervals (ms) over `frames` animation frames, scrolling the timeline or idle. */
function frameScript(frames: number, scroll: boolean): string {
  return `new Promise((resolve) => {
    const el = document.querySelector(".timeline-scroll");
    el.scrollTop = 0;
    const times = [];
    let last = performance.now();
    let n = 0;
    const step = (t) => {
      times.push(t - last);
      last = t;
      if (${String(scroll)}) el.scrollTop += 600;
      if (++n < ${String(frames)}) requestAnimationFrame(step); else resolve(times.slice(1));
    };
    requestAnimationFrame(step);
  })`;
}

const percentile = (xs: number[], p: number): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

export type WebResult = {
  bundleKb: number;
  bareReactKb: number;
  events: number;
  seedSeconds: number;
  loadSeconds: number;
  domRows: number;
  scroll: { p50: number; p95: number; max: number };
  idle: { p50: number; p95: number; max: number };
};

/** Bundle size against bare React; a 50,000-event timeline's load and scroll frames against idle frames. */
export async function webBenchmark(events: number): Promise<WebResult> {
  const bundleKb = gzippedJs(path.resolve("dist/web/assets")) / 1024;
  const bareReactKb = (await bareReactBundle()) / 1024;
  const dir = mkdtempSync(path.join(os.tmpdir(), "muster-bench-web-"));
  const server = await spawnServer({ MUSTER_DATA_DIR: dir, MUSTER_ADMIN_TOKEN: ADMIN });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox"] });
  try {
    const headers = { authorization: `Bearer ${ADMIN}`, "content-type": "application/json" };
    const post = (url: string, body: unknown) =>
      fetch(`${server.url}/api/v1${url}`, { method: "POST", headers, body: JSON.stringify(body) });
    const declared = (await (await post("/incidents", { synopsis: "Long night" })).json()) as {
      number: number;
    };
    const started = Date.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: 32 }, async () => {
        while (next < events) {
          const n = ++next;
          await post(`/incidents/${String(declared.number)}/log`, {
            text: `entry ${String(n)}`,
            key: n % 100 === 0,
          });
        }
      }),
    );
    const seedSeconds = (Date.now() - started) / 1000;
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(server.url);
    await page.getByLabel("API token").fill(ADMIN);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: "Incidents" }).waitFor();
    const opened = Date.now();
    await page.goto(`${server.url}/#/incidents/${String(declared.number)}`);
    await page.getByText(new RegExp(`^${String(events + 3)} events$`)).waitFor({ timeout: 120_000 });
    const loadSeconds = (Date.now() - opened) / 1000;
    const domRows = await page.locator(".timeline-scroll li").count();
    const idle = await page.evaluate<number[]>(frameScript(240, false));
    const scroll = await page.evaluate<number[]>(frameScript(240, true));
    const stats = (xs: number[]) => ({
      p50: percentile(xs, 50),
      p95: percentile(xs, 95),
      max: Math.max(...xs),
    });
    return {
      bundleKb,
      bareReactKb,
      events: events + 3,
      seedSeconds,
      loadSeconds,
      domRows,
      scroll: stats(scroll),
      idle: stats(idle),
    };
  } finally {
    await browser.close();
    await stopServer(server);
    rmSync(dir, { recursive: true, force: true });
  }
}
