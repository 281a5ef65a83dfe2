import { describe, expect, it } from "vitest";
import { instantOf } from "../../src/capabilities/schedules/domain/clock.js";
import type { Layer, Override, ScheduleSpec } from "../../src/capabilities/schedules/domain/model.js";
import { onCallAt, personAt, shiftsBetween } from "../../src/capabilities/schedules/domain/rotation.js";

const iso = (ms: number) => new Date(ms).toISOString();

function spec(timeZone: string, ...layers: Partial<Layer>[]): ScheduleSpec {
  return {
    name: "Primary",
    timeZone,
    layers: layers.map((l, i) => ({
      name: `layer ${String(i + 1)}`,
      participants: ["ann", "bob", "cat"],
      rotation: { every: 1, unit: "weeks" },
      start: "2027-03-01T09:00",
      ...l,
    })),
  };
}

function who(s: ScheduleSpec, at: string, overrides: Override[] = []): string | null {
  return onCallAt(s, overrides, new Date(at)).now?.person ?? null;
}

describe("wall-clock instants across daylight-saving changes", () => {
  it("moves a time the clocks skip forward by the gap, and takes the first of a time that happens twice", () => {
    // Europe/London: 01:00 GMT → 02:00 BST on 28 March 2027; 02:00 BST → 01:00 GMT on 31 October 2027.
    expect(iso(instantOf("2027-03-28T01:30", "Europe/London"))).toBe("2027-03-28T01:30:00.000Z");
    expect(iso(instantOf("2027-10-31T01:30", "Europe/London"))).toBe("2027-10-31T00:30:00.000Z");
    expect(iso(instantOf("2027-10-31T02:30", "Europe/London"))).toBe("2027-10-31T02:30:00.000Z");
    // New York falls back on 1 November 2026: 01:30 happens at 05:30Z (EDT) and again at 06:30Z (EST).
    expect(iso(instantOf("2026-11-01T01:30", "America/New_York"))).toBe("2026-11-01T05:30:00.000Z");
  });
});

