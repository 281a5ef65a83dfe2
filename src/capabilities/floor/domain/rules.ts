import { hasCommandAuthority, isTechCommand } from "../../../domain/authority.js";
import type { DomainEvent, Handle, MessageVia } from "../../../domain/events.js";
import type { IncidentState } from "../../../domain/state.js";
import { commanderOf, holdersOf, isActiveResponder, rolesOf } from "../../../domain/state.js";
import { own } from "../../../domain/own.js";

/** The IC, the Deputy and the Tech Lead control the channel (quiet mode, the floor). */
export function mayModerate(s: IncidentState, person: Handle): boolean {
  return isTechCommand(s, person) && isActiveResponder(s, person);
}

/** Those who control the channel, and the Scribe, pin messages. */
export function mayPin(s: IncidentState, person: Handle): boolean {
  return mayModerate(s, person) || holdersOf(s, "scribe").includes(person);
}

/** In the org tree: assigned in it or holding a role (staged people are not yet in it). */
export function inTree(s: IncidentState, person: Handle): boolean {
  const r = own(s.responders, person);
  return r?.status === "assigned" || rolesOf(s, person).length > 0;
}

/** Where a person's message goes now: the channel, or the side thread (and why). */
export function destination(s: IncidentState, person: Handle): "channel" | "quiet" | "spectator" {
  if (inTree(s, person) || hasCommandAuthority(s, person)) return "channel";
  if (s.floor.quiet) return s.floor.speakers.includes(person) ? "channel" : "quiet";
  // Stakeholders told of the incident ask the Liaison, not the responders (out of band).
  const spectator = s.audience.includes(person) && own(s.responders, person) === undefined;
  return spectator ? "spectator" : "channel";
}

/** The channel message a post becomes: in the channel, or set aside for the Liaison. */
export function messageEvent(s: IncidentState, actor: Handle, text: string, via?: MessageVia): DomainEvent {
  const to = destination(s, actor);
  if (to === "channel") {
    const freelancing = !isActiveResponder(s, actor);
    return { type: "message.posted", data: via ? { text, freelancing, via } : { text, freelancing } };
  }
  return { type: "channel.sidelined", data: { text, why: to } };
}

/** Who reads the side thread: Liaisons, else the Comms Lead, else the IC. */
export function sideThreadReaders(s: IncidentState): Handle[] {
  const liaisons = Object.entries(s.roles)
    .filter(([role]) => role.startsWith("liaison:"))
    .flatMap(([, holders]) => holders ?? []);
  if (liaisons.length > 0) return [...new Set(liaisons)];
  const comms = holdersOf(s, "comms-lead");
  if (comms.length > 0) return comms;
  const commander = commanderOf(s);
  return commander ? [commander] : [];
}

/** Who decides on requests for the floor: the IC and the Tech Lead (the IC alone while acting). */
export function moderators(s: IncidentState): Handle[] {
  const commander = commanderOf(s);
  return [
    ...new Set([...(commander ? [commander] : []), ...holdersOf(s, "deputy"), ...holdersOf(s, "tech-lead")]),
  ];
}
