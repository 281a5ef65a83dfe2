import type { DomainConfig } from "./config.js";
import type { Handle } from "./events.js";
import type { RoleKey } from "./roles.js";
import { ACTING_ROLES, groupOfLeadRole } from "./roles.js";
import type { IncidentState } from "./state.js";
import { commanderOf, directReports, holdersOf, rolesOf } from "./state.js";

export type OrgWarning = {
  /** SPAN_NEAR_LIMIT is advice; the others are warnings. */
  code:
    "SPAN_OF_CONTROL" | "SPAN_NEAR_LIMIT" | "COMMANDER_WANTED" | "COMMANDER_IS_TECH_LEAD" | "LIAISON_MISSING";
  person: Handle | null;
  message: string;
};

export type OrgNode = {
  /** null only for a vacant Incident Commander position. */
  person: Handle | null;
  roles: RoleKey[];
  /** Roles the IC holds because nobody else does yet. */
  acting: RoleKey[];
  supervisor: Handle | null;
  group: string | null;
  directReports: OrgNode[];
  warnings: OrgWarning[];
};

export type OrgTree = {
  root: OrgNode;
  staging: Handle[];
  warnings: OrgWarning[];
  spanOfControlMax: number;
};

/** The org tree under the IC, with span-of-control warnings on every node. */
export function buildOrgTree(s: IncidentState, config: DomainConfig): OrgTree {
  const commander = commanderOf(s);
  const warnings: OrgWarning[] = [];
  const build = (person: Handle | null, supervisor: Handle | null, group: string | null): OrgNode => {
    const roles = person === null ? [] : rolesOf(s, person);
    const ownGroup = roles.map(groupOfLeadRole).find((g) => g !== null) ?? group;
    const reports = directReports(s, person);
    const node: OrgNode = {
      person,
      roles,
      acting: person !== null && person === commander ? actingRoles(s) : [],
      supervisor,
      group: ownGroup,
      directReports: reports.map((r) => build(r, person, ownGroup)),
      warnings: [],
    };
    const warning = spanWarning(person, reports.length, config.spanOfControlMax);
    if (warning) {
      node.warnings.push(warning);
      warnings.push(warning);
    }
    return node;
  };
  const root = build(commander, null, null);
  if (commander === null) {
    const warning: OrgWarning = {
      code: "COMMANDER_WANTED",
      person: null,
      message: "Nobody is Incident Commander yet: an IC is wanted.",
    };
    root.warnings.unshift(warning);
    warnings.unshift(warning);
  }
  // One person cannot both command and lead the technical work well (acting TL is expected).
  if (commander !== null && holdersOf(s, "tech-lead").includes(commander)) {
    const warning: OrgWarning = {
      code: "COMMANDER_IS_TECH_LEAD",
      person: commander,
      message: `${commander} is both Incident Commander and Tech Lead; one person cannot do both well: hand the Tech Lead role to someone else.`,
    };
    root.warnings.push(warning);
    warnings.push(warning);
  }
  const staging = Object.values(s.responders)
    .filter((r) => r.status === "available")
    .map((r) => r.handle)
    .sort();
  return { root, staging, warnings, spanOfControlMax: config.spanOfControlMax };
}

/** Advice as a lead nears the span of control (within one of it), a warning beyond it. */
function spanWarning(person: Handle | null, reports: number, max: number): OrgWarning | null {
  const who = person ?? "The IC position";
  if (reports > max) {
    return {
      code: "SPAN_OF_CONTROL",
      person,
      message: `${who} has ${reports} direct reports (more than ${max}); split them into functional or geographic groups, each with a lead.`,
    };
  }
  if (reports >= max - 1 && reports >= 2) {
    return {
      code: "SPAN_NEAR_LIMIT",
      person,
      message: `${who} has ${reports} direct reports, near the limit of ${max}; consider forming a group with a lead.`,
    };
  }
  return null;
}

/** Single-holder roles nobody holds yet, which the IC holds as acting. */
export function actingRoles(s: IncidentState): RoleKey[] {
  if (commanderOf(s) === null) {
    return [];
  }
  return ACTING_ROLES.filter((role) => holdersOf(s, role).length === 0);
}

/** Depth-first list of the tree's people with their depth, for roll-ups. */
export function flattenTree(tree: OrgTree): { person: Handle; depth: number; supervisor: Handle | null }[] {
  const out: { person: Handle; depth: number; supervisor: Handle | null }[] = [];
  const walk = (node: OrgNode, depth: number): void => {
    if (node.person !== null) {
      out.push({ person: node.person, depth, supervisor: node.supervisor });
    }
    for (const child of node.directReports) walk(child, depth + 1);
  };
  walk(tree.root, 0);
  return out;
}

/** Events that can change who reports to whom, and so who is past the span of control. */
export const ORG_EVENTS: ReadonlySet<string> = new Set([
  "responder.assigned",
  "responder.moved",
  "responder.released",
  "group.formed",
  "group.moved",
  "role.filled",
  "transfer.accepted",
  "command.assumed",
  "incident.status-changed",
]);

/** The leads who have more direct reports than the span of control allows. */
export function pastSpan(s: IncidentState, config: DomainConfig): Set<string> {
  return new Set(
    buildOrgTree(s, config)
      .warnings.filter((w) => w.code === "SPAN_OF_CONTROL")
      .map((w) => w.person ?? ""),
  );
}