describe("rotations", () => {
  it("hands a weekly rotation over at 09:00 local on both sides of the spring change (a 167-hour week)", () => {
    const s = spec("Europe/London", { start: "2027-03-15T09:00" });
    // Week 1 (ann) from Mon 15 March 09:00 GMT; week 2 (bob) from Mon 22 March 09:00 GMT = 09:00Z;
    // week 3 (cat) from Mon 29 March 09:00 BST = 08:00Z.
    expect(who(s, "2027-03-22T08:59:00Z")).toBe("ann");
    expect(who(s, "2027-03-22T09:00:00Z")).toBe("bob");
    expect(who(s, "2027-03-29T07:59:00Z")).toBe("bob");
    expect(who(s, "2027-03-29T08:00:00Z")).toBe("cat");
    const bobs = onCallAt(s, [], new Date("2027-03-25T12:00:00Z")).now;
    expect(bobs).toMatchObject({
      person: "bob",
      start: "2027-03-22T09:00:00.000Z",
      end: "2027-03-29T08:00:00.000Z",
    });
    expect(Date.parse(bobs?.end ?? "") - Date.parse(bobs?.start ?? "")).toBe(167 * 3_600_000);
    // And back in the autumn: Mon 25 Oct 09:00 BST (08:00Z) to Mon 1 Nov 09:00 GMT (09:00Z), 169 hours.
    const autumn = onCallAt(s, [], new Date("2027-10-28T12:00:00Z")).now;
    expect(autumn).toMatchObject({ start: "2027-10-25T08:00:00.000Z", end: "2027-11-01T09:00:00.000Z" });
  });

  it("keeps a daily 09:00 handoff in New York through the autumn change (a 25-hour day)", () => {
    const s = spec("America/New_York", {
      start: "2026-10-30T09:00",
      rotation: { every: 1, unit: "days" },
      participants: ["ann", "bob"],
    });
    const shifts = shiftsBetween(s, [], new Date("2026-10-31T00:00:00Z"), new Date("2026-11-03T00:00:00Z"));
    expect(shifts.map((x) => [x.person, x.start])).toEqual([
      ["ann", "2026-10-31T00:00:00.000Z"],
      ["bob", "2026-10-31T13:00:00.000Z"],
      ["ann", "2026-11-01T14:00:00.000Z"],
      ["bob", "2026-11-02T14:00:00.000Z"],
    ]);
    expect(Date.parse(shifts[2]?.start ?? "") - Date.parse(shifts[1]?.start ?? "")).toBe(25 * 3_600_000);
  });

  it("counts an hourly rotation in elapsed time, so its wall-clock handoffs move with the change", () => {
    const s = spec("Europe/London", {
      start: "2027-03-27T09:00",
      rotation: { every: 12, unit: "hours" },
      participants: ["ann", "bob"],
    });
    // 09:00 GMT Saturday, 21:00 GMT, then 09:00Z Sunday = 10:00 BST: always 12 hours.
    const shifts = shiftsBetween(s, [], new Date("2027-03-27T09:00:00Z"), new Date("2027-03-28T21:00:00Z"));
    expect(shifts.map((x) => x.start)).toEqual([
      "2027-03-27T09:00:00.000Z",
      "2027-03-27T21:00:00.000Z",
      "2027-03-28T09:00:00.000Z",
    ]);
  });

  it("finds the whole shift someone began weeks ago, and the next one a month away", () => {
    const s = spec("UTC", {
      start: "2027-01-04T09:00",
      rotation: { every: 6, unit: "weeks" },
      participants: ["ann", "bob"],
    });
    const { now, next } = onCallAt(s, [], new Date("2027-02-10T00:00:00Z"));
    expect(now).toMatchObject({
      person: "ann",
      start: "2027-01-04T09:00:00.000Z",
      end: "2027-02-15T09:00:00.000Z",
    });
    expect(next).toMatchObject({ person: "bob", start: "2027-02-15T09:00:00.000Z" });
    const early = onCallAt(s, [], new Date("2027-01-05T00:00:00Z"));
    expect(early.next).toMatchObject({ person: "bob", start: "2027-02-15T09:00:00.000Z" });
  });

  it("puts nobody on call before a layer starts or after it ends", () => {
    const s = spec("UTC", { start: "2027-01-04T09:00", end: "2027-01-18T09:00" });
    expect(who(s, "2027-01-04T08:59:00Z")).toBeNull();
    expect(who(s, "2027-01-17T12:00:00Z")).toBe("bob");
    expect(who(s, "2027-01-18T09:00:00Z")).toBeNull();
  });

  it("works in zones with half-hour offsets and none of their own changes (Asia/Kolkata)", () => {
    const s = spec("Asia/Kolkata", { start: "2027-03-01T09:00", rotation: { every: 1, unit: "days" } });
    expect(who(s, "2027-03-02T03:29:00Z")).toBe("ann"); // 08:59 IST
    expect(who(s, "2027-03-02T03:30:00Z")).toBe("bob"); // 09:00 IST
  });
});

describe("layers and restrictions", () => {
  const base = { participants: ["ann", "bob"], start: "2026-09-28T00:00" };
  const office = {
    name: "office hours",
    participants: ["dev"],
    start: "2026-09-28T00:00",
    restriction: { weekdays: [1, 2, 3, 4, 5], from: "09:00", to: "17:00" },
  };

  it("lets a later layer win where its window applies, in Sydney across its October change", () => {
    // Sydney goes from AEST (+10) to AEDT (+11) on Sunday 4 October 2026.
    const s = spec("Australia/Sydney", base, office);
    expect(who(s, "2026-10-02T00:00:00Z")).toBe("dev"); // Fri 10:00 AEST
    expect(who(s, "2026-10-02T07:00:00Z")).toBe("ann"); // Fri 17:00 AEST
    expect(who(s, "2026-10-05T22:00:00Z")).toBe("dev"); // Tue 6 Oct 09:00 AEDT
    expect(who(s, "2026-10-05T21:59:00Z")).toBe("bob"); // 08:59 AEDT, second week
    expect(who(s, "2026-10-03T00:00:00Z")).toBe("ann"); // Saturday: no office layer
  });

  it("runs an overnight window into the next morning, starting only on its weekdays", () => {
    const night = {
      ...office,
      participants: ["owl"],
      restriction: { weekdays: [5], from: "22:00", to: "06:00" },
    };
    const s = spec("UTC", base, night);
    expect(who(s, "2026-10-02T21:59:00Z")).toBe("ann"); // Fri 21:59
    expect(who(s, "2026-10-02T22:00:00Z")).toBe("owl");
    expect(who(s, "2026-10-03T05:59:00Z")).toBe("owl"); // Sat 05:59
    expect(who(s, "2026-10-03T06:00:00Z")).toBe("ann");
    expect(who(s, "2026-10-03T22:30:00Z")).toBe("ann"); // Sat night: not a start day
  });

  it("lists the combined shifts, merging a person's stretches from one layer", () => {
    const s = spec("UTC", base, office);
    const shifts = shiftsBetween(s, [], new Date("2026-10-02T00:00:00Z"), new Date("2026-10-03T00:00:00Z"));
    expect(shifts.map((x) => `${x.person} ${x.start.slice(11, 16)}-${x.end.slice(11, 16)}`)).toEqual([
      "ann 00:00-09:00",
      "dev 09:00-17:00",
      "ann 17:00-00:00",
    ]);
  });
});

