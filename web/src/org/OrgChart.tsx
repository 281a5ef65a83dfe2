import { useMemo, useState } from "react";
import type { Abilities, OrgNode, StatusDoc } from "../api.js";
import { badge } from "../badges.js";
import { roleName } from "../logic/next-actions.js";
import type { PlacedBox } from "../logic/org-layout.js";
import { CHART, keyOf, layOut, spanLevel } from "../logic/org-layout.js";
import type { Placement } from "./useRelease.js";

/** What is being dragged: someone from staging (to assign) or from the chart (to move). */
export type Dragged = { person: string; from: "staging" | "chart" };

/** Everyone in a node's part of the tree, the node's own person first. */
export function peopleUnder(node: OrgNode): string[] {
  return [...(node.person ? [node.person] : []), ...node.directReports.flatMap(peopleUnder)];
}

/** The node of one person in the tree, if they are in it. */
export function findNode(node: OrgNode, person: string): OrgNode | null {
  if (node.person === person) return node;
  for (const child of node.directReports) {
    const found = findNode(child, person);
    if (found) return found;
  }
  return null;
}

type ChartProps = {
  org: OrgNode;
  doc: StatusDoc;
  can: Abilities;
  names: ReadonlyMap<string, string>;
  spanMax: number;
  dragging: Dragged | null;
  setDragging: (d: Dragged | null) => void;
  /** Someone was dropped on a box: `to` is that box's person, null for the IC position. */
  drop: (d: Dragged, to: string | null) => void;
  askMove: (person: string) => void;
  release: (person: string, placed: Placement) => void;
};

/**
 * The org tree drawn as a chart. The boxes are HTML in a nested list (so screen readers hear the
 * tree and every button is reachable by keyboard), placed absolutely by the d3-hierarchy layout;
 * only the connectors and group frames are SVG. Boxes accept people dragged from staging or from
 * elsewhere in the chart, where the viewer has authority to place them.
 */
export function OrgChart(props: ChartProps) {
  const { org, doc, can, dragging } = props;
  const layout = useMemo(() => layOut(org), [org]);
  // Where a drop is allowed: in the viewer's part of the tree, and never into the dragged
  // person's own branch.
  const targets = useMemo(() => {
    if (!dragging) return new Set<string>();
    const own = dragging.from === "chart" ? findNode(org, dragging.person) : null;
    const excluded = new Set(own ? peopleUnder(own) : []);
    const allowed = [...layout.boxes.values()].filter(({ node }) => {
      const atTop = node.person === null || node.person === doc.commander;
      // From staging: the staffing authority (IC, Deputy, group leads); within the chart: moves.
      if (dragging.from === "staging") return can.staff.includes(atTop ? "" : (node.person ?? ""));
      if (atTop) return can.command;
      return (
        node.person !== null &&
        !excluded.has(node.person) &&
        (can.command || can.organise.includes(node.person))
      );
    });
    return new Set(allowed.map((b) => b.key));
  }, [dragging, org, layout, doc.commander, can]);
  return (
    <div className="org-scroll">
      <div className="org-chart" style={{ width: layout.width, height: layout.height }}>
        <svg
          className="org-lines"
          width={layout.width}
          height={layout.height}
          aria-hidden="true"
          focusable="false"
        >
          {layout.frames.map((f) => (
            <g key={f.name} className="org-frame">
              <rect x={f.x} y={f.y} width={f.width} height={f.height} rx={10} />
              <text x={f.x + 10} y={f.y + 15}>
                group {f.name}
              </text>
            </g>
          ))}
          {layout.links.map((l) => (
            <path key={l.key} d={l.d} />
          ))}
        </svg>
        <ul className="org-tree" aria-label="Organisation chart">
          <Box {...props} node={org} boxes={layout.boxes} targets={targets} />
        </ul>
      </div>
    </div>
  );
}

type BoxProps = ChartProps & { node: OrgNode; boxes: Map<string, PlacedBox>; targets: Set<string> };

function Box(props: BoxProps) {
  const { node, boxes, targets, doc, can, names, dragging, setDragging } = props;
  const [over, setOver] = useState(false);
  const placed = boxes.get(keyOf(node));
  if (!placed) return null;
  const person = node.person;
  const isCommander = person === null || person === doc.commander;
  const movable = person !== null && !isCommander && can.organise.includes(person);
  const target = targets.has(placed.key);
  const level = spanLevel(node.directReports.length, props.spanMax);
  const offers = doc.transfers.filter((t) => t.from === person || t.to === person);
  const className = [
    "org-box",
    isCommander ? "org-commander" : "",
    target ? "drop-target" : "",
    over ? "drag-over" : "",
  ]
    .filter(Boolean)
    .join(" ");
  return (
    <li>
      <div
        className={className}
        style={{ left: placed.x, top: placed.y, width: placed.width, height: CHART.height }}
        draggable={movable}
        onDragStart={(e) => {
          if (!person) return;
          e.dataTransfer.setData("text/plain", person);
          e.dataTransfer.effectAllowed = "move";
          setDragging({ person, from: "chart" });
        }}
        onDragEnd={() => {
          setDragging(null);
        }}
        onDragOver={(e) => {
          if (!target) return;
          e.preventDefault(); // allows the drop
          e.dataTransfer.dropEffect = "move";
          setOver(true);
        }}
        onDragLeave={() => {
          setOver(false);
        }}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          if (target && dragging) props.drop(dragging, isCommander ? null : person);
          setDragging(null);
        }}
      >
        {person === null ? (
          <strong className="wanted">IC wanted</strong>
        ) : (
          <>
            <span className="org-name">{names.get(person) ?? person}</span>
            <span className="org-handle">{person}</span>
          </>
        )}
        <span className="org-roles">
          {node.roles.map((r) => (
            <span key={r} className={`badge badge-${r.split(":")[0] ?? r}`} title={roleName(doc, r)}>
              {badge(r)}
            </span>
          ))}
          {node.acting.map((r) => (
            <span
              key={r}
              className="badge badge-acting"
              title={`Acting ${roleName(doc, r)}: nobody else holds it yet`}
            >
              acting {badge(r)}
            </span>
          ))}
        </span>
        <span className="org-foot">
          {(node.directReports.length > 0 || isCommander) && (
            <span
              className={`span-count span-${level}`}
              title="Direct reports / the span of control"
              aria-label={`${String(node.directReports.length)} direct reports of at most ${String(props.spanMax)}`}
            >
              {node.directReports.length}/{props.spanMax}
            </span>
          )}
          {offers.map((t) => (
            <span key={t.id} className="pending" title="Offered, not yet answered">
              {t.from === person ? `handing over ${badge(t.role)}…` : `offered ${badge(t.role)}…`}
            </span>
          ))}
          {movable && person && (
            <span className="node-actions">
              <button
                className="link"
                aria-label={`Move ${person}`}
                onClick={() => {
                  props.askMove(person);
                }}
              >
                move
              </button>
              <button
                className="link"
                aria-label={`Release ${person}`}
                onClick={() => {
                  props.release(person, {
                    supervisor: node.supervisor === doc.commander ? null : node.supervisor,
                    role: node.roles[0] ?? null,
                  });
                }}
              >
                release
              </button>
            </span>
          )}
        </span>
      </div>
      {node.directReports.length > 0 && (
        <ul>
          {node.directReports.map((child) => (
            <Box key={keyOf(child)} {...props} node={child} />
          ))}
        </ul>
      )}
    </li>
  );
}
