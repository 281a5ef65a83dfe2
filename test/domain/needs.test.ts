import { describe, expect, it } from "vitest";
import { abilitiesFor, buildStatusDoc, defaultDomainConfig, noticesFor } from "../../src/domain/index.js";
import { Scenario, expectRefusal } from "./helpers.js";

const can = (needs: string) => ({
  type: "report-can" as const,
  conditions: "db at 95% cpu",
  actions: "failing over",
  needs,
});

/** IC "ic"; lead "lea" leads the database group with "dan" under her; "sue" reports to the IC. */
function response(): Scenario {
  const t = new Scenario("ic");
  t.staff(["lea", "sue"]);
  t.run("ic", { type: "form-group", group: "database", lead: "lea" });
  t.staff(["dan"], "lea");
  return t;
}

describe("needs from CAN reports", () => {
  it("turns a CAN's needs into an open request to the supervisor the report went to", () => {
    const t = response();
    const events = t.run("dan", can("a second DBA with replica access"));
    expect(events.map((e) => e.type)).toEqual(["can.reported", "need.raised"]);
    const need = Object.values(t.state.needs)[0]!;
    expect(need).toMatchObject({ from: "dan", to: "lea", state: "open", canSeq: events[0]!.seq });
    const doc = buildStatusDoc(t.state, defaultDomainConfig);
    expect(doc.needs.map((n) => n.text)).toEqual(["a second DBA with replica access"]);
    expect(noticesFor(t.state, events).map((n) => n.recipient)).toEqual(["lea"]);
    // A responder reporting to the IC position asks the IC.
    const [, raised] = t.run("sue", can("status page access"));
    expect(raised?.type === "need.raised" && raised.data.to).toBe(null);
    expect(noticesFor(t.state, [raised!]).map((n) => n.recipient)).toEqual(["ic"]);
  });

  it("raises nothing for 'none' and does not repeat a need still waiting", () => {
    const t = response();
    for (const none of ["none", "None.", "n/a", "-", "", "nothing"]) {
      expect(t.run("dan", can(none)).map((e) => e.type)).toEqual(["can.reported"]);
    }
    t.run("dan", can("more disk"));
    expect(t.run("dan", can("More disk")).map((e) => e.type)).toEqual(["can.reported"]);
    expect(Object.keys(t.state.needs)).toHaveLength(1);
  });

  it("lets the supervisor give it to someone, who answers; the reporter hears the answer", () => {
    const t = response();
    t.run("dan", can("a second DBA"));
    const id = Object.keys(t.state.needs)[0]!;
    expectRefusal(() => t.run("sue", { type: "assign-need", id, assignee: "sue" }), "NOT_IN_COMMAND");
    expectRefusal(
      () => t.run("lea", { type: "assign-need", id, assignee: "zed" }),
      "NOT_CHECKED_IN",
      "assignee",
    );
    const [given] = t.run("lea", { type: "assign-need", id, assignee: "sue" });
    expect(noticesFor(t.state, [given!]).map((n) => n.recipient)).toEqual(["sue"]);
    expect(abilitiesFor(t.state, "sue", false).answerNeeds).toEqual([id]);
    expect(abilitiesFor(t.state, "dan", false).answerNeeds).toEqual([]);
    const [answered] = t.run("sue", { type: "answer-need", id, answer: "Priya joins at 10:40" });
    expect(t.state.needs[id]).toMatchObject({
      state: "answered",
      answeredBy: "sue",
      answerSeq: answered!.seq,
    });
    expect(noticesFor(t.state, [answered!]).map((n) => n.recipient)).toEqual(["dan"]);
    expect(buildStatusDoc(t.state, defaultDomainConfig).needs).toEqual([]);
    expectRefusal(() => t.run("ic", { type: "answer-need", id, answer: "again" }), "NEED_CLOSED", "id");
    expectRefusal(
      () => t.run("ic", { type: "answer-need", id: "nope", answer: "x" }),
      "NEED_NOT_FOUND",
      "id",
    );
  });

  it("lets the reporter or command withdraw a need, nobody else", () => {
    const t = response();
    t.run("dan", can("a bigger instance"));
    const id = Object.keys(t.state.needs)[0]!;
    expectRefusal(() => t.run("sue", { type: "withdraw-need", id }), "NOT_IN_COMMAND");
    t.run("dan", { type: "withdraw-need", id });
    expect(t.state.needs[id]?.state).toBe("withdrawn");
  });

  it("names unanswered needs as work in flight and withdraws them when the end is confirmed", () => {
    const t = response();
    t.run("dan", can("a second DBA"));
    const end = { type: "set-status" as const, status: "ended" as const, summary: "fixed" };
    const refusal = expectRefusal(() => t.run("ic", end), "WORK_IN_FLIGHT", "confirm");
    expect(refusal.message).toContain('need "a second DBA" (dan, unanswered)');
    const events = t.run("ic", { ...end, confirm: true });
    expect(events.map((e) => e.type)).toContain("need.withdrawn");
    expect(Object.values(t.state.needs)[0]?.state).toBe("withdrawn");
  });
});
