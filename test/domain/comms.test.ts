import { describe, expect, it } from "vitest";
import type { Audience, UpdateContent } from "../../src/capabilities/comms/domain/index.js";
import { fireTimer, noticesFor, timersFor } from "../../src/domain/index.js";
import { expectRefusal, Scenario } from "./helpers.js";

const execs: Audience = {
  name: "executives",
  label: "Executives",
  external: false,
  approval: false,
  members: [
    { kind: "person", handle: "ceo", channel: "all" },
    { kind: "email", address: "board@example.com" },
  ],
};
const customers: Audience = {
  name: "customers",
  label: "Customers",
  external: true,
  approval: true,
  members: [{ kind: "email", address: "list@customer.example" }],
};
const publicPage: Audience = {
  name: "public",
  label: "Status page",
  external: true,
  approval: true,
  members: [],
};

const content = (over: Partial<UpdateContent> = {}): UpdateContent => ({
  stage: "investigating",
  title: "Checkout errors",
  impact: "Some payments fail",
  workaround: null,
  text: "We are looking into failed payments.",
  nextUpdateAt: null,
  components: {},
  ...over,
});

/** An incident with a Comms Lead (cam), a Liaison for customers (lia), and three audiences. */
function staffed(): Scenario {
  const t = new Scenario();
  t.staff(["cam", "lia", "sue"]);
  t.run("ic", { type: "fill-role", role: "comms-lead", person: "cam" });
  t.run("ic", { type: "fill-role", role: "liaison:customers", person: "lia" });
  t.run("ic", { type: "set-audiences", audiences: [execs, customers, publicPage] });
  return t;
}

