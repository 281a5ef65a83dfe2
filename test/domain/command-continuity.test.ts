import { describe, expect, it } from "vitest";
import {
  abilitiesFor,
  buildStatusDoc,
  commanderOf,
  defaultDomainConfig,
  describeEvent,
  fireTimer,
  holdersOf,
  noticesFor,
  stamp,
  timersFor,
  upgradeState,
  upgradeStatusDoc,
} from "../../src/domain/index.js";
import { Scenario, expectRefusal } from "./helpers.js";

/** ic commands; dep is Deputy; tl and sme work under ic; aud was told of the declaration. */
function outage(): Scenario {
  const t = new Scenario("ic", { audience: ["aud"] });
  t.staff(["dep", "tl", "sme"]);
  t.run("ic", { type: "fill-role", role: "deputy", person: "dep" });
  t.run("ic", { type: "fill-role", role: "tech-lead", person: "tl" });
  return t;
}

const doc = (t: Scenario) => buildStatusDoc(t.state, defaultDomainConfig);

describe("assuming command when the IC cannot go on", () => {
  it("lets the Deputy take command with a reason, announced to everyone; the old IC stays as a responder", () => {
    const t = outage();
    expect(doc(t).command.nextInLine).toBe("dep");
    expect(abilitiesFor(t.state, "dep", false).assumeCommand).toBe(true);
    expect(abilitiesFor(t.state, "tl", false).assumeCommand).toBe(false);
    const [assumed] = t.run("dep", {
      type: "assume-command",
      reason: "ic's laptop died; no answer on the bridge",
    });
    expect(assumed).toMatchObject({ type: "command.assumed", data: { from: "ic", to: "dep", as: "deputy" } });
    expect(commanderOf(t.state)).toBe("dep");
    expect(holdersOf(t.state, "deputy")).toEqual([]);
    expect(t.state.responders.ic).toMatchObject({ status: "assigned", supervisor: null });
    expect(t.state.roleHistory.at(-1)).toMatchObject({
      role: "incident-commander",
      holder: "dep",
      via: "assume",
    });
    const told = noticesFor(t.state, [assumed!]).map((n) => n.recipient);
    expect(new Set(told)).toEqual(new Set(["ic", "tl", "sme", "aud"]));
    expect(describeEvent(assumed!)).toBe(
      "dep assumed command from ic as the Deputy: ic's laptop died; no answer on the bridge",
    );
  });

  it("refuses anyone else, a blank reason, and the IC themself", () => {
    const t = outage();
    const refused = expectRefusal(
      () => t.run("tl", { type: "assume-command", reason: "x" }),
      "NOT_IN_COMMAND",
    );
    expect(refused.message).toContain("(dep)");
    expectRefusal(() => t.run("dep", { type: "assume-command", reason: "   " }), "REASON_REQUIRED", "reason");
    expectRefusal(() => t.run("ic", { type: "assume-command", reason: "x" }), "ALREADY_HOLDS_ROLE");
  });

  it("falls to the designated successor where there is no Deputy, and to an admin as the last resort", () => {
    const t = new Scenario("ic");
    t.staff(["tl", "sme"]);
    expect(doc(t).command.nextInLine).toBeNull();
    expectRefusal(() => t.run("sme", { type: "designate-successor", person: "tl" }), "NOT_IN_COMMAND");
    t.run("ic", { type: "designate-successor", person: "tl" });
    expect(doc(t).command).toMatchObject({ nextInLine: "tl", successor: "tl" });
    t.run("tl", { type: "assume-command", reason: "ic went quiet for 20 minutes" });
    expect(commanderOf(t.state)).toBe("tl");
    expect(t.state.successor).toBeNull();

    // Nobody in line now: an admin who is not even checked in takes command (and is checked in).
    expect(abilitiesFor(t.state, "root", true).assumeCommand).toBe(true);
    expect(abilitiesFor(t.state, "root", false).assumeCommand).toBe(false);
    const events = t.run("root", { type: "assume-command", reason: "tl unreachable too" }, true);
    expect(events.map((e) => e.type)).toEqual(["responder.checked-in", "command.assumed"]);
    expect(events[1]).toMatchObject({ data: { from: "tl", to: "root", as: "admin" } });
    expect(commanderOf(t.state)).toBe("root");
  });

  it("drops a pending offer of command made by the one who is gone", () => {
    const t = outage();
    t.run("ic", { type: "offer-transfer", role: "incident-commander", to: "tl", notes: "" });
    t.run("dep", { type: "assume-command", reason: "ic gone" });
    expect(Object.values(t.state.transfers)).toEqual([]);
  });
});

