import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ServerProcess } from "../support/process.js";
import { runMuster, spawnServer, stopServer } from "../support/process.js";

const ADMIN = "cli-comms-admin-token-0123456789";

describe("CLI: stakeholder communications and the status page", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "muster-cli-comms-"));
  let server: ServerProcess;
  const tokens: Record<string, string> = { admin: ADMIN };
  const as = (who: string) => (args: string[]) =>
    runMuster(args, { MUSTER_URL: server.url, MUSTER_TOKEN: tokens[who] ?? "" });

  beforeAll(async () => {
    server = await spawnServer({ MUSTER_DATA_DIR: dir, MUSTER_ADMIN_TOKEN: ADMIN });
    for (const handle of ["ivy", "cam"]) {
      await as("admin")(["user", "create", handle, "--name", handle]);
      tokens[handle] = (await as("admin")(["token", "create", handle])).stdout.trim();
    }
  }, 60_000);
  afterAll(async () => {
    await stopServer(server);
    rmSync(dir, { recursive: true, force: true });
  });

  it("defines groups and components, names audiences at declaration, writes, previews and approves updates", async () => {
    const group = await as("admin")([
      "stakeholder-group",
      "customers",
      "--label",
      "Customers",
      "--external",
      "--member",
      "email:list@customer.example",
    ]);
    expect(group.stdout).toContain("Saved customers (1 members)");
    expect(
      (await as("admin")(["status-component", "api", "--label", "Public API", "--group", "Core"])).code,
    ).toBe(0);
    const bad = await as("admin")(["stakeholder-group", "x", "--label", "X", "--member", "fax:123"]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain("--member takes");

    expect((await as("ivy")(["declare", "API errors", "--audiences", "customers,public"])).code).toBe(0);
    await as("cam")(["checkin", "1"]);
    await as("ivy")(["assign", "1", "cam", "--role", "comms-lead"]);
    // The message as several words, as a shell passes it; the options as for any update.
    const update = [
      "comms",
      "1",
      "update",
      "We",
      "are",
      "looking",
      "into",
      "errors.",
      "--audience",
      "public",
      "--title",
      "API errors",
      "--impact",
      "Some requests fail",
      "--component",
      "api=major-outage",
    ];
    const preview = await as("cam")([...update, "--preview"]);
    expect(preview.stdout).toContain("after the IC approves it");
    expect(preview.stdout).toContain("Investigating: API errors");
    const drafted = await as("cam")([...update, "--json"]);
    const doc = JSON.parse(drafted.stdout) as {
      comms: { updates: { id: string; status: string; text: string }[] };
    };
    expect(doc.comms.updates[0]?.text).toBe("We are looking into errors.");
    const id = doc.comms.updates[0]?.id ?? "";
    expect(doc.comms.updates[0]?.status).toBe("pending-approval");
    expect((await as("cam")(["comms", "1", "approve", id])).code).not.toBe(0);
    const approved = await as("ivy")(["comms", "1", "approve", id, "--title", "Errors on the API"]);
    expect(approved.stdout).toContain("approved update");
    // The page is rebuilt just after the commit (debounced), not within it: wait for it.
    let page = "";
    for (let i = 0; i < 50 && !page.includes("Errors on the API"); i++) {
      if (i > 0) await new Promise((r) => setTimeout(r, 100));
      page = await (await fetch(`${server.url}/status`)).text();
    }
    expect(page).toContain("Errors on the API");
    const link = await as("ivy")(["comms", "1", "link", "--audience", "customers", "--label", "Acme"]);
    expect(link.stdout).toMatch(/\/stakeholder\/[0-9a-f-]{36}\?sig=/);
  }, 60_000);
});
