import type { HierarchyPointNode } from "d3-hierarchy";
import { hierarchy, tree } from "d3-hierarchy";
import type { OrgNode } from "../api.js";

/** Box and gap sizes of the drawn org chart, in CSS pixels. */
export const CHART = {
  width: 208,
  height: 120,
  gapX: 36,
  gapY: 56,
  /** Reports of a lead whose reports lead nobody are stacked under them, indented by this much. */
  indent: 20,
  stackGap: 10,
  /** Space around a group's frame, and above it for the group's name. */
  framePad: 10,
  frameLabel: 20,
  margin: 16,
} as const;

/** One box of the chart: the person's node and where its top-left corner goes. */
export type PlacedBox = { key: string; node: OrgNode; x: number; y: number; width: number };

/** A group drawn as a frame around its lead's part of the tree. */
export type GroupFrame = { name: string; x: number; y: number; width: number; height: number };

/** Everything needed to draw the chart: boxes, connector paths, group frames and the size. */
export type OrgLayout = {
  boxes: Map<string, PlacedBox>;
  links: { key: string; d: string }[];
  frames: GroupFrame[];
  width: number;
  height: number;
};

/** The key of a node: the person's handle, or "vacant" for an IC position nobody holds. */
export function keyOf(node: OrgNode): string {
  return node.person ?? "vacant";
}

/**
 * Whether a node's reports are drawn as a column under it rather than spread out: so a group of
 * six takes one box's width, not six. The IC's reports are always spread out.
 */
function stacks(node: OrgNode, isRoot: boolean): boolean {
  return (
    !isRoot && node.directReports.length > 0 && node.directReports.every((r) => r.directReports.length === 0)
  );
}

function columnHeight(node: OrgNode, isRoot: boolean): number {
  const stacked = stacks(node, isRoot) ? node.directReports.length : 0;
  return CHART.height + stacked * (CHART.height + CHART.stackGap);
}

/**
 * Lays the org tree out top-down with d3-hierarchy's tidy tree (Reingold–Tilford, as in Buchheim
 * et al.): each row is as tall as its tallest stacked column, so nothing overlaps.
 */
export function layOut(root: OrgNode): OrgLayout {
  const shape = hierarchy(root, (n) => (n !== root && stacks(n, false) ? [] : n.directReports));
  const laid = tree<OrgNode>()
    .nodeSize([CHART.width + CHART.gapX, 1])
    .separation((a, b) => (a.parent === b.parent ? 1 : 1.2))(shape);
  const all = laid.descendants();
  const rows: number[] = [];
  for (const n of all) rows[n.depth] = Math.max(rows[n.depth] ?? 0, columnHeight(n.data, n === laid));
  const rowTop: number[] = [];
  rows.reduce(
    (top, height, depth) => {
      rowTop[depth] = top;
      return top + height + CHART.gapY;
    },
    CHART.margin + CHART.frameLabel + CHART.framePad,
  );
  const left = Math.min(...all.map((n) => n.x)) - CHART.width / 2;
  const shift = CHART.margin + CHART.framePad - left;

  const boxes = new Map<string, PlacedBox>();
  const links: { key: string; d: string }[] = [];
  const place = (n: HierarchyPointNode<OrgNode>): void => {
    const x = n.x + shift - CHART.width / 2;
    const y = rowTop[n.depth] ?? 0;
    boxes.set(keyOf(n.data), { key: keyOf(n.data), node: n.data, x, y, width: CHART.width });
    if (n.parent) {
      const px = n.parent.x + shift;
      const py = (rowTop[n.parent.depth] ?? 0) + CHART.height;
      const mid = y - CHART.gapY / 2;
      links.push({ key: keyOf(n.data), d: `M${px},${py}V${mid}H${n.x + shift}V${y}` });
    }
    if (n !== laid && stacks(n.data, false)) {
      n.data.directReports.forEach((r, i) => {
        const top = y + (i + 1) * (CHART.height + CHART.stackGap);
        const width = CHART.width - CHART.indent;
        boxes.set(keyOf(r), { key: keyOf(r), node: r, x: x + CHART.indent, y: top, width });
        const rail = x + CHART.indent / 2;
        links.push({
          key: keyOf(r),
          d: `M${rail},${y + CHART.height}V${top + CHART.height / 2}H${x + CHART.indent}`,
        });
      });
    }
  };
  all.forEach(place);

  const frames = groupFrames(root, boxes);
  const width = Math.max(...[...boxes.values()].map((b) => b.x + b.width)) + CHART.framePad + CHART.margin;
  const height =
    Math.max(...[...boxes.values()].map((b) => b.y + CHART.height)) + CHART.framePad + CHART.margin;
  return { boxes, links, frames, width, height };
}

/** Everyone in a node's part of the tree, the node first. */
function subtree(node: OrgNode): OrgNode[] {
  return [node, ...node.directReports.flatMap(subtree)];
}

/** A frame around each group lead's part of the tree, labelled with the group's name. */
function groupFrames(root: OrgNode, boxes: Map<string, PlacedBox>): GroupFrame[] {
  const leads = subtree(root).filter((n) => n !== root && n.roles.some((r) => r.startsWith("group-lead:")));
  return leads.map((lead) => {
    const placed = subtree(lead)
      .map((n) => boxes.get(keyOf(n)))
      .filter((b): b is PlacedBox => b !== undefined);
    const x = Math.min(...placed.map((b) => b.x)) - CHART.framePad;
    const y = Math.min(...placed.map((b) => b.y)) - CHART.framePad - CHART.frameLabel;
    const right = Math.max(...placed.map((b) => b.x + b.width)) + CHART.framePad;
    const bottom = Math.max(...placed.map((b) => b.y + CHART.height)) + CHART.framePad;
    return { name: lead.group ?? "group", x, y, width: right - x, height: bottom - y };
  });
}

/** How a span of control reads: fine, near the limit (advice), or over it (a warning). */
export function spanLevel(reports: number, max: number): "ok" | "near" | "over" {
  if (reports > max) return "over";
  return reports >= max - 1 ? "near" : "ok";
}
