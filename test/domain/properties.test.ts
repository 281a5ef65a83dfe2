import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Command, IncidentState, RoleKey } from "../../src/domain/index.js";
import {
  DomainError,
  buildOrgTree,
  commanderOf,
  defaultDomainConfig,
  flattenTree,
  foldEvents,
  holdersOf,
} from "../../src/domain/index.js";
import { Scenario } from "./helpers.js";

// A fixed seed keeps CI deterministic (three Node versions run the same cases); set
// MUSTER_FC_SEED to another number, or to "random", to explore further. Failures print the seed.
const seedEnv = process.env.MUSTER_FC_SEED;
const SEED = seedEnv === "random" ? Date.now() : Number(seedEnv ?? 20261202);

// "constructor" and "toString" are names Object.prototype answers to: lookups must not see them.
const PEOPLE = ["ic", "ann", "bob", "cy", "dee", "eve", "constructor", "toString"] as const;
const ROLES: RoleKey[] = [
  "incident-commander",
  "deputy",
  "tech-lead",
  "scribe",
  "comms-lead",
  "sme",
  "liaison:execs",
];

const person = fc.constantFrom(...PEOPLE);
const supervisor = fc.option(person, { nil: null });

/**
 * Commands as an incident's people would send them, valid or not: the rules must refuse the
 * invalid ones cleanly. Transfers are answered by index (`pick`), resolved against the state.
 */
type Step = { actor: string; cmd: Command | { type: "answer-transfer"; pick: number; accept: boolean } };

const command: fc.Arbitrary<Step["cmd"]> = fc.oneof(
  person.map((p) => ({ type: "check-in" as const, person: p })),
  fc.tuple(person, supervisor).map(([p, s]) => ({ type: "assign" as const, person: p, supervisor: s })),
  fc.tuple(person, supervisor).map(([p, s]) => ({ type: "move" as const, person: p, supervisor: s })),
  person.map((p) => ({ type: "release" as const, person: p })),
  fc
    .tuple(fc.constantFrom(...ROLES), person)
    .map(([role, p]) => ({ type: "fill-role" as const, role, person: p })),
  fc.tuple(fc.constantFrom(...ROLES), person).map(([role, to]) => ({
    type: "offer-transfer" as const,
    role,
    to,
    notes: "State: degraded; next: roll back.",
  })),
  fc
    .tuple(fc.nat(3), fc.boolean())
    .map(([pick, accept]) => ({ type: "answer-transfer" as const, pick, accept })),
  fc.tuple(fc.constantFrom("db", "edge"), person, supervisor).map(([group, lead, s]) => ({
    type: "form-group" as const,
    group,
    lead,
    supervisor: s,
  })),
  fc.constant({
    type: "report-can" as const,
    conditions: "errors at 5%",
    actions: "rolling back",
    needs: "none",
  }),
  fc.constant({ type: "post-update" as const, text: "Investigating" }),
  fc.constant({ type: "log" as const, text: "noted" }),
  fc
    .constantFrom("stable", "active")
    .map((status) => ({ type: "set-status" as const, status, summary: "now" })),
  person.map((p) => ({ type: "designate-successor" as const, person: p })),
  fc.constant({ type: "assume-command" as const, reason: "the IC is unreachable" }),
  fc.constant({ type: "step-away" as const, until: "2026-11-23T23:00:00Z" }),
  fc.constant({ type: "resume-command" as const }),
);

const steps = fc.array(fc.record({ actor: person, cmd: command }), { minLength: 1, maxLength: 60 });

/** Turns an "answer the n-th open transfer" step into the real command, if there is one. */
function resolve(state: IncidentState, cmd: Step["cmd"]): Command | null {
  if (cmd.type !== "answer-transfer") return cmd;
  // Real offers, and ids Object.prototype answers to, which must be refused as unknown.
  const open = [...Object.keys(state.transfers), "toString", "__proto__"];
  const id = open[cmd.pick % open.length];
  if (id === undefined) return null;
  return cmd.accept ? { type: "accept-transfer", id } : { type: "decline-transfer", id };
}

/** The invariants that no sequence of commands may break. */
function checkInvariants(s: Scenario): void {
  const state = s.state;
  // One Incident Commander at most, and every single-holder role held once at most.
  for (const role of Object.keys(state.roles) as RoleKey[]) {
    if (role !== "sme") expect(holdersOf(state, role).length, role).toBeLessThanOrEqual(1);
  }
  // Role holders are people on the incident, not released.
  for (const role of Object.keys(state.roles) as RoleKey[]) {
    for (const h of holdersOf(state, role)) {
      if (h === state.declaredBy && state.responders[h] === undefined) continue;
      expect(state.responders[h]?.status, `${h} holds ${role}`).not.toBe("released");
    }
  }
  // A strict tree: everyone assigned appears exactly once, under someone in the tree.
  const tree = flattenTree(buildOrgTree(state, defaultDomainConfig));
  const people = tree.map((n) => n.person).filter((p): p is string => p !== null);
  expect(new Set(people).size, "no one in two places").toBe(people.length);
  const commander = commanderOf(state);
  const assigned = Object.values(state.responders)
    .filter((r) => r.status === "assigned" && r.handle !== commander)
    .map((r) => r.handle);
  for (const h of assigned) expect(people, `${h} is assigned but not in the tree`).toContain(h);
  for (const n of tree) if (n.supervisor !== null) expect(people).toContain(n.supervisor);
  // Folding the log gives the state the write path kept.
  expect(foldEvents(s.log)).toEqual(state);
}

describe("properties of the domain under any sequence of commands", () => {
  it("keeps one IC, a strict tree, no one in two places, and fold = state", () => {
    fc.assert(
      fc.property(steps, (sequence) => {
        const s = new Scenario("ic");
        for (const step of sequence) {
          const cmd = resolve(s.state, step.cmd);
          if (cmd === null) continue;
          try {
            s.run(step.actor, cmd);
          } catch (error) {
            // A refusal is an answer; anything else is a bug.
            if (!(error instanceof DomainError)) throw error;
          }
          checkInvariants(s);
        }
      }),
      { numRuns: 300, seed: SEED },
    );
  });

  it("refuses cleanly: a refused command changes nothing", () => {
    fc.assert(
      fc.property(steps, (sequence) => {
        const s = new Scenario("ic");
        for (const step of sequence) {
          const cmd = resolve(s.state, step.cmd);
          if (cmd === null) continue;
          const before = structuredClone(s.state);
          const logged = s.log.length;
          try {
            s.run(step.actor, cmd);
          } catch (error) {
            if (!(error instanceof DomainError)) throw error;
            expect(s.state).toEqual(before);
            expect(s.log.length).toBe(logged);
          }
        }
      }),
      { numRuns: 200, seed: SEED },
    );
  });
});
