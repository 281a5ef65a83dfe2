import type { CapabilityDomain, CommandContext } from "../domain/capability.js";
import type { DomainEvent, EventEnvelope } from "../domain/events.js";
import type { IncidentState } from "../domain/state.js";
import { checklistsDomain } from "./checklists/domain/index.js";
import type { CapabilityCommand, CapabilityEvent } from "./events.js";

type All = CapabilityDomain<CapabilityCommand, CapabilityEvent>;

/** The pure halves of all capabilities, in the order their routes and verbs appear. */
export const capabilityDomains = [checklistsDomain] as const;

// Spelled out rather than merged in a loop, so the compiler checks that every command and
// event of the unions in ./events.ts has its rule, fold and description.
const deciders: All["decide"] = { ...checklistsDomain.decide };
const folds: All["fold"] = { ...checklistsDomain.fold };
const describers: All["describe"] = { ...checklistsDomain.describe };

type CapabilityEnvelope = Extract<EventEnvelope, { type: CapabilityEvent["type"] }>;

/** Runs the rule of a capability's command. */
export function decideCapability(
  s: IncidentState,
  cmd: CapabilityCommand,
  ctx: CommandContext,
): DomainEvent[] {
  // The table is keyed by the command's own type, so the pairing is sound.
  const rule = deciders[cmd.type] as (
    s: IncidentState,
    cmd: CapabilityCommand,
    ctx: CommandContext,
  ) => DomainEvent[];
  return rule(s, cmd, ctx);
}

/** Folds a capability's event into state. */
export function foldCapability(s: IncidentState, e: CapabilityEnvelope): void {
  const fold = folds[e.type] as (s: IncidentState, e: CapabilityEnvelope) => void;
  fold(s, e);
}

/** Describes a capability's event in one line. */
export function describeCapability(e: CapabilityEnvelope, who: string): string {
  const describe = describers[e.type] as (e: CapabilityEnvelope, who: string) => string;
  return describe(e, who);
}
