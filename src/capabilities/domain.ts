import type { CapabilityDomain, CommandContext, ComposedNotice, FiringTimer } from "../domain/capability.js";
import type { DomainConfig } from "../domain/config.js";
import type { DomainEvent, EventEnvelope, Handle } from "../domain/events.js";
import type { IncidentState } from "../domain/state.js";
import { changesDomain } from "./changes/domain/index.js";
import { checklistsDomain } from "./checklists/domain/index.js";
import { dispatchDomain } from "./dispatch/domain/index.js";
import { floorDomain } from "./floor/domain/index.js";
import { accessDomain } from "./access/domain/index.js";
import { needsDomain } from "./needs/domain/index.js";
import { relationsDomain } from "./relations/domain/index.js";
import { followUpsDomain } from "./followups/domain/index.js";
import { commsDomain } from "./comms/domain/index.js";
import { alertsDomain } from "./alerts/domain/index.js";
import { chatDomain } from "./chat/domain/index.js";
import { drillsDomain } from "./drills/domain/index.js";
import type { CapabilityCommand, CapabilityEvent, CapabilityTimerKind } from "./events.js";
import { CAPABILITY_EVENT_TYPES } from "./events.js";

type All = CapabilityDomain<CapabilityCommand, CapabilityEvent, CapabilityTimerKind>;
type CapabilityEnvelope = Extract<EventEnvelope, { type: CapabilityEvent["type"] }>;

// Spelled out rather than merged in a loop, so the compiler checks that every command, event
// and timer kind of the unions in ./events.ts has its rule, fold, description and firing.
const deciders: All["decide"] = {
  ...checklistsDomain.decide,
  ...changesDomain.decide,
  ...dispatchDomain.decide,
  ...needsDomain.decide,
  ...floorDomain.decide,
  ...relationsDomain.decide,
  ...followUpsDomain.decide,
  ...accessDomain.decide,
  ...commsDomain.decide,
  ...alertsDomain.decide,
  ...chatDomain.decide,
  ...drillsDomain.decide,
};
const folds: All["fold"] = {
  ...checklistsDomain.fold,
  ...changesDomain.fold,
  ...dispatchDomain.fold,
  ...needsDomain.fold,
  ...floorDomain.fold,
  ...relationsDomain.fold,
  ...followUpsDomain.fold,
  ...accessDomain.fold,
  ...commsDomain.fold,
  ...alertsDomain.fold,
  ...chatDomain.fold,
  ...drillsDomain.fold,
};
const recipients: NonNullable<All["recipients"]> = {
  ...changesDomain.recipients,
  ...dispatchDomain.recipients,
  ...needsDomain.recipients,
  ...floorDomain.recipients,
  ...relationsDomain.recipients,
  ...followUpsDomain.recipients,
  ...accessDomain.recipients,
  ...commsDomain.recipients,
  ...drillsDomain.recipients,
};
const firings: NonNullable<All["timers"]>["fire"] = {
  ...changesDomain.timers.fire,
  ...dispatchDomain.timers.fire,
  ...followUpsDomain.timers.fire,
  ...commsDomain.timers.fire,
};
const timerWants: NonNullable<All["timers"]>["want"][] = [
  changesDomain.timers.want,
  dispatchDomain.timers.want,
  followUpsDomain.timers.want,
  commsDomain.timers.want,
];

const composers: NonNullable<All["compose"]>[] = [commsDomain.compose];

const capabilityTypes = new Set<string>(CAPABILITY_EVENT_TYPES);

/** The notices capabilities word themselves for an event (any event, the core's included). */
export function composedNotices(s: IncidentState, e: EventEnvelope): ComposedNotice[] {
  return composers.flatMap((compose) => compose(s, e));
}

/** Whether an event belongs to a capability (rather than the core). */
export function isCapabilityEvent(e: EventEnvelope): e is CapabilityEnvelope {
  return capabilityTypes.has(e.type);
}

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

/** Who is owed a notice of a capability's event (nobody when the capability names no one). */
export function capabilityRecipients(s: IncidentState, e: CapabilityEnvelope): Handle[] {
  const rule = recipients[e.type] as ((s: IncidentState, e: CapabilityEnvelope) => Handle[]) | undefined;
  return rule ? rule(s, e) : [];
}

// Timers that go on after the incident ends (the wrap-up's: follow-ups come due later).
const afterEndWants: NonNullable<All["timers"]>["want"][] = [followUpsDomain.timers.want];

/** Adds the timers of the capabilities whose work goes on after the end. */
export function capabilityTimersAfterEnd(
  s: IncidentState,
  add: (kind: CapabilityTimerKind, subject: string, dueAt: string) => void,
  config: DomainConfig,
): void {
  for (const want of afterEndWants) want(s, add, config);
}

/** Adds the timers every capability's state calls for. */
export function capabilityTimers(
  s: IncidentState,
  add: (kind: CapabilityTimerKind, subject: string, dueAt: string) => void,
  config: DomainConfig,
): void {
  for (const want of timerWants) want(s, add, config);
}

/** What firing a capability's timer does (its occasion is known to still stand). */
export function fireCapabilityTimer(
  s: IncidentState,
  kind: CapabilityTimerKind,
  timer: FiringTimer,
  config: DomainConfig,
): DomainEvent[] {
  return firings[kind](s, timer, config);
}
