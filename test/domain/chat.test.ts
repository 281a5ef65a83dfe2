import { describe, expect, it } from "vitest";
import { buildStatusDoc, defaultDomainConfig } from "../../src/domain/index.js";
import { UsageError, parseCommand } from "../../src/capabilities/chat/domain/parse.js";
import { announce, badged, channelName, topicOf } from "../../src/capabilities/chat/domain/render.js";
import { Scenario } from "./helpers.js";

const names = (h: string): string => ({ ic: "Sue", bob: "Bob" })[h] ?? h;

describe("chat commands", () => {
  it("reads the subcommands as the CLI names them, with the incident optional", () => {
    expect(parseCommand("declare sev-2 Checkout is down")).toEqual({
      incident: null,
      intent: { verb: "declare", severity: "SEV2", synopsis: "Checkout is down" },
    });
    expect(parseCommand("declare")).toMatchObject({ intent: { verb: "declare", synopsis: null } });
    expect(parseCommand("42 status")).toEqual({ incident: "42", intent: { verb: "status" } });
    expect(parseCommand("INC-7 checkin db,network")).toEqual({
      incident: "7",
      intent: { verb: "checkin", skills: ["db", "network"] },
    });
    expect(parseCommand("can Errors at 40% | Rolling back").intent).toEqual({
      verb: "can",
      report: { conditions: "Errors at 40%", actions: "Rolling back", needs: "none" },
    });
    expect(parseCommand("assign <@U123|bob> tech-lead").intent).toEqual({
      verb: "assign",
      person: { user: "U123" },
      role: "tech-lead",
    });
    expect(parseCommand("role scribe @ann").intent).toEqual({
      verb: "role",
      role: "scribe",
      person: { name: "ann" },
    });
    expect(parseCommand("handover <@U9> Rollback running").intent).toEqual({
      verb: "handover",
      person: { user: "U9" },
      role: "incident-commander",
      briefing: "Rollback running",
    });
    expect(parseCommand("update severity sev1 -- customers cannot pay").intent).toEqual({
      verb: "update",
      field: "severity",
      value: "SEV1",
      reason: "customers cannot pay",
    });
    expect(parseCommand("end --confirm Fixed").intent).toEqual({
      verb: "end",
      summary: "Fixed",
      confirm: true,
    });
    expect(parseCommand("").intent).toEqual({ verb: "help" });
  });

  it("says what to type for a command it cannot read", () => {
    expect(() => parseCommand("launch")).toThrow(UsageError);
    expect(() => parseCommand("can only conditions")).toThrow(/conditions \| actions \| needs/);
    expect(() => parseCommand("update colour red")).toThrow(/severity\|synopsis\|impact\|eta/);
    expect(() => parseCommand("assign")).toThrow(/assign @person/);
    expect(() => parseCommand("end")).toThrow(/end \[--confirm\] <summary>/);
  });
});

describe("chat rendering", () => {
  it("names people with the roles they hold, not the ones the IC only covers", () => {
    const s = new Scenario("ic");
    s.staff(["bob"]);
    s.run("ic", { type: "fill-role", role: "tech-lead", person: "bob" });
    const doc = buildStatusDoc(s.state, defaultDomainConfig);
    expect(badged(doc, "ic", names)).toBe("Sue (IC)");
    expect(badged(doc, "bob", names)).toBe("Bob (TL)");
    expect(topicOf(doc, names)).toMatch(/^SEV2 · active · IC Sue · next update \d\d:\d\d UTC$/);
    expect(channelName(doc)).toMatch(/^inc-1-[a-z0-9-]+$/);
    expect(channelName(doc, 1)).toMatch(/-2$/);
  });

  it("announces what the channel needs and does not echo what was said in the same chat", () => {
    const s = new Scenario("ic");
    const [can] = s.run("ic", { type: "report-can", conditions: "C", actions: "A", needs: "N" });
    const [fromSlack] = s.run("ic", {
      type: "post-message",
      text: "hello",
      via: { chat: "slack", id: "1.2", thread: null, edits: null },
    });
    const [fromPost] = s.run("ic", { type: "post-message", text: "from the web" });
    const doc = buildStatusDoc(s.state, defaultDomainConfig);
    if (!can || !fromSlack || !fromPost) throw new Error("missing events");
    expect(announce(can, doc, names, "slack")).toMatchObject({ title: "CAN from Sue (IC)" });
    expect(announce(fromSlack, doc, names, "slack")).toBeNull();
    expect(announce(fromSlack, doc, names, "mattermost")?.text).toBe("Sue (IC) in slack: hello");
    expect(announce(fromPost, doc, names, "slack")?.text).toBe("Sue (IC) in the Command Post: from the web");
    expect(fromSlack.data).toMatchObject({ via: { chat: "slack", id: "1.2" } });
  });
});
