import type { OrgNode, OrgTree } from "./org-tree.js";
import { roleBadge, roleLabel } from "./roles.js";
import type { Task } from "./plan.js";
import type { StatusDoc } from "./status-doc.js";

/** Renders the status doc as Markdown, for the CLI, briefings and chat. */
export function renderStatusMarkdown(doc: StatusDoc): string {
  const lines: string[] = [];
  lines.push(
    `# ${doc.name} (#${doc.number}) — ${doc.severity}, ${doc.status}${doc.kind === "real" ? "" : ` [${doc.kind}]`}`,
  );
  lines.push("");
  lines.push(doc.synopsis);
  lines.push("");
  lines.push(`- Declared: ${doc.declaredAt} by ${doc.declaredBy}`);
  lines.push(`- Updated: ${doc.updatedAt} (event ${doc.seq})`);
  if (doc.visibility === "restricted") lines.push("- Visibility: restricted");
  lines.push(`- Impact: ${doc.impact ?? "not yet estimated"}`);
  lines.push(`- ETA: ${doc.eta ?? "none given"}`);
  for (const link of doc.links) lines.push(`- ${link.label}: ${link.url}`);
  if (doc.nextUpdateDueAt) {
    lines.push(`- Next update due: ${doc.nextUpdateDueAt} (every ${doc.cadenceMinutes} min)`);
  }
  if (doc.status === "ended") {
    lines.push(`- Ended: ${doc.endedAt ?? ""} by ${doc.endedBy ?? ""}`);
    lines.push(`- Summary: ${doc.summary ?? ""}`);
  }
  lines.push("", "## Command");
  if (doc.commanderWanted) lines.push("- **Incident Commander: WANTED**");
  for (const role of doc.roles) {
    const holders = role.holders.join(", ") || "vacant";
    lines.push(`- ${role.label}: ${role.acting ? `${holders} (acting)` : holders}`);
  }
  if (doc.staging.length > 0) {
    lines.push("", "## Staging (checked in, not assigned)");
    for (const s of doc.staging) {
      const skills = s.skills.length > 0 ? ` — ${s.skills.join(", ")}` : "";
      lines.push(`- ${s.person}${skills}${s.note ? ` (${s.note})` : ""}`);
    }
  }
  if (doc.transfers.length > 0) {
    lines.push("", "## Handovers offered");
    for (const t of doc.transfers) {
      lines.push(
        `- ${roleLabel(t.role)}: ${t.from ?? "vacant"} → ${t.to} (offered ${t.offeredAt}, id ${t.id})`,
      );
    }
  }
  if (doc.reports.length > 0) {
    lines.push("", "## Latest CAN reports");
    for (const r of doc.reports) {
      const indent = "  ".repeat(r.depth);
      const badges = r.roles.map(roleBadge).join(", ");
      lines.push(`${indent}- **${r.reporter}**${badges ? ` (${badges})` : ""} at ${r.at}`);
      lines.push(`${indent}  - Conditions: ${r.conditions}`);
      lines.push(`${indent}  - Actions: ${r.actions}`);
      lines.push(`${indent}  - Needs: ${r.needs}`);
    }
  }
  if (doc.needs.length > 0) {
    lines.push("", "## Open needs");
    for (const n of doc.needs) {
      const given = n.assignee ? `, given to ${n.assignee}` : "";
      lines.push(`- ${n.from} → ${n.to ?? "the IC"}: ${n.text} (since ${n.raisedAt}${given}; id ${n.id})`);
    }
  }
  lines.push(...relationLines(doc));
  lines.push(...planLines(doc));
  if (doc.changes.length > 0) {
    lines.push("", "## Changes in flight");
    for (const c of doc.changes) {
      const window = c.objectionWindowEndsAt
        ? `objections until ${c.objectionWindowEndsAt}`
        : "needs clearance";
      const gate = c.status === "proposed" ? ` — ${c.clearedBy ? `cleared by ${c.clearedBy}` : window}` : "";
      const open = c.objections.filter((o) => o.status === "open");
      lines.push(
        `- [${c.status}] ${c.system}: ${c.what} (${c.risk} risk, by ${c.proposedBy}${gate}; id ${c.id})`,
      );
      for (const o of open) lines.push(`  - objection by ${o.by}: ${o.reason}`);
    }
  }
  if (doc.decisions.length > 0) {
    lines.push("", "## Recent decisions");
    for (const d of doc.decisions) lines.push(`- ${d.decision} — ${d.rationale} (${d.decidedBy}, ${d.at})`);
  }
  if (doc.warnings.length > 0) {
    lines.push("", "## Warnings");
    for (const w of doc.warnings) lines.push(`- ${w.message}`);
  }
  return lines.join("\n") + "\n";
}

