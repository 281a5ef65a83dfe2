import { describe, expect, it } from "vitest";
import { parseMembers } from "../src/Stakeholders.js";

describe("stakeholder group members as typed by an admin", () => {
  it("reads people, teams with a channel, and outside addresses, one per line or comma", () => {
    expect(parseMembers("person:sue\nteam:sre:email, email:board@example.com\nbob:in-app\n\n")).toEqual([
      { kind: "person", handle: "sue" },
      { kind: "team", team: "sre", channel: "email" },
      { kind: "email", address: "board@example.com" },
      { kind: "person", handle: "bob", channel: "in-app" },
    ]);
  });
});