describe("stakeholder communications", () => {
  it("only command names audiences, and a restricted incident never has the public one", () => {
    const t = new Scenario();
    t.staff(["sue"]);
    expectRefusal(() => t.run("sue", { type: "set-audiences", audiences: [execs] }), "NOT_IN_COMMAND");
    const secret = new Scenario("ic", { visibility: "restricted" });
    expectRefusal(
      () => secret.run("ic", { type: "set-audiences", audiences: [publicPage] }),
      "PUBLIC_RESTRICTED",
      "audiences",
    );
    secret.run("ic", { type: "set-audiences", audiences: [execs, execs] });
    expect(secret.state.comms.audiences.map((a) => a.name)).toEqual(["executives"]);
  });

  it("sends an internal update at once to every member, worded as the update, not the event", () => {
    const t = staffed();
    const events = t.run("cam", { type: "draft-update", audience: "executives", ...content() });
    expect(events.map((e) => e.type)).toEqual(["comms.update-drafted", "comms.update-published"]);
    const notices = noticesFor(t.state, events).filter((n) => n.kind === "comms.update-published");
    expect(notices.map((n) => n.recipient)).toEqual(["ceo", "email:board@example.com"]);
    expect(notices[0]?.title).toContain("Checkout errors");
    expect(notices[0]?.title).toContain(t.state.name);
    expect(notices[0]?.body).toContain("Impact: Some payments fail");
    expect(t.state.comms.updates[0]?.status).toBe("published");
    // The incident's own cadence restarts with it.
    expect(t.state.lastUpdate?.text).toBe("We are looking into failed payments.");
  });

  it("holds an external update for the IC's approval, records the edits, then sends the edited text", () => {
    const t = staffed();
    const drafted = t.run("lia", { type: "draft-update", audience: "customers", ...content() });
    expect(drafted.map((e) => e.type)).toEqual(["comms.update-drafted"]);
    expect(noticesFor(t.state, drafted).map((n) => n.recipient)).toEqual(["ic"]);
    const id = t.state.comms.updates[0]?.id ?? "";
    expectRefusal(() => t.run("cam", { type: "approve-update", id }), "NOT_IN_COMMAND");
    const approved = t.run("ic", {
      type: "approve-update",
      id,
      edits: { title: "Payments failing for some" },
    });
    const update = t.state.comms.updates[0];
    expect(update?.status).toBe("published");
    expect(update?.edited).toEqual(["title"]);
    expect(update?.decidedBy).toBe("ic");
    const out = noticesFor(t.state, approved).filter((n) => n.kind === "comms.update-published");
    expect(out.map((n) => n.recipient)).toEqual(["email:list@customer.example"]);
    // Outside readers never see the codename.
    expect(out[0]?.title).toBe("Investigating: Payments failing for some");
    expect(out[0]?.body).not.toContain(t.state.name);
    expectRefusal(() => t.run("ic", { type: "approve-update", id }), "UPDATE_NOT_PENDING", "id");
  });

  it("records a rejection with its reason and tells the writer", () => {
    const t = staffed();
    t.run("cam", { type: "draft-update", audience: "customers", ...content() });
    const id = t.state.comms.updates[0]?.id ?? "";
    expectRefusal(
      () => t.run("ic", { type: "reject-update", id, reason: "  " }),
      "REASON_REQUIRED",
      "reason",
    );
    const rejected = t.run("ic", { type: "reject-update", id, reason: "Too much detail on the cause" });
    expect(t.state.comms.updates[0]?.status).toBe("rejected");
    expect(t.state.comms.updates[0]?.rejectReason).toBe("Too much detail on the cause");
    expect(noticesFor(t.state, rejected).map((n) => n.recipient)).toEqual(["cam"]);
  });

  it("lets a Liaison write only for their own group, and nobody write to an audience not named", () => {
    const t = staffed();
    expectRefusal(
      () => t.run("lia", { type: "draft-update", audience: "executives", ...content() }),
      "NOT_COMMS",
    );
    expectRefusal(
      () => t.run("sue", { type: "draft-update", audience: "customers", ...content() }),
      "NOT_COMMS",
    );
    expectRefusal(
      () => t.run("cam", { type: "draft-update", audience: "sales", ...content() }),
      "NOT_AN_AUDIENCE",
      "audience",
    );
  });

  it("keeps components to the public audience only", () => {
    const t = staffed();
    t.run("cam", {
      type: "draft-update",
      audience: "executives",
      ...content({ components: { api: "major-outage" } }),
    });
    expect(t.state.comms.updates[0]?.components).toEqual({});
    t.run("cam", {
      type: "draft-update",
      audience: "public",
      ...content({ components: { api: "major-outage" } }),
    });
    expect(t.state.comms.updates[1]?.components).toEqual({ api: "major-outage" });
  });

  it("keeps the cadence per audience: a reminder to whoever speaks for the one that is due", () => {
    const t = staffed();
    t.run("cam", { type: "draft-update", audience: "executives", ...content() });
    t.run("lia", { type: "draft-update", audience: "customers", ...content() });
    t.run("ic", { type: "approve-update", id: t.state.comms.updates[1]?.id ?? "" });
    const due = timersFor(t.state, t.config).filter((x) => x.kind === "audience-update-due");
    expect(due.map((x) => x.subject).sort()).toEqual(["customers", "executives"]);
    const customersDue = due.find((x) => x.subject === "customers");
    if (!customersDue) throw new Error("no timer for customers");
    const events = fireTimer(t.state, customersDue, t.config);
    expect(events).toEqual([
      { type: "comms.update-due", data: { audience: "customers", dueAt: customersDue.dueAt } },
    ]);
  });

  it("a resolved update ends the audience's cadence; the end reaches audiences still waiting", () => {
    const t = staffed();
    t.run("cam", { type: "draft-update", audience: "executives", ...content() });
    t.run("ic", { type: "draft-update", audience: "customers", ...content() });
    t.run("ic", { type: "draft-update", audience: "customers", ...content({ stage: "resolved" }) });
    const due = timersFor(t.state, t.config).filter((x) => x.kind === "audience-update-due");
    expect(due.map((x) => x.subject)).toEqual(["executives"]);
    const ended = t.run("ic", { type: "set-status", status: "ended", summary: "Fixed the pool" });
    const end = noticesFor(t.state, ended).filter((n) => n.body.includes("This incident has ended."));
    // Executives heard no resolution yet; customers did, so they are not told twice.
    expect(end.map((n) => n.recipient)).toEqual(["ceo", "email:board@example.com"]);
    expect(end[0]?.title).toContain("Resolved");
  });

  it("tells nobody outside a drill", () => {
    const t = new Scenario("ic", { kind: "drill" });
    t.staff(["cam"]);
    t.run("ic", { type: "set-audiences", audiences: [execs] });
    const events = t.run("ic", { type: "draft-update", audience: "executives", ...content() });
    expect(noticesFor(t.state, events).filter((n) => n.kind === "comms.update-published")).toEqual([]);
  });

  it("routes a stakeholder's question to the group's Liaison and the answer to the asker", () => {
    const t = staffed();
    const asked = t.run("muster", {
      type: "ask-question",
      audience: "customers",
      from: { kind: "email", name: "Pat", address: "pat@customer.example" },
      text: "Are refunds affected?",
    });
    expect(noticesFor(t.state, asked).map((n) => n.recipient)).toEqual(["lia"]);
    const id = t.state.comms.questions[0]?.id ?? "";
    expectRefusal(() => t.run("sue", { type: "answer-question", id, text: "No" }), "NOT_COMMS");
    const answered = t.run("lia", { type: "answer-question", id, text: "Refunds are not affected." });
    const told = noticesFor(t.state, answered);
    expect(told.map((n) => n.recipient)).toEqual(["email:pat@customer.example"]);
    expect(told[0]?.body).toContain("Refunds are not affected.");
    expectRefusal(
      () => t.run("lia", { type: "answer-question", id, text: "again" }),
      "ALREADY_ANSWERED",
      "id",
    );
  });

  it("holds at most 50 unanswered questions, so a leaked link cannot bury Comms", () => {
    const t = staffed();
    const ask = () =>
      t.run("muster", {
        type: "ask-question",
        audience: "customers",
        from: { kind: "email", name: "Pat", address: "pat@customer.example" },
        text: "Any news?",
      });
    for (let i = 0; i < 50; i++) ask();
    expectRefusal(ask, "QUESTION_BACKLOG");
    t.run("lia", { type: "answer-question", id: t.state.comms.questions[0]?.id ?? "", text: "Soon." });
    expect(ask()).toHaveLength(1);
  });

  it("goes on after the end: the resolution can still be written and questions answered", () => {
    const t = staffed();
    t.run("ic", { type: "set-status", status: "ended", summary: "Fixed" });
    t.run("cam", { type: "draft-update", audience: "executives", ...content({ stage: "resolved" }) });
    expect(t.state.comms.updates.at(-1)?.status).toBe("published");
    expectRefusal(() => t.run("ic", { type: "set-audiences", audiences: [] }), "INCIDENT_ENDED");
  });
});
