import { hasCommandAuthority, requireCommand, requireResponder } from "../authority.js";
import type { Command } from "../commands.js";
import type { DomainConfig } from "../config.js";
import { DomainError, ensure } from "../errors.js";
import type { DomainEvent, Handle } from "../events.js";
import { COMMANDER, groupOfLeadRole, isMultiHolder, roleLabel } from "../roles.js";
import type { IncidentState } from "../state.js";
import { commanderOf, holdersOf, isActiveResponder } from "../state.js";
import { renderStatusMarkdown } from "../markdown.js";
import { buildStatusDoc } from "../status-doc.js";
import { own } from "../own.js";

/** Fills a vacant role. Anyone in the response may take a vacant IC position. */
export function decideFill(
  s: IncidentState,
  cmd: Extract<Command, { type: "fill-role" }>,
  actor: Handle,
  viaAssignment = false,
): DomainEvent[] {
  const { role, person } = cmd;
  const group = groupOfLeadRole(role);
  if (group !== null && !own(s.groups, group)) {
    requireCommand(s, actor, `form group ${group}`);
    ensure(
      isActiveResponder(s, person),
      "NOT_CHECKED_IN",
      `${person} is not checked in; check them in first.`,
      "person",
    );
    return [{ type: "group.formed", data: { group, lead: person, supervisor: null } }];
  }
  if (role === COMMANDER && commanderOf(s) === null) {
    requireResponder(s, actor, "fill the Incident Commander position");
  } else if (!viaAssignment) {
    requireCommand(s, actor, `fill the ${roleLabel(role)} role`);
  }
  ensure(
    isActiveResponder(s, person),
    "NOT_CHECKED_IN",
    `${person} is not checked in to ${s.name}; check them in first.`,
    "person",
  );
  const holders = holdersOf(s, role);
  ensure(
    !holders.includes(person),
    "ALREADY_HOLDS_ROLE",
    `${person} is already ${roleLabel(role)}.`,
    "person",
  );
  if (!isMultiHolder(role) && holders.length > 0) {
    throw new DomainError(
      "ROLE_FILLED",
      `${holders[0]} is ${roleLabel(role)}; offer a transfer to change who holds it.`,
      "role",
    );
  }
  return [{ type: "role.filled", data: { role, person } }];
}

/** Offers a held role to someone, with a briefing that snapshots the status doc. */
export function decideOffer(
  s: IncidentState,
  cmd: Extract<Command, { type: "offer-transfer" }>,
  actor: Handle,
  config: DomainConfig,
  newId: () => string,
): DomainEvent[] {
  const { role, to } = cmd;
  ensure(
    !isMultiHolder(role),
    "INVALID_ROLE",
    `${roleLabel(role)} is held by several people; fill it instead of transferring it.`,
    "role",
  );
  const from = holdersOf(s, role)[0] ?? null;
  ensure(from !== null, "ROLE_VACANT", `Nobody holds ${roleLabel(role)} yet; fill the role instead.`, "role");
  const mayOffer = actor === from || (role !== COMMANDER && hasCommandAuthority(s, actor));
  if (!mayOffer) {
    throw new DomainError(
      "NOT_IN_COMMAND",
      role === COMMANDER
        ? `Only the Incident Commander (${from}) can hand over command.`
        : `Only ${from} or the Incident Commander can offer the ${roleLabel(role)} role.`,
    );
  }
  ensure(
    isActiveResponder(s, to),
    "NOT_CHECKED_IN",
    `${to} is not checked in to ${s.name}; they check in first, then receive the briefing.`,
    "to",
  );
  ensure(to !== from, "ALREADY_HOLDS_ROLE", `${to} already is ${roleLabel(role)}.`, "to");
  const pending = Object.values(s.transfers).find((t) => t.role === role);
  ensure(
    pending === undefined,
    "TRANSFER_PENDING",
    `${roleLabel(role)} is already offered to ${pending?.to ?? ""} (offer ${pending?.id ?? ""}); withdraw it first.`,
    "role",
  );
  const snapshot = renderStatusMarkdown(buildStatusDoc(s, config));
  return [
    {
      type: "transfer.offered",
      data: { id: newId(), role, from, to, briefing: { notes: cmd.notes, snapshot } },
    },
  ];
}

/** Accept, decline or withdraw an open offer. */
export function decideAnswer(
  s: IncidentState,
  cmd: Extract<Command, { type: "accept-transfer" | "decline-transfer" | "withdraw-transfer" }>,
  actor: Handle,
): DomainEvent[] {
  const offer = own(s.transfers, cmd.id);
  ensure(offer, "TRANSFER_NOT_FOUND", `There is no open transfer offer ${cmd.id}.`, "id");
  // Who was offered and who offered travel with the answer, so both can be told of it.
  const answer = { id: offer.id, role: offer.role, to: offer.to, offeredBy: offer.offeredBy };
  if (cmd.type === "withdraw-transfer") {
    const may = actor === offer.offeredBy || actor === offer.from || hasCommandAuthority(s, actor);
    ensure(may, "NOT_IN_COMMAND", `Only ${offer.offeredBy} or the IC can withdraw this offer.`);
    return [{ type: "transfer.withdrawn", data: { ...answer, reason: cmd.reason ?? null } }];
  }
  ensure(
    actor === offer.to,
    "NOT_TRANSFER_RECIPIENT",
    `This offer of ${roleLabel(offer.role)} is for ${offer.to}; only they can accept or decline it.`,
  );
  if (cmd.type === "decline-transfer") {
    return [{ type: "transfer.declined", data: { ...answer, reason: cmd.reason ?? null } }];
  }
  return [
    {
      type: "transfer.accepted",
      data: { id: offer.id, role: offer.role, from: holdersOf(s, offer.role)[0] ?? null, to: offer.to },
    },
  ];
}
