import { requireAuthorityOver, requireResponder, requireStaffing } from "../authority.js";
import type { Command } from "../commands.js";
import { DomainError, ensure } from "../errors.js";
import type { DomainEvent, Handle } from "../events.js";
import { isAncestor } from "../evolve.js";
import { isGroupName } from "../roles.js";
import type { IncidentState } from "../state.js";
import { commanderOf, directReports, isActiveResponder, rolesOf } from "../state.js";
import { isOpen } from "./plan.js";
import { decideFill } from "./roles.js";
import { own } from "../own.js";

/** Check-in puts a person in staging, available. Anyone may check themself in. */
export function decideCheckIn(
  s: IncidentState,
  cmd: Extract<Command, { type: "check-in" }>,
  actor: Handle,
): DomainEvent[] {
  if (cmd.person !== actor) {
    requireResponder(s, actor, "check someone else in");
  }
  ensure(
    !isActiveResponder(s, cmd.person),
    "ALREADY_CHECKED_IN",
    `${cmd.person} is already checked in to ${s.name}.`,
    "person",
  );
  return [
    {
      type: "responder.checked-in",
      data: { person: cmd.person, skills: cmd.skills ?? [], note: cmd.note ?? null },
    },
  ];
}

/** Places a checked-in person in the tree under one supervisor (optionally with a role). */
export function decideAssign(
  s: IncidentState,
  cmd: Extract<Command, { type: "assign" }>,
  actor: Handle,
): DomainEvent[] {
  const person = requireCheckedIn(s, cmd.person, "person");
  const current = own(s.responders, person);
  if (current?.status === "assigned") {
    throw new DomainError(
      "ALREADY_ASSIGNED",
      `${person} already reports to ${current.supervisor ?? commanderOf(s) ?? "the IC position"}; each person has exactly one supervisor, so move them instead.`,
      "person",
    );
  }
  let supervisor = cmd.supervisor;
  if (cmd.group !== undefined) {
    const group = own(s.groups, cmd.group);
    ensure(group, "GROUP_NOT_FOUND", `There is no group "${cmd.group}" in ${s.name}.`, "group");
    ensure(
      supervisor === undefined || supervisor === null || supervisor === group.lead,
      "SUPERVISOR_NOT_IN_RESPONSE",
      `Members of group ${cmd.group} report to its lead, ${group.lead}; leave out supervisor or name ${group.lead}.`,
      "supervisor",
    );
    supervisor = group.lead;
  }
  const target = normaliseSupervisor(s, person, supervisor ?? null);
  requireStaffing(s, actor, target, `assign ${person}`);
  const events: DomainEvent[] = [{ type: "responder.assigned", data: { person, supervisor: target } }];
  if (cmd.role !== undefined) {
    events.push(...decideFill(s, { type: "fill-role", role: cmd.role, person }, actor, true));
  }
  return events;
}

/** Moving a person (and so their whole branch) to another supervisor is one event. */
export function decideMove(
  s: IncidentState,
  cmd: Extract<Command, { type: "move" }>,
  actor: Handle,
): DomainEvent[] {
  const person = requireCheckedIn(s, cmd.person, "person");
  const r = own(s.responders, person);
  ensure(
    r?.status === "assigned",
    "NOT_ASSIGNED",
    `${person} is in staging, not in the tree; assign them instead.`,
    "person",
  );
  ensure(
    person !== commanderOf(s),
    "COMMANDER_IS_ROOT",
    `${person} is the Incident Commander, the root of the tree; hand over command to change that.`,
    "person",
  );
  const to = normaliseSupervisor(s, person, cmd.supervisor);
  requireAuthorityOver(s, actor, person, `move ${person}`);
  ensure(
    to !== r.supervisor,
    "ALREADY_ASSIGNED",
    `${person} already reports to ${to ?? commanderOf(s) ?? "the IC position"}.`,
    "supervisor",
  );
  return [{ type: "responder.moved", data: { person, from: r.supervisor, to } }];
}

