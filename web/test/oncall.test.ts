import { describe, expect, it } from "vitest";
import type { Schedule, Shift } from "../src/logic/oncall.js";
import { byDay, fieldOf, formOf, layerSummary, specOf, zoned } from "../src/logic/oncall.js";

const shift = (person: string, start: string, end: string): Shift => ({
  person,
  start,
  end,
  source: { layer: 0, name: "primary" },
});

describe("on-call page logic", () => {
  it("shows instants in the schedule's zone, with the zone's offset", () => {
    expect(zoned("2027-03-29T08:00:00.000Z", "Europe/London")).toBe("Mon 29 Mar, 09:00 BST");
    expect(zoned("2027-03-22T09:00:00.000Z", "Europe/London")).toBe("Mon 22 Mar, 09:00 GMT");
  });

  it("groups shifts by the day they start on in the schedule's zone, not the viewer's", () => {
    const days = byDay(
      [
        shift("ann", "2027-01-04T23:30:00.000Z", "2027-01-05T08:00:00.000Z"),
        shift("bob", "2027-01-05T08:00:00.000Z", "2027-01-05T20:00:00.000Z"),
      ],
      "Asia/Tokyo",
    );
    expect(days.map((d) => [d.day, d.shifts.map((s) => s.person)])).toEqual([
      ["Tuesday 5 January", ["ann", "bob"]],
    ]);
  });

  it("describes a layer in words, and turns a schedule into its form and back unchanged", () => {
    const office: Schedule["layers"][number] = {
      name: "office",
      participants: ["ann", "bob"],
      rotation: { every: 2, unit: "weeks" },
      start: "2027-01-04T09:00",
      end: null,
      restriction: { weekdays: [1, 2, 3, 4, 5], from: "09:00", to: "17:00" },
    };
    const schedule = {
      slug: "db",
      name: "DB",
      description: "",
      timeZone: "UTC",
      layers: [office],
      overrides: [],
      onCall: { at: "", now: null, next: null },
      updatedAt: "",
    } satisfies Schedule;
    expect(layerSummary(office)).toBe(
      "ann → bob, every 2 weeks from 2027-01-04 09:00; Mon, Tue, Wed, Thu, Fri 09:00–17:00",
    );
    const { name, timeZone, layers } = schedule;
    expect(specOf(formOf(schedule))).toEqual({ name, timeZone, layers });
  });

  it("finds the input an error's field points at", () => {
    expect(fieldOf("layers.1.participants.0")).toEqual({ layer: 1, input: "participants" });
    expect(fieldOf("timeZone")).toEqual({ layer: null, input: "timeZone" });
    expect(fieldOf(undefined)).toBeNull();
  });
});
