import { describe, expect, it } from "vitest";
import type { OrgNode } from "../src/api.js";
import type { PlacedBox } from "../src/logic/org-layout.js";
import { CHART, layOut, spanLevel } from "../src/logic/org-layout.js";

function node(
  person: string,
  reports: OrgNode[] = [],
  roles: string[] = [],
  group: string | null = null,
): OrgNode {
  return {
    person,
    roles,
    acting: [],
    supervisor: null,
    group,
    directReports: reports,
    warnings: [],
  };
}

const overlaps = (a: PlacedBox, b: PlacedBox): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + CHART.height && b.y < a.y + CHART.height;

// A data-centre outage at full size: the IC, a TL with SMEs, two groups with their members, a scribe.
const tree = node("ann", [
  node("bob", [node("cy"), node("dee"), node("eve")], ["tech-lead"]),
  node("fay", [node("gil"), node("hal"), node("ivy"), node("jo")], ["group-lead:power"], "power"),
  node(
    "kim",
    [node("lu", [node("max"), node("ned")], ["group-lead:net-east"], "net-east"), node("oz")],
    ["group-lead:network"],
    "network",
  ),
  node("pat", [], ["scribe"]),
]);

describe("the drawn org chart's layout", () => {
  const layout = layOut(tree);
  const boxes = [...layout.boxes.values()];

  it("places every person exactly once, and no two boxes overlap", () => {
    expect(boxes.map((b) => b.key).sort()).toEqual(
      [
        "ann",
        "bob",
        "cy",
        "dee",
        "eve",
        "fay",
        "gil",
        "hal",
        "ivy",
        "jo",
        "kim",
        "lu",
        "max",
        "ned",
        "oz",
        "pat",
      ].sort(),
    );
    for (const a of boxes) {
      for (const b of boxes) if (a !== b) expect(overlaps(a, b), `${a.key} and ${b.key}`).toBe(false);
    }
    for (const b of boxes) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(layout.width);
      expect(b.y + CHART.height).toBeLessThanOrEqual(layout.height);
    }
  });

  it("spreads the IC's reports in a row and stacks a lead's reports under them", () => {
    const at = (k: string): PlacedBox => layout.boxes.get(k) as PlacedBox;
    expect(new Set(["bob", "fay", "kim", "pat"].map((k) => at(k).y)).size).toBe(1);
    expect(at("bob").y).toBeGreaterThan(at("ann").y);
    // bob's SMEs lead nobody: one column under bob, indented.
    for (const k of ["cy", "dee", "eve"]) expect(at(k).x).toBe(at("bob").x + CHART.indent);
    expect(at("dee").y).toBeGreaterThan(at("cy").y);
    // kim's reports include a lead (lu), so they spread out on the next row.
    expect(at("lu").y).toBe(at("oz").y);
    expect(at("lu").x).not.toBe(at("oz").x);
    expect(layout.links).toHaveLength(boxes.length - 1);
  });

  it("frames each group around its lead and members only", () => {
    const frame = (name: string) => layout.frames.find((f) => f.name === name);
    const inside = (k: string, name: string): boolean => {
      const b = layout.boxes.get(k) as PlacedBox;
      const f = frame(name);
      return (
        !!f &&
        b.x >= f.x &&
        b.x + b.width <= f.x + f.width &&
        b.y >= f.y &&
        b.y + CHART.height <= f.y + f.height
      );
    };
    expect(layout.frames.map((f) => f.name).sort()).toEqual(["net-east", "network", "power"]);
    for (const k of ["fay", "gil", "jo"]) expect(inside(k, "power")).toBe(true);
    for (const k of ["kim", "lu", "max", "oz"]) expect(inside(k, "network")).toBe(true);
    expect(inside("bob", "power")).toBe(false);
    expect(inside("oz", "net-east")).toBe(false);
  });

  it("draws a lone IC waiting for reports", () => {
    const alone = layOut(node("ann"));
    expect(alone.boxes.size).toBe(1);
    expect(alone.links).toEqual([]);
  });

  it("reads spans of control as fine, near the limit, or over it", () => {
    expect([3, 6, 7, 8].map((n) => spanLevel(n, 7))).toEqual(["ok", "near", "near", "over"]);
  });
});
