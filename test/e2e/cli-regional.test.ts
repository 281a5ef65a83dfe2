import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ServerProcess } from "../support/process.js";
import { runMuster, spawnServer, stopServer } from "../support/process.js";

const ADMIN = "cli-regional-admin-token-0123456789";

type Doc = {
  commander: string | null;
  status: string;
  warnings: { code: string; message: string }[];
  relations: {
    children: {
      incident: { number: number };
      liaison: string | null;
      status: string;
      commander: string | null;
    }[];
    links: { incident: { number: number }; kind: string }[];
    absorbed: { incident: { number: number }; responders: string[] }[];
    mergedInto: { number: number } | null;
  };
};

/**
 * A regional outage, the reference's case for a meta-response: three teams declare their own
 * incidents, an umbrella coordinates them, each child sends a Liaison, one child's IC vanishes
 * and the Deputy assumes command, another IC steps away and returns, a duplicate from support
 * is merged, and everything ends with work in flight confirmed. Everything through the real CLI.
 */
describe("CLI scenario: regional outage (meta-response)", () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "muster-cli-regional-"));
  let server: ServerProcess;
  const tokens: Record<string, string> = {};
  const as = (who: string) => (args: string[]) =>
    runMuster(args, { MUSTER_URL: server.url, MUSTER_TOKEN: tokens[who] ?? "" });
  const doc = async (n: number): Promise<Doc> =>
    JSON.parse((await as("uma")(["show", String(n), "--json"])).stdout) as Doc;
  /** The umbrella's roll-up follows its children through a durable consumer: soon, not at once. */
  async function eventually(check: () => Promise<boolean>): Promise<void> {
    const deadline = Date.now() + 20_000;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error("the roll-up did not catch up within 20 s");
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  beforeAll(async () => {
    server = await spawnServer({ MUSTER_DATA_DIR: dataDir, MUSTER_ADMIN_TOKEN: ADMIN });
    tokens.admin = ADMIN;
    // People are made through the API: `muster user create` and `token create` are the CLI
    // scenario's to cover, and 22 CLI processes made this setup the slowest part under load.
    const headers = { authorization: `Bearer ${ADMIN}`, "content-type": "application/json" };
    for (const handle of ["ana", "ben", "cara", "dee", "uma", "lou", "lia", "leo", "dev", "amy", "sam"]) {
      const made = await fetch(`${server.url}/api/v1/users`, {
        method: "POST",
        headers,
        body: JSON.stringify({ handle, displayName: handle.toUpperCase() }),
      });
      expect(made.status).toBe(201);
      const minted = await fetch(`${server.url}/api/v1/users/${handle}/tokens`, {
        method: "POST",
        headers,
        body: "{}",
      });
      tokens[handle] = ((await minted.json()) as { token: string }).token;
    }
  }, 60_000);
  afterAll(async () => {
    await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("plays the whole story", async () => {
    // Three teams declare; support declares a duplicate of the first; an umbrella is set up.
    for (const [who, what] of [
      ["ana", "EU checkout failing"],
      ["ben", "EU logins slow"],
      ["cara", "EU CDN returning 5xx"],
      ["dee", "Customers report failed payments"],
    ] as const) {
      expect((await as(who)(["declare", what, "--severity", "SEV2"])).code).toBe(0);
    }
    const umbrella = await as("uma")([
      "declare",
      "eu-west-1 regional outage",
      "--severity",
      "SEV1",
      "--umbrella",
    ]);
    expect(umbrella.stdout).toMatch(/Declared umbrella .* \(#5\), SEV1\. IC: uma/);

    // Each child's IC puts it under the umbrella; a Liaison is owed until named.
    expect((await as("ana")(["attach", "1", "--umbrella", "4"])).stderr).toContain(
      "not an umbrella incident",
    );
    for (const [who, n] of [
      ["ana", "1"],
      ["ben", "2"],
      ["cara", "3"],
    ] as const) {
      expect((await as(who)(["attach", n, "--umbrella", "5"])).stdout).toContain("under umbrella #5");
    }
    expect((await as("ana")(["show", "1"])).stdout).toContain("No Liaison to umbrella #5");
    for (const [ic, liaison, n] of [
      ["ana", "lou", "1"],
      ["ben", "lia", "2"],
      ["cara", "leo", "3"],
    ] as const) {
      expect((await as(liaison)(["checkin", n])).code).toBe(0);
      expect((await as(ic)(["liaison", n, liaison])).stdout).toContain(`made ${liaison} Liaison (umbrella)`);
    }
    await eventually(async () => {
      const u = await doc(5);
      return u.relations.children.length === 3 && u.relations.children.every((c) => c.liaison !== null);
    });
    expect((await doc(5)).warnings.map((w) => w.code)).not.toContain("LIAISON_MISSING");
    const umbrellaOrg = (await as("uma")(["org", "5"])).stdout;
    for (const liaison of ["lou", "lia", "leo"]) expect(umbrellaOrg).toContain(liaison);

    // Ben's laptop dies; his Deputy assumes command and the umbrella sees the new IC.
    expect((await as("dev")(["checkin", "2"])).code).toBe(0);
    expect((await as("ben")(["assign", "2", "dev", "--role", "deputy"])).code).toBe(0);
    const assumed = await as("dev")(["assume", "2", "--reason", "ben unreachable for 15 minutes"]);
    expect(assumed.stdout).toContain("dev assumed command from ben as the Deputy");
    await eventually(async () => (await doc(5)).relations.children.some((c) => c.commander === "dev"));

    // Ana steps away for a call and comes back; Amy acts meanwhile.
    expect((await as("amy")(["checkin", "1"])).code).toBe(0);
    expect((await as("ana")(["assign", "1", "amy", "--role", "deputy"])).code).toBe(0);
    const later = new Date(Date.now() + 30 * 60_000).toISOString();
    const away = await as("ana")([
      "step-away",
      "1",
      "--until",
      later,
      "--notes",
      "Call with the payment provider",
    ]);
    expect(away.stdout).toContain("amy commands meanwhile");
    expect((await doc(1)).commander).toBe("amy");
    expect((await as("ana")(["resume", "1"])).stdout).toContain("ana resumed command from amy");

    // The CDN causes the slow logins; support's report duplicates checkout and is merged into it.
    expect((await as("dev")(["link", "2", "3", "--kind", "caused-by"])).code).toBe(0);
    await eventually(async () => (await doc(3)).relations.links.some((l) => l.kind === "causes"));
    const merged = await as("dee")(["merge", "4", "--into", "1"]);
    expect(merged.stdout).toContain("merged this incident into #1");
    expect((await doc(4)).status).toBe("ended");
    await eventually(async () => (await doc(1)).relations.absorbed.length === 1);
    expect((await doc(1)).relations.absorbed[0]).toMatchObject({
      incident: { number: 4 },
      responders: ["dee"],
    });

    // Sam is pulled into two incidents: both ICs and the umbrella IC can see it.
    expect((await as("sam")(["checkin", "1"])).code).toBe(0);
    expect((await as("sam")(["checkin", "3"])).code).toBe(0);
    expect((await as("uma")(["conflicts", "5"])).stdout).toMatch(/sam: #1 .*; #3 /);
    expect((await as("cara")(["release", "3", "sam", "--reason", "back to checkout"])).code).toBe(0);
    expect((await as("uma")(["conflicts", "5"])).stdout).not.toContain("sam:");

    // Everything ends; work in flight needs confirming, by name.
    expect(
      (await as("ana")(["assign-task", "1", "lou", "watch", "error", "rates", "--minutes", "30"])).code,
    ).toBe(0);
    const refused = await as("ana")(["end", "1", "--summary", "Checkout recovered after CDN failover"]);
    expect(refused.code).toBe(4);
    expect(refused.stderr).toContain('task "watch error rates" (lou)');
    const ended = await as("ana")([
      "end",
      "1",
      "--summary",
      "Checkout recovered after CDN failover",
      "--confirm",
    ]);
    expect(ended.code).toBe(0);
    expect((await as("dev")(["end", "2", "--summary", "Logins normal once the CDN recovered"])).code).toBe(0);
    expect((await as("cara")(["end", "3", "--summary", "CDN pool replaced"])).code).toBe(0);
    await eventually(async () => (await doc(5)).relations.children.every((c) => c.status === "ended"));
    expect((await as("uma")(["end", "5", "--summary", "All three incidents resolved"])).code).toBe(0);
    const timeline = (await as("uma")(["timeline", "5"])).stdout;
    expect(timeline).toContain("#2 ");
    expect(timeline).toContain("IC dev");
  }, 180_000);
});
