import { describe, expect, it } from "vitest";
import {
  abilitiesFor,
  buildStatusDoc,
  defaultDomainConfig,
  describeEvent,
  noticesFor,
} from "../../src/domain/index.js";
import { Scenario, expectRefusal } from "./helpers.js";

/** IC "ic" with "tl" as Tech Lead and "sue" in the tree; "sam" staged; "vp" told of the declaration. */
function response(): Scenario {
  const t = new Scenario("ic", { audience: ["vp"] });
  t.staff(["tl", "sue"]);
  t.run("ic", { type: "fill-role", role: "tech-lead", person: "tl" });
  t.run("ic", { type: "check-in", person: "sam" });
  return t;
}
const say = (text: string) => ({ type: "post-message" as const, text });

describe("channel discipline", () => {
  it("in quiet mode sends posts from outside the org tree to the side thread and says so", () => {
    const t = response();
    expectRefusal(() => t.run("sue", { type: "set-quiet", on: true }), "NOT_IN_COMMAND");
    t.run("tl", { type: "set-quiet", on: true });
    expectRefusal(() => t.run("ic", { type: "set-quiet", on: true }), "CHANNEL_STATE", "on");
    expect(t.run("sue", say("replica is back")).map((e) => e.type)).toEqual(["message.posted"]);
    const [side] = t.run("sam", say("anything I can do?"));
    expect(side).toMatchObject({ type: "channel.sidelined", data: { why: "quiet" } });
    expect(describeEvent(side!)).toContain("side thread");
    expect(abilitiesFor(t.state, "sam", false).postsTo).toBe("side-thread");
    expect(abilitiesFor(t.state, "sue", false).postsTo).toBe("channel");
    // Nobody holds a Liaison or Comms role: the IC reads the side thread.
    expect(noticesFor(t.state, [side!]).map((n) => n.recipient)).toEqual(["ic"]);
    t.run("ic", { type: "check-in", person: "lia" });
    t.run("ic", { type: "fill-role", role: "liaison:support", person: "lia" });
    const [again] = t.run("sam", say("still here"));
    expect(noticesFor(t.state, [again!]).map((n) => n.recipient)).toEqual(["lia"]);
  });

  it("lets people ask for the floor, which the IC or TL grants for the quiet spell", () => {
    const t = response();
    expectRefusal(() => t.run("sam", { type: "request-to-speak", text: "x" }), "CHANNEL_STATE");
    t.run("ic", { type: "set-quiet", on: true });
    expectRefusal(() => t.run("sue", { type: "request-to-speak", text: "x" }), "CHANNEL_STATE");
    const [asked] = t.run("sam", { type: "request-to-speak", text: "I know this cache well" });
    expect(
      noticesFor(t.state, [asked!])
        .map((n) => n.recipient)
        .sort(),
    ).toEqual(["ic", "tl"]);
    expectRefusal(() => t.run("sam", { type: "request-to-speak", text: "again" }), "CHANNEL_STATE");
    expectRefusal(() => t.run("sue", { type: "grant-speak", person: "sam" }), "NOT_IN_COMMAND");
    t.run("tl", { type: "grant-speak", person: "sam" });
    expect(buildStatusDoc(t.state, defaultDomainConfig).channel).toMatchObject({
      speakers: ["sam"],
      requests: [],
    });
    expect(t.run("sam", say("the TTL is 5 min")).map((e) => e.type)).toEqual(["message.posted"]);
    t.run("ic", { type: "set-quiet", on: false });
    t.run("ic", { type: "set-quiet", on: true });
    expect(t.run("sam", say("and another thing")).map((e) => e.type)).toEqual(["channel.sidelined"]);
  });

  it("sends a stakeholder's question to the side thread even when the channel is open", () => {
    const t = response();
    const [question] = t.run("vp", say("when will checkout be back?"));
    expect(question).toMatchObject({ type: "channel.sidelined", data: { why: "spectator" } });
    // A stakeholder who checks in to help is a responder like any other.
    t.run("ic", { type: "check-in", person: "vp" });
    expect(t.run("vp", say("I can call the vendor")).map((e) => e.type)).toEqual(["message.posted"]);
  });

  it("pins messages for the IC, TL and Scribe, ten at most", () => {
    const t = response();
    const [message] = t.run("sue", say("rollback plan: https://wiki/rb"));
    const pin = (seq: number) => ({
      type: "pin-message" as const,
      seq,
      text: "rollback plan",
      author: "sue",
    });
    expectRefusal(() => t.run("sue", pin(message!.seq)), "NOT_IN_COMMAND");
    t.run("tl", pin(message!.seq));
    expectRefusal(() => t.run("ic", pin(message!.seq)), "CHANNEL_STATE", "seq");
    expect(buildStatusDoc(t.state, defaultDomainConfig).channel.pinned).toMatchObject([
      { seq: message!.seq, author: "sue", pinnedBy: "tl" },
    ]);
    for (let seq = 100; seq < 109; seq++) t.run("ic", pin(seq));
    expectRefusal(() => t.run("ic", pin(200)), "CHANNEL_STATE", "seq");
    t.run("ic", { type: "unpin-message", seq: message!.seq });
    expectRefusal(() => t.run("ic", { type: "unpin-message", seq: message!.seq }), "CHANNEL_STATE", "seq");
  });
});
