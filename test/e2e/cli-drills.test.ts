import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ServerProcess } from "../support/process.js";
import { runMuster, spawnServer, stopServer } from "../support/process.js";

const ADMIN = "cli-drills-admin-token-0123456789";

describe("drill scenarios and practice reports from the CLI, against a real server process", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "muster-drills-"));
  let server: ServerProcess;
  const as = (args: string[]) => runMuster(args, { MUSTER_URL: server.url, MUSTER_TOKEN: ADMIN });

  beforeAll(async () => {
    server = await spawnServer({ MUSTER_DATA_DIR: dir, MUSTER_ADMIN_TOKEN: ADMIN });
  }, 60_000);
  afterAll(async () => {
    await stopServer(server);
    rmSync(dir, { recursive: true, force: true });
  });

  it("exports a shipped scenario, checks and imports an edited copy, and prints a drill's after-action report", async () => {
    const listed = await as(["drill", "scenarios"]);
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).toContain(
      "dc-power-failure  Data-centre power failure (SEV1, 45m, 7 injects, shipped)",
    );

    const exported = await as(["drill", "export", "bad-deploy"]);
    expect(exported.stdout).toMatch(/^# A Muster drill scenario/);
    const ours = path.join(dir, "ours.yaml");
    writeFileSync(ours, exported.stdout.replace("id: bad-deploy", "id: our-deploy"));
    const broken = path.join(dir, "broken.yaml");
    writeFileSync(
      broken,
      exported.stdout.replace("id: bad-deploy", "id: our-deploy").replace("from: author", "from: ghost"),
    );

    const refused = await as(["drill", "import", broken]);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toContain("injects.1.do.from: ghost is not in the cast");
    expect(refused.stderr).toContain("nothing was saved");
    expect((await as(["drill", "check", ours])).stdout).toContain("valid (our-deploy, 4 injects)");
    const imported = await as(["drill", "import", ours]);
    expect(imported.stdout).toContain("Saved our-deploy: A bad deploy and its rollback");
    expect((await as(["drill", "scenarios"])).stdout).toContain(
      "our-deploy  A bad deploy and its rollback (SEV2, 30m, 4 injects, team)",
    );

    const declared = await as([
      "declare",
      "DRILL: checkout errors",
      "--kind",
      "drill",
      "--severity",
      "SEV2",
      "--json",
    ]);
    const number = (JSON.parse(declared.stdout) as { number: number }).number;
    const report = await as(["practices", String(number)]);
    expect(report.code, report.stderr).toBe(0);
    expect(report.stdout).toMatch(/^# After-action report: #\d+ /);
    expect(report.stdout).toContain("Declare and take command early: ✔ kept");
    expect(report.stdout).toContain("End explicitly, to everyone who heard the start: ✘ missed");
  });

  it("starts a drill, steers it and shows it, from the CLI", async () => {
    for (const h of ["ann", "bob"]) expect((await as(["user", "create", h, "--name", h])).code).toBe(0);
    const refused = await as(["drill", "start", "dc-power-failure", "--with", "ann"]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain("is for 2 to 8 participants; 1 was named");
    const started = await as([
      "drill",
      "start",
      "dc-power-failure",
      "--with",
      "ann,bob",
      "--speed",
      "10",
      "--json",
    ]);
    expect(started.code, started.stderr).toBe(0);
    const run = JSON.parse(started.stdout) as { id: string; incident: { number: number } };
    // The runner sends the first alert at once: the real server's own loop, not a test's tick.
    let shown = "";
    for (let i = 0; i < 50 && !shown.includes("✔ ups-on-battery"); i++) {
      await new Promise((r) => setTimeout(r, 100));
      shown = (await as(["drill", "show", run.id])).stdout;
    }
    expect(shown).toContain("✔ ups-on-battery");
    expect(shown).toMatch(/running at ×10/);
    expect((await as(["drill", "pause", run.id])).stdout).toMatch(/paused at ×10/);
    expect((await as(["drill", "skip", run.id, "support-queue"])).stdout).toMatch(
      /– support-queue .*\(skipped/,
    );
    const sent = await as([
      "drill",
      "inject",
      run.id,
      "--type",
      "message",
      "--from",
      "facilities",
      "--text",
      "Smoke in hall B",
    ]);
    expect(sent.code, sent.stderr).toBe(0);
    expect((await as(["drill", "resume", run.id, "--speed", "5"])).stdout).toMatch(/running at ×5/);
    expect((await as(["drill", "end", run.id])).stdout).toMatch(/ended \(ended by admin\)/);
    expect((await as(["drill", "runs"])).stdout).toContain(
      `${run.id}  dc-power-failure  #${String(run.incident.number)}  ended`,
    );
    const timeline = await as(["timeline", String(run.incident.number)]);
    expect(timeline.stdout).toContain("DRILL inject · Priya (facilities, on site): Smoke in hall B");
  });
});
