import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ServerProcess } from "../support/process.js";
import { runMuster, spawnServer, stopServer } from "../support/process.js";

const ADMIN = "cli-scenario-admin-token-0123456789";

/**
 * The data-centre power failure of the reference: the on-call engineer declares as Tech
 * Lead, an IC takes command, teams form, a VP arrives and does not take over, command is
 * handed over at shift change, and the incident ends. Everything through the real CLI.
 */
describe("CLI scenario: data-centre power failure", () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "muster-cli-"));
  let server: ServerProcess;
  const tokens: Record<string, string> = {};
  const as = (who: string) => (args: string[]) =>
    runMuster(args, { MUSTER_URL: server.url, MUSTER_TOKEN: tokens[who] ?? "" });

  beforeAll(async () => {
    server = await spawnServer({ MUSTER_DATA_DIR: dataDir, MUSTER_ADMIN_TOKEN: ADMIN });
    tokens.admin = ADMIN;
    for (const [handle, name] of [
      ["tara", "Tara (on call)"],
      ["ian", "Ian"],
      ["pat", "Pat"],
      ["sam", "Sam"],
      ["vic", "Vic (VP)"],
      ["nina", "Nina"],
    ]) {
      expect((await as("admin")(["user", "create", handle!, "--name", name!])).code).toBe(0);
      const minted = await as("admin")(["token", "create", handle!]);
      expect(minted.code).toBe(0);
      tokens[handle!] = minted.stdout.trim();
    }
  }, 60_000);
  afterAll(async () => {
    await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("plays the whole story", async () => {
    const declared = await as("tara")([
      "declare",
      "Racks A-D in DC1 lost power",
      "--severity",
      "SEV1",
      "--as-tech-lead",
    ]);
    expect(declared.code).toBe(0);
    expect(declared.stdout).toMatch(/Declared Incident \d\d-Alpha \(#1\), SEV1\. IC: WANTED/);
    expect((await as("tara")(["show", "1"])).stdout).toContain("Incident Commander: WANTED");

    expect((await as("ian")(["checkin", "1"])).code).toBe(0);
    expect((await as("ian")(["role", "1", "incident-commander", "ian"])).stdout).toContain(
      "made ian Incident Commander",
    );

    for (const who of ["pat", "sam"]) {
      expect((await as(who)(["checkin", "1", "--skills", "power,network"])).code).toBe(0);
    }
    expect((await as("ian")(["assign", "1", "pat", "--to", "tara", "--role", "sme"])).code).toBe(0);
    expect((await as("ian")(["assign", "1", "sam", "--to", "tara", "--role", "sme"])).code).toBe(0);
    const can = await as("tara")([
      "can",
      "1",
      "-c",
      "A-D dark, UPS drained",
      "-a",
      "failing over to DC2",
      "-n",
      "facilities contact",
    ]);
    expect(can.stdout).toContain("CAN");
    // The need is an open request to the IC until answered; the answer is linked to it.
    const needs = JSON.parse((await as("ian")(["needs", "1", "--json"])).stdout) as {
      id: string;
      from: string;
    }[];
    expect(needs).toMatchObject([{ from: "tara" }]);
    const answered = await as("ian")([
      "need",
      "1",
      "answer",
      needs[0]!.id,
      "Facilities on-call is Raj, ext 4410",
    ]);
    expect(answered.stdout).toContain("answered tara's need");

    // The VP arrives; asked whether they want command, they decline: nothing changes.
    expect((await as("vic")(["checkin", "1"])).code).toBe(0);
    const offerVp = await as("ian")(["handover", "1", "vic", "--briefing", "Failover in progress"]);
    expect(offerVp.code).toBe(0);
    expect((await as("vic")(["decline", "1", "--reason", "Ian has it in hand"])).code).toBe(0);
    let doc = JSON.parse((await as("vic")(["show", "1", "--json"])).stdout) as { commander: string };
    expect(doc.commander).toBe("ian");

    // A bystander cannot accept somebody else's offer; refusals exit 5 with one clear line.
    expect((await as("nina")(["checkin", "1"])).code).toBe(0);
    const handover = await as("ian")([
      "handover",
      "1",
      "nina",
      "--briefing",
      "DC2 serving; PDU 3 suspected; facilities ETA 40 min",
    ]);
    expect(handover.stdout).toMatch(/offer id/);
    const wrong = await as("pat")(["accept", "1"]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr.trim().split("\n")).toHaveLength(1);
    expect((await as("nina")(["accept", "1"])).stdout).toContain("nina accepted Incident Commander from ian");
    doc = JSON.parse((await as("nina")(["show", "1", "--json"])).stdout) as { commander: string };
    expect(doc.commander).toBe("nina");

    const org = await as("nina")(["org", "1"]);
    expect(org.stdout).toContain("nina [IC");
    expect(org.stdout).toMatch(/tara \[TL\]\n.*pat \[SME\]/);

    const linked = await as("nina")([
      "links",
      "1",
      "Bridge=https://meet.example.com/dc1",
      "Channel=https://chat.example.com/dc1",
    ]);
    expect(linked.stdout).toContain("set the links: Bridge <https://meet.example.com/dc1>");
    expect((await as("nina")(["links", "1", "Bridge=javascript:alert(1)"])).code).toBe(4);

    // Command never deadlocks: nina names ian her successor (there is no Deputy), steps away for a
    // call and comes back; when her laptop then dies, ian assumes command with a reason.
    expect((await as("nina")(["successor", "1", "ian"])).stdout).toContain("named ian to assume command");
    const away = await as("nina")(["step-away", "1", "--until", "23:59", "--notes", "Call with facilities"]);
    expect(away.stdout).toContain("ian commands meanwhile (Call with facilities)");
    expect((await as("pat")(["resume", "1"])).code).toBe(4);
    expect((await as("nina")(["resume", "1"])).stdout).toContain("nina resumed command from ian");
    const assumed = await as("ian")(["assume", "1", "--reason", "nina's laptop died mid-call"]);
    expect(assumed.stdout).toContain("ian assumed command from nina as the designated successor");
    doc = JSON.parse((await as("nina")(["show", "1", "--json"])).stdout) as { commander: string };
    expect(doc.commander).toBe("ian");

    const notIc = await as("nina")(["end", "1", "--summary", "x"]);
    expect(notIc.code).toBe(5);
    expect(notIc.stderr).toContain("NOT_IN_COMMAND");
    expect((await as("ian")(["log", "1", "Power restored to racks A-D", "--key"])).code).toBe(0);
    expect(
      (await as("ian")(["end", "1", "--summary", "Power restored; services failed back to DC1"])).code,
    ).toBe(0);

    const timeline = await as("nina")(["timeline", "1"]);
    expect(timeline.stdout).toContain("ian assumed command from nina");
    expect(timeline.stdout).toContain("declined Incident Commander");
    expect(timeline.stdout).toContain("changed status active → ended");
    const list = JSON.parse((await as("nina")(["list", "--all", "--json"])).stdout) as { status: string }[];
    expect(list[0]?.status).toBe("ended");
    const missing = await as("nina")(["show", "99"]);
    expect(missing.code).toBe(3);
  }, 90_000);

  it("says clearly when the server cannot be reached or no token is set", async () => {
    const down = await runMuster(["list"], { MUSTER_URL: "http://127.0.0.1:9", MUSTER_TOKEN: "x" });
    expect(down.code).toBe(6);
    expect(down.stderr).toContain("Cannot reach Muster");
    const noToken = await runMuster(["list"], { MUSTER_URL: server.url, MUSTER_TOKEN: "" });
    expect(noToken.code).toBe(5);
  });
});
