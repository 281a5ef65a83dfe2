import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { onCallAt } from "../../src/capabilities/schedules/domain/rotation.js";
import type { ServerProcess } from "../support/process.js";
import { runMuster, spawnServer, stopServer } from "../support/process.js";

const ADMIN = "cli-oncall-admin-token-0123456789";

describe("on-call schedules from the CLI, against a real server process", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "muster-oncall-"));
  let server: ServerProcess;
  const as = (args: string[]) => runMuster(args, { MUSTER_URL: server.url, MUSTER_TOKEN: ADMIN });
  const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
  const spec = {
    name: "Ops primary",
    timeZone: "America/New_York",
    layers: [
      {
        name: "daily",
        participants: ["dana", "omar"],
        rotation: { every: 1, unit: "days" as const },
        start: `${threeDaysAgo}T09:00`,
      },
    ],
  };

  beforeAll(async () => {
    server = await spawnServer({ MUSTER_DATA_DIR: dir, MUSTER_ADMIN_TOKEN: ADMIN });
    for (const h of ["dana", "omar"]) expect((await as(["user", "create", h, "--name", h])).code).toBe(0);
  }, 60_000);
  afterAll(async () => {
    await stopServer(server);
    rmSync(dir, { recursive: true, force: true });
  });

  it("puts a schedule from YAML, says who is on call, takes an override and serves its calendar", async () => {
    const yaml = path.join(dir, "ops.yaml");
    writeFileSync(
      yaml,
      [
        `name: ${spec.name}`,
        `timeZone: ${spec.timeZone}`,
        "layers:",
        "  - name: daily",
        "    participants: [dana, omar]",
        "    rotation: { every: 1, unit: days }",
        `    start: "${spec.layers[0]!.start}"`,
        "",
      ].join("\n"),
    );
    const put = await as(["schedule", "put", "ops", "--file", yaml]);
    expect(put.code, put.stderr).toBe(0);
    const expected = onCallAt(spec, [], new Date()).now?.person;
    expect(put.stdout).toContain(`Saved ops. ops (Ops primary): ${String(expected)} until`);
    const listed = await as(["oncall"]);
    expect(listed.stdout).toMatch(
      new RegExp(`^ops \\(Ops primary\\): ${String(expected)} until .+ GMT-[45]; next `),
    );

    const start = new Date(Date.now() - 60_000).toISOString();
    const end = new Date(Date.now() + 2 * 3_600_000).toISOString();
    const covered = await as([
      "schedule",
      "override",
      "ops",
      "--person",
      "omar",
      "--start",
      start,
      "--end",
      end,
      "--json",
    ]);
    expect(covered.code, covered.stderr).toBe(0);
    const override = JSON.parse(covered.stdout) as { id: string };
    const now = JSON.parse((await as(["oncall", "ops", "--json"])).stdout) as {
      now: { person: string; source: unknown };
    };
    expect(now.now).toMatchObject({ person: "omar", source: { override: override.id } });
    const shifts = JSON.parse((await as(["schedule", "shifts", "ops", "--json"])).stdout) as {
      shifts: { person: string }[];
    };
    expect(shifts.shifts[0]?.person).toBe("omar");
    expect(shifts.shifts.length).toBeGreaterThanOrEqual(14);

    const url = (await as(["schedule", "calendar", "ops"])).stdout.trim();
    expect(url.startsWith(`${server.url}/api/v1/calendars/schedules/ops.ics?key=`)).toBe(true);
    const feed = await fetch(url);
    expect(feed.status).toBe(200);
    const ics = await feed.text();
    expect(ics).toContain("BEGIN:VCALENDAR");
    expect(ics).toContain("SUMMARY:omar on call (Ops primary)");

    // A team whose escalation list names the schedule asks whoever is on call (omar, covering).
    const team = await as(["team", "ops", "--display-name", "Ops", "--escalation", "schedule:ops,dana"]);
    expect(team.stdout).toContain("Saved ops: schedule:ops → dana");
    expect((await as(["teams"])).stdout).toContain(
      "ops (Ops): schedule:ops, dana; now omar (on call, ops) → dana",
    );
    const inUse = await as(["schedule", "delete", "ops"]);
    expect(inUse.stderr).toContain("SCHEDULE_IN_USE");
    await as(["team", "ops", "--display-name", "Ops", "--escalation", "dana"]);

    expect((await as(["schedule", "unoverride", "ops", override.id])).stdout).toContain(
      `Removed override ${override.id}`,
    );
    expect((await as(["schedule", "delete", "ops"])).stdout).toContain("Deleted ops");
    expect((await as(["oncall"])).stdout).toContain("No schedules yet");
  });

  it("says what is wrong with a bad file or a bad schedule, and changes nothing", async () => {
    const broken = path.join(dir, "broken.yaml");
    writeFileSync(broken, "name: [unclosed\n");
    const bad = await as(["schedule", "put", "ops", "--file", broken]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("is not valid YAML");
    const wrongZone = path.join(dir, "zone.json");
    writeFileSync(wrongZone, JSON.stringify({ ...spec, timeZone: "Mars/Olympus" }));
    const refused = await as(["schedule", "put", "ops", "--file", wrongZone]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain("[timeZone]");
    expect((await as(["oncall"])).stdout).toContain("No schedules yet");
  });
});