function relationLines(doc: StatusDoc): string[] {
  const r = doc.relations;
  const lines: string[] = [];
  if (r.umbrella) {
    lines.push("", "## Umbrella: the incidents it coordinates");
    if (r.children.length === 0) lines.push("- none yet");
    for (const c of r.children) {
      const can = c.lastCan ? `; last CAN ${c.lastCan.at}: ${c.lastCan.conditions}` : "";
      const needs = c.openNeeds.length > 0 ? `; needs: ${c.openNeeds.join("; ")}` : "";
      lines.push(
        `- #${c.incident.number} ${c.incident.name} — ${c.severity}, ${c.status}, IC ${c.commander ?? "WANTED"}, Liaison ${c.liaison ?? "MISSING"}${can}${needs}`,
      );
    }
  }
  if (r.parent) {
    lines.push(
      "",
      `Under umbrella #${r.parent.number} ${r.parent.name}; Liaison: ${r.parent.liaison ?? "MISSING"}`,
    );
  }
  if (r.mergedInto) lines.push("", `Merged into #${r.mergedInto.number} ${r.mergedInto.name}.`);
  if (r.links.length > 0) {
    lines.push("", "## Related incidents");
    for (const l of r.links) lines.push(`- ${l.kind}: #${l.incident.number} ${l.incident.name}`);
  }
  return lines;
}

function taskLine(t: Task): string {
  const state = t.status === "assigned" ? "not yet acknowledged" : t.status;
  return `${t.assignee}: ${t.task} — due ${t.dueAt} (${state}; id ${t.id})`;
}

function planLines(doc: StatusDoc): string[] {
  const { plan } = doc;
  if (plan.objectives.length === 0 && plan.tasks.length === 0) return [];
  const lines = ["", `## Action plan — period ${plan.period}, until ${plan.periodEndsAt}`];
  for (const o of plan.objectives) {
    lines.push(
      `- ${o.state === "open" ? "[ ]" : o.state === "achieved" ? "[x]" : "[-]"} ${o.text} (owner ${o.owner})`,
    );
    for (const t of o.tasks) lines.push(`  - ${taskLine(t)}`);
  }
  for (const t of plan.tasks) lines.push(`- ${taskLine(t)}`);
  return lines;
}

/** Draws the org tree as indented text with box-drawing characters. */
export function renderOrgTree(tree: OrgTree): string {
  const lines: string[] = [];
  const label = (node: OrgNode): string => {
    const name = node.person ?? "(vacant — IC wanted)";
    const badges = [...node.roles.map(roleBadge), ...node.acting.map((r) => `acting ${roleBadge(r)}`)];
    const warn = node.warnings.some((w) => w.code === "SPAN_OF_CONTROL") ? "  ⚠ span of control" : "";
    return `${name}${badges.length ? ` [${badges.join(", ")}]` : ""}${node.group ? ` {${node.group}}` : ""}${warn}`;
  };
  const walk = (node: OrgNode, prefix: string, last: boolean, root: boolean): void => {
    lines.push(root ? label(node) : `${prefix}${last ? "└── " : "├── "}${label(node)}`);
    const childPrefix = root ? "" : `${prefix}${last ? "    " : "│   "}`;
    node.directReports.forEach((child, i) => {
      walk(child, childPrefix, i === node.directReports.length - 1, false);
    });
  };
  walk(tree.root, "", true, true);
  if (tree.staging.length > 0) {
    lines.push("", `Staging: ${tree.staging.join(", ")}`);
  }
  for (const w of tree.warnings) lines.push(`⚠ ${w.message}`);
  return lines.join("\n") + "\n";
}
