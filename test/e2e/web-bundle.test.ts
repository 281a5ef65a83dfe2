import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

const ASSETS = path.resolve("dist/web/assets");
const BUDGET = 250 * 1024;

describe("the Command Post's JavaScript", () => {
  it("stays under 250 KB gzipped (the issue's budget for the incident room)", () => {
    // `npm test` builds before it tests; run `npm run build` first when running this file alone.
    const scripts = readdirSync(ASSETS).filter((f) => f.endsWith(".js"));
    expect(scripts.length, `no built scripts in ${ASSETS}`).toBeGreaterThan(0);
    const gzipped = scripts.reduce((sum, f) => sum + gzipSync(readFileSync(path.join(ASSETS, f))).length, 0);
    console.log(`web bundle: ${(gzipped / 1024).toFixed(1)} KB gzipped in ${String(scripts.length)} file(s)`);
    expect(gzipped).toBeLessThan(BUDGET);
  });
});