describe("stepping away from command for a while", () => {
  it("hands command to the Deputy until a time, reminds when it passes, and returns it on resume", () => {
    const t = outage();
    const until = new Date(t.nextNow.getTime() + 30 * 60_000).toISOString();
    expect(abilitiesFor(t.state, "ic", false).stepAway).toBe(true);
    const [away] = t.run("ic", { type: "step-away", until, notes: "on a call with the DC provider" });
    expect(away).toMatchObject({ type: "command.stepped-away", data: { from: "ic", to: "dep", until } });
    expect(commanderOf(t.state)).toBe("dep");
    expect(doc(t).command.away).toEqual({
      commander: "ic",
      acting: "dep",
      until,
      notes: "on a call with the DC provider",
    });
    expect(noticesFor(t.state, [away!]).map((n) => n.recipient)).toEqual(
      expect.arrayContaining(["dep", "tl", "aud"]),
    );
    expect(abilitiesFor(t.state, "ic", false).resumeCommand).toBe(true);

    // The time passes: one reminder to both, then no more.
    const timer = timersFor(t.state, defaultDomainConfig).find((x) => x.kind === "command-return");
    expect(timer).toMatchObject({ dueAt: until, subject: "ic" });
    const reminder = fireTimer(t.state, timer!, defaultDomainConfig);
    expect(reminder).toEqual([
      { type: "command.return-due", data: { commander: "ic", acting: "dep", until } },
    ]);
    t.state = stamp(t.state, reminder, "muster", new Date(until)).state;
    expect(timersFor(t.state, defaultDomainConfig).some((x) => x.kind === "command-return")).toBe(false);
    expect(fireTimer(t.state, timer!, defaultDomainConfig)).toEqual([]);

    t.run("ic", { type: "resume-command" });
    expect(commanderOf(t.state)).toBe("ic");
    expect(holdersOf(t.state, "deputy")).toEqual(["dep"]);
    expect(doc(t).command.away).toBeNull();
    expect(timersFor(t.state, defaultDomainConfig).some((x) => x.kind === "command-return")).toBe(false);
  });

  it("needs someone to act, a time within a day, and only one step-away at a time", () => {
    const t = new Scenario("ic");
    t.staff(["sme"]);
    const soon = new Date(t.nextNow.getTime() + 10 * 60_000).toISOString();
    expect(abilitiesFor(t.state, "ic", false).stepAway).toBe(false);
    expectRefusal(() => t.run("ic", { type: "step-away", until: soon }), "NO_DEPUTY");
    t.run("ic", { type: "fill-role", role: "deputy", person: "sme" });
    expectRefusal(
      () => t.run("ic", { type: "step-away", until: "2020-01-01T00:00:00Z" }),
      "INVALID_TIME",
      "until",
    );
    expectRefusal(
      () => t.run("ic", { type: "step-away", until: "2099-01-01T00:00:00Z" }),
      "INVALID_TIME",
      "until",
    );
    expectRefusal(() => t.run("sme", { type: "step-away", until: soon }), "NOT_IN_COMMAND");
    expectRefusal(() => t.run("ic", { type: "resume-command" }), "NOT_AWAY");
    t.run("ic", { type: "step-away", until: new Date(t.nextNow.getTime() + 60 * 60_000).toISOString() });
    expectRefusal(() => t.run("sme", { type: "resume-command" }), "NOT_AWAY");
  });

  it("ends the step-away when the acting IC's command is assumed by someone else", () => {
    const t = outage();
    t.run("ic", { type: "designate-successor", person: "tl" });
    t.run("ic", { type: "step-away", until: new Date(t.nextNow.getTime() + 60 * 60_000).toISOString() });
    t.run("tl", { type: "assume-command", reason: "dep had to leave" });
    expect(t.state.away).toBeNull();
    expectRefusal(() => t.run("ic", { type: "resume-command" }), "NOT_AWAY");
  });
});

describe("handover outcomes are announced", () => {
  it("tells responders, the audience and the offerer of an accepted or declined offer of command", () => {
    const t = outage();
    t.run("ic", { type: "offer-transfer", role: "incident-commander", to: "tl", notes: "" });
    const id = Object.keys(t.state.transfers)[0]!;
    const [declined] = t.run("tl", { type: "decline-transfer", id, reason: "heads down on DNS" });
    expect(new Set(noticesFor(t.state, [declined!]).map((n) => n.recipient))).toEqual(
      new Set(["ic", "dep", "sme", "aud"]),
    );
    t.run("ic", { type: "offer-transfer", role: "incident-commander", to: "dep", notes: "" });
    const next = Object.keys(t.state.transfers)[0]!;
    const [accepted] = t.run("dep", { type: "accept-transfer", id: next });
    expect(new Set(noticesFor(t.state, [accepted!]).map((n) => n.recipient))).toEqual(
      new Set(["ic", "tl", "sme", "aud"]),
    );
  });

  it("tells the one offered when an offer is withdrawn", () => {
    const t = outage();
    t.run("ic", { type: "offer-transfer", role: "incident-commander", to: "tl", notes: "" });
    const id = Object.keys(t.state.transfers)[0]!;
    const [withdrawn] = t.run("ic", { type: "withdraw-transfer", id });
    expect(noticesFor(t.state, [withdrawn!]).map((n) => n.recipient)).toEqual(["tl"]);
    expect(describeEvent(withdrawn!)).toContain("to tl withdrawn");
  });
});

describe("states and status docs stored before command continuity", () => {
  it("read as having no successor and nobody away", () => {
    const t = outage();
    const old = JSON.parse(JSON.stringify(t.state)) as Record<string, unknown>;
    delete old.successor;
    delete old.away;
    const upgraded = upgradeState(old as unknown as typeof t.state);
    expect(upgraded.away).toBeNull();
    expect(upgraded.successor).toBeNull();
    const stored: Partial<ReturnType<typeof doc>> = doc(t);
    delete stored.command;
    expect(upgradeStatusDoc(stored as ReturnType<typeof doc>).command).toEqual({
      nextInLine: "dep",
      successor: null,
      away: null,
    });
  });
});
