import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ServerProcess } from "../support/process.js";
import { runMuster, spawnServer, stopServer } from "../support/process.js";

const ADMIN = "cli-plan-admin-token-0123456789";

describe("CLI: action plan and cautious changes", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "muster-cli-plan-"));
  let server: ServerProcess;
  const tokens: Record<string, string> = { admin: ADMIN };
  const as = (who: string) => (args: string[]) =>
    runMuster(args, { MUSTER_URL: server.url, MUSTER_TOKEN: tokens[who] ?? "" });
  const idIn = (stdout: string, word: string) =>
    new RegExp(`${word} ([0-9a-f-]{36})`).exec(stdout)?.[1] ?? "";

  beforeAll(async () => {
    // Settings from a config file: no objection window for low risk, an hour for medium.
    const config = path.join(dir, "muster.config.json");
    writeFileSync(config, JSON.stringify({ objectionWindowSeconds: { low: 0, medium: 3600 } }));
    server = await spawnServer({ MUSTER_DATA_DIR: dir, MUSTER_ADMIN_TOKEN: ADMIN, MUSTER_CONFIG: config });
    for (const handle of ["ivy", "tom"]) {
      await as("admin")(["user", "create", handle, "--name", handle]);
      tokens[handle] = (await as("admin")(["token", "create", handle])).stdout.trim();
    }
  }, 60_000);
  afterAll(async () => {
    await stopServer(server);
    rmSync(dir, { recursive: true, force: true });
  });

  it("sets objectives, tasks with time boxes, and runs a change", async () => {
    expect((await as("ivy")(["declare", "Search is slow", "--severity", "SEV2"])).code).toBe(0);
    await as("tom")(["checkin", "1"]);
    await as("ivy")(["assign", "1", "tom", "--role", "tech-lead"]);
    const objective = await as("ivy")([
      "objective",
      "1",
      "Search answers in under a second",
      "--owner",
      "tom",
    ]);
    expect(objective.stdout).toContain("set objective");
    const task = await as("tom")([
      "assign-task",
      "1",
      "tom",
      "profile",
      "the",
      "slow",
      "queries",
      "--minutes",
      "15",
    ]);
    const taskId = idIn(task.stdout, "task");
    expect(task.stdout).toContain("back in 15 min");
    expect((await as("tom")(["ack", "1", taskId])).code).toBe(0);
    expect((await as("tom")(["report-task", "1", taskId, "index", "missing", "--done"])).stdout).toContain(
      "(done)",
    );

    const proposed = await as("tom")([
      "change",
      "propose",
      "1",
      "add",
      "the",
      "index",
      "--system",
      "search-db",
      "--why",
      "full scans",
      "--risk",
      "medium",
      "--rollback",
      "drop the index",
    ]);
    const changeId = idIn(proposed.stdout, "change");
    const early = await as("tom")(["change", "start", "1", changeId]);
    expect(early.code).toBe(4);
    expect(early.stderr).toContain("OBJECTION_WINDOW_OPEN");
    expect((await as("ivy")(["change", "clear", "1", changeId])).code).toBe(0);
    expect((await as("tom")(["change", "start", "1", changeId])).stdout).toContain("started change");
    expect((await as("tom")(["change", "observe", "1", changeId, "p99", "800ms"])).code).toBe(0);
    expect((await as("tom")(["change", "keep", "1", changeId])).stdout).toContain("kept change");
    const doc = JSON.parse((await as("ivy")(["show", "1", "--json"])).stdout) as {
      plan: { objectives: { tasks: unknown[] }[]; tasks: { status: string }[] };
      changes: unknown[];
    };
    expect(doc.plan.tasks[0]?.status).toBe("done");
    expect(doc.changes).toEqual([]);

    // A second change, withdrawn before it starts; the list keeps concluded changes.
    const second = await as("tom")([
      "change",
      "propose",
      "1",
      "raise",
      "the",
      "pool",
      "--system",
      "search-db",
      "--why",
      "saturation",
      "--risk",
      "high",
      "--rollback",
      "lower it",
    ]);
    const secondId = idIn(second.stdout, "change");
    const withdrawn = await as("tom")(["change", "withdraw", "1", secondId, "not", "needed"]);
    expect(withdrawn.stdout).toContain(`withdrew change ${secondId}: not needed`);
    const listed = await as("ivy")(["change", "list", "1"]);
    expect(listed.stdout).toMatch(new RegExp(`${changeId}\\s+kept\\s+medium\\s+search-db: add the index`));
    expect(listed.stdout).toMatch(
      new RegExp(`${secondId}\\s+withdrawn\\s+high\\s+search-db: raise the pool`),
    );
  }, 60_000);

  it("pages, notifies, shows the inbox and works through checklists", async () => {
    await as("admin")(["user", "create", "dee", "--name", "Dee"]);
    tokens.dee = (await as("admin")(["token", "create", "dee"])).stdout.trim();
    const paged = await as("ivy")([
      "page",
      "1",
      "--person",
      "dee",
      "--ack-minutes",
      "10",
      "please",
      "look",
      "at",
      "search",
    ]);
    const dispatchId = idIn(paged.stdout, "dispatch");
    expect(paged.stdout).toContain("asked dee to respond");
    let inbox = "";
    for (let i = 0; i < 50 && !inbox.includes("asked dee"); i++) {
      inbox = (await as("dee")(["inbox", "--unread"])).stdout;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(inbox).toContain("asked dee to respond");
    expect((await as("dee")(["ack-page", "1", dispatchId])).stdout).toContain("dee acknowledged");
    expect((await as("ivy")(["notify", "1", "--people", "tom,dee", "index", "is", "live"])).stdout).toContain(
      "told tom, dee: index is live",
    );
    const lists = await as("ivy")(["checklist", "1"]);
    expect(lists.stdout).toContain("First minutes of an incident — ivy");
    const checklistId =
      /First minutes of an incident — ivy \(([0-9a-f-]{36})\)/.exec(lists.stdout)?.[1] ?? "";
    expect((await as("ivy")(["checklist", "1", "check", checklistId, "1"])).code).toBe(0);
    expect((await as("ivy")(["checklist", "1"])).stdout).toContain("[x] 1.");
    const wrong = await as("ivy")(["checklist", "1", "tick"]);
    expect(wrong.code).toBe(2);
    expect((await as("tom")(["say", "1", "rollback", "looks", "clean"])).stdout).toContain(
      "tom (TL): rollback looks clean",
    );
  }, 60_000);
});