/** Release (demobilise): no reports left, never the IC; roles and offers lapse. */
export function decideRelease(
  s: IncidentState,
  cmd: Extract<Command, { type: "release" }>,
  actor: Handle,
): DomainEvent[] {
  const person = requireCheckedIn(s, cmd.person, "person");
  ensure(
    person !== commanderOf(s),
    "CANNOT_RELEASE_COMMANDER",
    `${person} is the Incident Commander; transfer command to someone else first.`,
    "person",
  );
  if (person !== actor) {
    requireAuthorityOver(s, actor, person, `release ${person}`);
  }
  const reports = directReports(s, person);
  ensure(
    reports.length === 0,
    "HAS_REPORTS",
    `${person} still supervises ${reports.join(", ")}; move or release them first.`,
    "person",
  );
  const events: DomainEvent[] = rolesOf(s, person).map((role) => ({
    type: "role.vacated" as const,
    data: { role, person, reason: "released" },
  }));
  for (const offer of Object.values(s.transfers)) {
    if (offer.to === person || offer.from === person) {
      events.push({
        type: "transfer.withdrawn",
        data: { id: offer.id, role: offer.role, reason: `${person} was released` },
      });
    }
  }
  for (const task of Object.values(s.plan.tasks)) {
    if (task.assignee === person && isOpen(task)) {
      events.push({ type: "task.cancelled", data: { id: task.id, reason: `${person} was released` } });
    }
  }
  events.push({ type: "responder.released", data: { person, reason: cmd.reason ?? null } });
  return events;
}

/** Forms a functional or geographic group led by a checked-in person. */
export function decideFormGroup(
  s: IncidentState,
  cmd: Extract<Command, { type: "form-group" }>,
  actor: Handle,
): DomainEvent[] {
  ensure(
    isGroupName(cmd.group),
    "INVALID_ROLE",
    `"${cmd.group}" is not a valid group name: use lower-case letters, digits and dashes.`,
    "group",
  );
  ensure(!own(s.groups, cmd.group), "GROUP_EXISTS", `Group ${cmd.group} already exists.`, "group");
  const lead = requireCheckedIn(s, cmd.lead, "lead");
  const current = own(s.responders, lead);
  const supervisor =
    cmd.supervisor === undefined && current?.status === "assigned"
      ? current.supervisor
      : normaliseSupervisor(s, lead, cmd.supervisor ?? null);
  requireAuthorityOver(s, actor, supervisor, `form group ${cmd.group}`);
  return [{ type: "group.formed", data: { group: cmd.group, lead, supervisor } }];
}

/** Moves a whole group (its lead and everyone under them) in one event. */
export function decideMoveGroup(
  s: IncidentState,
  cmd: Extract<Command, { type: "move-group" }>,
  actor: Handle,
): DomainEvent[] {
  const group = own(s.groups, cmd.group);
  ensure(group, "GROUP_NOT_FOUND", `There is no group "${cmd.group}" in ${s.name}.`, "group");
  const from = own(s.responders, group.lead)?.supervisor ?? null;
  const to = normaliseSupervisor(s, group.lead, cmd.supervisor);
  requireAuthorityOver(s, actor, group.lead, `move group ${cmd.group}`);
  return [{ type: "group.moved", data: { group: cmd.group, from, to } }];
}

function requireCheckedIn(s: IncidentState, person: Handle, field: string): Handle {
  ensure(
    isActiveResponder(s, person),
    "NOT_CHECKED_IN",
    `${person} is not checked in to ${s.name}; check them in first.`,
    field,
  );
  return person;
}

/**
 * Validates a supervisor for `person` and returns it in stored form: null stands for the
 * IC position, so naming the IC and naming nobody are the same.
 */
function normaliseSupervisor(s: IncidentState, person: Handle, supervisor: Handle | null): Handle | null {
  if (supervisor === null || supervisor === commanderOf(s)) {
    return null;
  }
  ensure(supervisor !== person, "SELF_SUPERVISION", `${person} cannot report to themself.`, "supervisor");
  const r = own(s.responders, supervisor);
  ensure(
    r !== undefined && r.status === "assigned",
    "SUPERVISOR_NOT_IN_RESPONSE",
    r === undefined || r.status === "released"
      ? `${supervisor} is not in the response; check them in and assign them first.`
      : `${supervisor} is in staging, not in the tree; assign them before giving them reports.`,
    "supervisor",
  );
  ensure(
    !isAncestor(s, person, supervisor),
    "CYCLE",
    `${supervisor} reports (directly or not) to ${person}; that would make a loop.`,
    "supervisor",
  );
  return supervisor;
}
