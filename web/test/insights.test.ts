import { describe, expect, it } from "vitest";
import type { Insights } from "../src/logic/insights.js";
import { burnDownChart, duration, incidentsChart, mttxChart, percent, stack } from "../src/logic/insights.js";

const weeks = [
  {
    week: "2026-11-16",
    incidents: { SEV1: 1, SEV3: 2 },
    medianTimeToMitigateMs: { SEV1: 600_000, SEV3: null },
    medianTimeToEndMs: { SEV1: 3_600_000, SEV3: 120_000 },
    cadenceKept: 0.5,
    followUpsOpen: 2,
    followUpsOpened: 3,
    followUpsClosed: 1,
  },
  {
    week: "2026-11-23",
    incidents: { SEV1: 0, SEV3: 1 },
    medianTimeToMitigateMs: { SEV1: null, SEV3: 60_000 },
    medianTimeToEndMs: { SEV1: null, SEV3: 90_000 },
    cadenceKept: null,
    followUpsOpen: 1,
    followUpsOpened: 0,
    followUpsClosed: 1,
  },
];
const report = { severities: ["SEV1", "SEV3"], weeks } as unknown as Insights;

describe("the insights charts' data", () => {
  it("puts weeks on x and one series per severity, in minutes", () => {
    const c = mttxChart(report, "mitigate");
    expect(c.x).toEqual(["2026-11-16", "2026-11-23"]);
    expect(c.series.map((s) => [s.label, s.values])).toEqual([
      ["SEV1", [10, null]],
      ["SEV3", [null, 1]],
    ]);
    expect(incidentsChart(report).series.map((s) => s.values)).toEqual([
      [1, 0],
      [2, 1],
    ]);
    expect(burnDownChart(report).series[0]?.values).toEqual([2, 1]);
  });

  it("stacks counts as running totals, a gap counting as none", () => {
    expect(
      stack([
        [1, 0],
        [2, null],
        [0, 3],
      ]),
    ).toEqual([
      [1, 0],
      [3, 0],
      [3, 3],
    ]);
  });

  it("writes durations and shares for people", () => {
    expect([
      duration(null),
      duration(45_000),
      duration(720_000),
      duration(12_600_000),
      duration(2 * 86_400_000),
    ]).toEqual(["—", "45 s", "12 min", "3.5 h", "2.0 d"]);
    expect([percent(null), percent(0.456)]).toEqual(["—", "46%"]);
  });
});