describe("overrides", () => {
  const s = spec("Europe/London", { start: "2027-03-15T09:00" });
  const cover = (id: string, person: string, start: string, end: string, createdAt: string): Override => ({
    id,
    person,
    start,
    end,
    note: null,
    createdBy: "ann",
    createdAt,
  });

  it("win over every layer, the one made last winning where two overlap", () => {
    const overrides = [
      cover("o1", "dan", "2027-03-23T00:00:00Z", "2027-03-24T00:00:00Z", "2027-03-01T00:00:00Z"),
      cover("o2", "eve", "2027-03-23T12:00:00Z", "2027-03-23T18:00:00Z", "2027-03-02T00:00:00Z"),
    ];
    expect(who(s, "2027-03-23T11:00:00Z", overrides)).toBe("dan");
    expect(who(s, "2027-03-23T12:00:00Z", overrides)).toBe("eve");
    expect(who(s, "2027-03-23T18:00:00Z", overrides)).toBe("dan");
    expect(who(s, "2027-03-24T00:00:00Z", overrides)).toBe("bob");
    const { now, next } = onCallAt(s, overrides, new Date("2027-03-23T13:00:00Z"));
    expect(now).toMatchObject({ person: "eve", source: { override: "o2" }, end: "2027-03-23T18:00:00.000Z" });
    expect(next).toMatchObject({ person: "dan", start: "2027-03-23T18:00:00.000Z" });
  });

  it("keeps someone on call without a break when their override follows their own shift", () => {
    const overrides = [
      cover("o1", "bob", "2027-03-29T08:00:00Z", "2027-03-30T08:00:00Z", "2027-03-01T00:00:00Z"),
    ];
    const { now, next } = onCallAt(s, overrides, new Date("2027-03-28T12:00:00Z"));
    expect(now).toMatchObject({ person: "bob", end: "2027-03-30T08:00:00.000Z" });
    expect(next).toMatchObject({ person: "cat", start: "2027-03-30T08:00:00.000Z" });
  });
});

describe("shifts agree with who is on call at every instant", () => {
  it("holds for a three-layer schedule over both London changes, with overrides", () => {
    const s = spec(
      "Europe/London",
      { start: "2027-01-04T09:00", rotation: { every: 1, unit: "days" } },
      {
        participants: ["dev", "eve"],
        start: "2027-01-04T09:00",
        rotation: { every: 2, unit: "weeks" },
        restriction: { weekdays: [1, 2, 3, 4, 5], from: "09:00", to: "17:30" },
      },
      {
        participants: ["owl"],
        start: "2027-01-01T00:00",
        restriction: { weekdays: [6], from: "23:00", to: "01:30" },
      },
    );
    const overrides = [
      {
        id: "o1",
        person: "zed",
        start: "2027-03-28T00:15:00Z",
        end: "2027-03-28T03:00:00Z",
        note: null,
        createdBy: "a",
        createdAt: "x",
      },
    ];
    const from = Date.parse("2027-03-20T00:00:00Z");
    const to = Date.parse("2027-11-10T00:00:00Z");
    const shifts = shiftsBetween(s, overrides, new Date(from), new Date(to));
    for (let i = 1; i < shifts.length; i += 1) {
      const a = shifts[i - 1];
      const b = shifts[i];
      expect(Date.parse(b?.start ?? "")).toBeGreaterThanOrEqual(Date.parse(a?.end ?? ""));
    }
    let seed = 7;
    for (let n = 0; n < 400; n += 1) {
      seed = (seed * 48271) % 2147483647;
      const at = from + (seed % (to - from));
      const inShift = shifts.find((x) => Date.parse(x.start) <= at && at < Date.parse(x.end));
      expect(inShift?.person ?? null, new Date(at).toISOString()).toBe(personAt(s, overrides, new Date(at)));
    }
  });
});
