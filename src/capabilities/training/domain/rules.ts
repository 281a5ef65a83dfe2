import { z } from "zod";
import type { Kind } from "../../../domain/events.js";
import { FIXED_ROLES, roleLabel } from "../../../domain/roles.js";
import type { FixedRole } from "../../../domain/roles.js";

const Held = z.enum([...FIXED_ROLES, "responder"]);

/** One thing a qualification asks for: so many incidents (drills, real ones, or either) in a role. */
export const RequirementSchema = z.strictObject({
  count: z.number().int().min(1).max(100),
  as: Held.describe("The role held (responder: checked in, in any role)"),
  in: z.enum(["drill", "real", "any"]).default("any"),
  passing: z
    .boolean()
    .default(false)
    .describe("Only incidents whose practice score passed (a drill's pass mark; 70% for a real incident)"),
});

/** What qualifies someone for a role: every requirement met. */
export const RuleSchema = z.strictObject({
  role: z.enum(FIXED_ROLES),
  requires: z.array(RequirementSchema).min(1).max(10),
});

/** The team's qualification rules, at most one per role. */
export const RulesSchema = z
  .array(RuleSchema)
  .max(FIXED_ROLES.length)
  .superRefine((rules, ctx) => {
    const seen = new Set<string>();
    rules.forEach((r, i) => {
      if (seen.has(r.role)) {
        ctx.addIssue({ code: "custom", message: `a second rule for ${r.role}`, path: [i, "role"] });
      }
      seen.add(r.role);
    });
  });

export type Requirement = z.output<typeof RequirementSchema>;
export type Rule = z.output<typeof RuleSchema>;

/** The rules a team starts with (the reference's example for the IC), until an admin writes its own. */
export const DEFAULT_RULES: Rule[] = [
  {
    role: "incident-commander",
    requires: [
      { count: 2, as: "incident-commander", in: "drill", passing: true },
      { count: 1, as: "deputy", in: "real", passing: false },
    ],
  },
  {
    role: "tech-lead",
    requires: [
      { count: 1, as: "tech-lead", in: "drill", passing: true },
      { count: 1, as: "responder", in: "real", passing: false },
    ],
  },
  { role: "comms-lead", requires: [{ count: 1, as: "comms-lead", in: "drill", passing: true }] },
];

/** One incident in a person's record, in one role. */
export type Entry = { incidentId: string; kind: Kind; role: string; ms: number; passed: boolean | null };

/** How far someone is towards one requirement. */
export type Progress = { requirement: string; have: number; need: number; met: boolean };

/** A person's standing for a role: qualified, and how far along each requirement. */
export type Standing = { role: FixedRole; qualified: boolean; progress: Progress[] };

/** "2 drills as Incident Commander with a passing score". */
export function describeRequirement(r: Requirement): string {
  const what = r.in === "drill" ? "drill" : r.in === "real" ? "real incident" : "incident or drill";
  const plural = r.count === 1 ? what : what === "incident or drill" ? "incidents or drills" : `${what}s`;
  const as = r.as === "responder" ? "as a responder" : `as ${roleLabel(r.as)}`;
  return `${String(r.count)} ${plural} ${as}${r.passing ? " with a passing score" : ""}`;
}

function counts(entries: Entry[], r: Requirement): number {
  const incidents = new Set(
    entries
      .filter((e) => e.role === r.as || (r.as === "responder" && e.role === "responder"))
      .filter((e) => r.in === "any" || (r.in === "drill" ? e.kind === "drill" : e.kind === "real"))
      .filter((e) => !r.passing || e.passed === true)
      .map((e) => e.incidentId),
  );
  return incidents.size;
}

/** Where a person stands against each rule, from the entries of their record. */
export function standings(entries: Entry[], rules: Rule[]): Standing[] {
  return rules.map((rule) => {
    const progress = rule.requires.map((r): Progress => {
      const have = counts(entries, r);
      return {
        requirement: describeRequirement(r),
        have: Math.min(have, r.count),
        need: r.count,
        met: have >= r.count,
      };
    });
    return { role: rule.role, qualified: progress.every((p) => p.met), progress };
  });
}
