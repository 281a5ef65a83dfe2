import { describe, expect, it } from "vitest";
import type { DesiredTimer } from "../../src/domain/index.js";
import { defaultDomainConfig, fireTimer, noticesFor, stamp, timersFor } from "../../src/domain/index.js";
import { Scenario, expectRefusal } from "./helpers.js";

function page(t: Scenario) {
  const [e] = t.run("ic", {
    type: "dispatch",
    target: { team: "storage" },
    escalation: ["ana", "ben"],
    message: "array degraded",
    ackMinutes: 5,
  });
  if (e?.type !== "dispatch.requested") throw new Error("expected dispatch.requested");
  return e.data.id;
}

function fireAck(t: Scenario) {
  const timer = timersFor(t.state, defaultDomainConfig).find(
    (x) => x.kind === "dispatch-ack",
  ) as DesiredTimer;
  const out = stamp(t.state, fireTimer(t.state, timer, defaultDomainConfig), "muster", new Date(timer.dueAt));
  t.state = out.state;
  return out.envelopes;
}

describe("dispatch and notification", () => {
  it("pages the first person on a team's escalation list, who must acknowledge within the time", () => {
    const t = new Scenario();
    const requested = t.run("ic", {
      type: "dispatch",
      target: { team: "storage" },
      escalation: ["ana", "ben"],
      message: "array degraded",
      ackMinutes: 5,
    });
    expect(noticesFor(t.state, requested).map((n) => n.recipient)).toEqual(["ana"]);
    const timer = timersFor(t.state, defaultDomainConfig).find((x) => x.kind === "dispatch-ack");
    expect(Date.parse(timer!.dueAt) - Date.parse(requested[0]!.at)).toBe(5 * 60_000);
  });

  it("escalates to the next person without an acknowledgement, then gives up and tells the requester", () => {
    const t = new Scenario();
    page(t);
    const escalated = fireAck(t);
    expect(escalated[0]).toMatchObject({ type: "dispatch.escalated", data: { level: 1, person: "ben" } });
    expect(noticesFor(t.state, escalated).map((n) => n.recipient)).toEqual(["ben"]);
    const exhausted = fireAck(t);
    expect(exhausted[0]?.type).toBe("dispatch.exhausted");
    expect(noticesFor(t.state, exhausted).map((n) => n.recipient)).toEqual(["ic"]);
    expect(timersFor(t.state, defaultDomainConfig).some((x) => x.kind === "dispatch-ack")).toBe(false);
  });

  it("takes an acknowledgement from someone asked so far, checking them in", () => {
    const t = new Scenario();
    const id = page(t);
    expectRefusal(() => t.run("ben", { type: "ack-dispatch", id, checkIn: true }), "NOT_PAGED");
    const acked = t.run("ana", { type: "ack-dispatch", id, checkIn: true });
    expect(acked.map((e) => e.type)).toEqual(["dispatch.acknowledged", "responder.checked-in"]);
    // Staging says who asked and why, not an id.
    expect(acked[1]?.data).toMatchObject({ note: "paged by ic: array degraded" });
    expect(t.state.responders.ana?.status).toBe("available");
    expect(t.state.dispatches[id]).toMatchObject({ status: "acknowledged", acknowledgedBy: "ana" });
    expectRefusal(() => t.run("ana", { type: "ack-dispatch", id, checkIn: false }), "DISPATCH_CLOSED");
    expect(timersFor(t.state, defaultDomainConfig).some((x) => x.kind === "dispatch-ack")).toBe(false);
  });

  it("tells the audience of the declaration about the end too, with everyone who responded", () => {
    const t = new Scenario("ic", { audience: ["vp", "support"] });
    expect(noticesFor(t.state, t.log).map((n) => n.recipient)).toEqual(["vp", "support"]);
    t.staff(["sue"]);
    t.run("ic", { type: "notify", people: ["legal"], teams: [], text: "possible data exposure" });
    const ended = t.run("ic", { type: "set-status", status: "ended", summary: "resolved" });
    expect(
      noticesFor(t.state, ended)
        .map((n) => n.recipient)
        .sort(),
    ).toEqual(["legal", "sue", "support", "vp"]);
    expectRefusal(() => t.run("sue", { type: "notify", people: [], teams: [], text: "x" }), "INCIDENT_ENDED");
  });
});
