import { DomainError, ensure } from "./errors.js";
import type { Handle } from "./events.js";
import { isAncestor } from "./evolve.js";
import type { IncidentState } from "./state.js";
import { commanderOf, holdersOf, inResponse, isActiveResponder } from "./state.js";

/** IC, Deputy, or the Tech Lead while the IC position is vacant. */
export function hasCommandAuthority(s: IncidentState, actor: Handle): boolean {
  const commander = commanderOf(s);
  if (commander === actor || holdersOf(s, "deputy").includes(actor)) {
    return true;
  }
  return commander === null && holdersOf(s, "tech-lead").includes(actor);
}

/** TL or IC (or Deputy): who may clear changes and start other people's. */
export function isTechCommand(s: IncidentState, actor: Handle): boolean {
  return hasCommandAuthority(s, actor) || holdersOf(s, "tech-lead").includes(actor);
}

/** Command, the Tech Lead, or anyone with people reporting to them. */
export function mayAssignTasks(s: IncidentState, actor: Handle): boolean {
  return (
    isTechCommand(s, actor) ||
    Object.values(s.responders).some((r) => r.status === "assigned" && r.supervisor === actor)
  );
}

/** Command authority, or a responder acting on themself or someone in their own branch. */
export function hasAuthorityOver(s: IncidentState, actor: Handle, subject: Handle | null): boolean {
  if (hasCommandAuthority(s, actor)) return true;
  return (
    subject !== null && isActiveResponder(s, actor) && (subject === actor || isAncestor(s, actor, subject))
  );
}

/** Whether the actor leads a group (holds a group-lead role). */
export function leadsGroup(s: IncidentState, actor: Handle): boolean {
  return Object.entries(s.roles).some(
    ([role, holders]) => role.startsWith("group-lead:") && holders?.includes(actor),
  );
}

/**
 * Who may bring people into the response (assign from staging, page): the IC, the Deputy, and
 * group leads, into their own part of the tree. `target` is the supervisor (null: the IC).
 */
export function mayStaff(s: IncidentState, actor: Handle, target: Handle | null): boolean {
  if (hasCommandAuthority(s, actor)) return true;
  if (!isActiveResponder(s, actor) || !leadsGroup(s, actor)) return false;
  return target !== null && (target === actor || isAncestor(s, actor, target));
}

/** Throws NOT_IN_COMMAND unless the actor may staff under `target` (see mayStaff). */
export function requireStaffing(
  s: IncidentState,
  actor: Handle,
  target: Handle | null,
  action: string,
): void {
  if (!mayStaff(s, actor, target)) {
    throw new DomainError(
      "NOT_IN_COMMAND",
      `Only the Incident Commander, the Deputy or a group lead (within their group) can ${action}; ask ${commanderOf(s) ?? "whoever takes command"}.`,
    );
  }
}

/** Throws NOT_IN_COMMAND unless the actor has command authority. */
export function requireCommand(s: IncidentState, actor: Handle, action: string): void {
  if (!hasCommandAuthority(s, actor)) {
    throw new DomainError(
      "NOT_IN_COMMAND",
      `Only the Incident Commander or Deputy can ${action}; ask ${commanderOf(s) ?? "whoever takes command"}.`,
    );
  }
}

/** Throws NOT_A_RESPONDER unless the actor is checked in and not released. */
export function requireResponder(s: IncidentState, actor: Handle, action: string): void {
  ensure(
    inResponse(s, actor),
    "NOT_A_RESPONDER",
    `${actor} is not checked in to ${s.name}; check in before you ${action}.`,
  );
}

/** Command authority, or a supervisor acting within their own part of the tree. */
export function requireAuthorityOver(
  s: IncidentState,
  actor: Handle,
  subject: Handle | null,
  action: string,
): void {
  if (!hasAuthorityOver(s, actor, subject)) {
    requireCommand(s, actor, action);
  }
}
