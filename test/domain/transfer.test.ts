import { describe, expect, it } from "vitest";
import { buildStatusDoc, defaultDomainConfig } from "../../src/domain/index.js";
import { Scenario, expectRefusal } from "./helpers.js";

function withVp() {
  const t = new Scenario("ann");
  t.staff(["tl", "vp"], null, "ann");
  t.run("ann", { type: "fill-role", role: "tech-lead", person: "tl" });
  t.staff(["sme1"], "tl", "ann");
  return t;
}

describe("transfer of responsibility", () => {
  it("offers a role with a briefing holding a status snapshot and free text; nothing changes until accepted", () => {
    const t = withVp();
    const [offer] = t.run("ann", {
      type: "offer-transfer",
      role: "incident-commander",
      to: "vp",
      notes: "Suspect PDU 3; ruled out UPS",
    });
    expect(offer?.type).toBe("transfer.offered");
    if (offer?.type !== "transfer.offered") throw new Error("unreachable");
    expect(offer.data.briefing.notes).toBe("Suspect PDU 3; ruled out UPS");
    expect(offer.data.briefing.snapshot).toContain("Incident Commander: ann");
    expect(t.state.roles["incident-commander"]).toEqual(["ann"]);
    expect(buildStatusDoc(t.state, defaultDomainConfig).transfers).toHaveLength(1);
  });

  it("changes command only when the receiver accepts, at an effective time on the timeline", () => {
    const t = withVp();
    t.run("ann", { type: "offer-transfer", role: "incident-commander", to: "vp", notes: "" });
    const [accepted] = t.run("vp", { type: "accept-transfer", id: "t1" });
    expect(accepted?.type).toBe("transfer.accepted");
    expect(t.state.roles["incident-commander"]).toEqual(["vp"]);
    expect(t.state.responders.vp?.supervisor).toBeNull();
    // The outgoing IC stays in the response, under the new IC; the TL now reports to the new IC.
    expect(t.state.responders.ann).toMatchObject({ status: "assigned", supervisor: null });
    expect(t.state.responders.tl?.supervisor).toBeNull();
    expect(buildStatusDoc(t.state, defaultDomainConfig).commander).toBe("vp");
  });

  it("lets only the receiver accept or decline", () => {
    const t = withVp();
    t.run("ann", { type: "offer-transfer", role: "incident-commander", to: "vp", notes: "" });
    expectRefusal(() => t.run("tl", { type: "accept-transfer", id: "t1" }), "NOT_TRANSFER_RECIPIENT");
    expectRefusal(() => t.run("ann", { type: "decline-transfer", id: "t1" }), "NOT_TRANSFER_RECIPIENT");
  });

  it("a senior person declining changes nothing", () => {
    const t = withVp();
    t.run("ann", { type: "offer-transfer", role: "incident-commander", to: "vp", notes: "" });
    t.run("vp", { type: "decline-transfer", id: "t1", reason: "You have it in hand" });
    expect(t.state.roles["incident-commander"]).toEqual(["ann"]);
    expect(t.state.transfers).toEqual({});
  });

  it("can be withdrawn by the offerer", () => {
    const t = withVp();
    t.run("ann", { type: "offer-transfer", role: "incident-commander", to: "vp", notes: "" });
    t.run("ann", { type: "withdraw-transfer", id: "t1" });
    expect(t.state.transfers).toEqual({});
    expectRefusal(() => t.run("vp", { type: "accept-transfer", id: "t1" }), "TRANSFER_NOT_FOUND", "id");
  });

  it("allows only one open offer per role", () => {
    const t = withVp();
    t.run("ann", { type: "offer-transfer", role: "incident-commander", to: "vp", notes: "" });
    expectRefusal(
      () => t.run("ann", { type: "offer-transfer", role: "incident-commander", to: "tl", notes: "" }),
      "TRANSFER_PENDING",
      "role",
    );
    t.run("ann", { type: "offer-transfer", role: "tech-lead", to: "sme1", notes: "" });
    expect(Object.keys(t.state.transfers)).toHaveLength(2);
  });

  it("refuses offers by people who may not make them, to people not checked in, or of vacant roles", () => {
    const t = withVp();
    expectRefusal(
      () => t.run("tl", { type: "offer-transfer", role: "incident-commander", to: "vp", notes: "" }),
      "NOT_IN_COMMAND",
    );
    expectRefusal(
      () => t.run("ann", { type: "offer-transfer", role: "incident-commander", to: "zed", notes: "" }),
      "NOT_CHECKED_IN",
      "to",
    );
    expectRefusal(
      () => t.run("ann", { type: "offer-transfer", role: "scribe", to: "vp", notes: "" }),
      "ROLE_VACANT",
      "role",
    );
    expectRefusal(
      () => t.run("ann", { type: "offer-transfer", role: "incident-commander", to: "ann", notes: "" }),
      "ALREADY_HOLDS_ROLE",
    );
  });

  it("hands any role over: the new holder takes the old holder's place in the tree", () => {
    const t = withVp();
    t.run("tl", { type: "offer-transfer", role: "tech-lead", to: "sme1", notes: "" });
    t.run("sme1", { type: "accept-transfer", id: "t1" });
    expect(t.state.roles["tech-lead"]).toEqual(["sme1"]);
    expect(t.state.responders.sme1?.supervisor).toBeNull();
    expect(t.state.responders.tl?.supervisor).toBe("sme1");
  });
});
