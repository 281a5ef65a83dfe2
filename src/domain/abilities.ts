import {
  hasAuthorityOver,
  hasCommandAuthority,
  isTechCommand,
  leadsGroup,
  mayAssignTasks,
  mayStaff,
} from "./authority.js";
import type { Handle, IncidentStatus } from "./events.js";
import { assumesAs, nextInLine } from "./decide/command.js";
import { ALLOWED_TRANSITIONS } from "./decide/lifecycle.js";
import { COMMANDER } from "./roles.js";
import { mayAnswerNeed, openNeeds } from "../capabilities/needs/domain/index.js";
import { destination, mayModerate, mayPin } from "../capabilities/floor/domain/index.js";
import type { IncidentState } from "./state.js";
import { speaksFor } from "../capabilities/comms/domain/decide.js";
import { commanderOf, holdersOf, inResponse, isActiveResponder, wasInResponse } from "./state.js";

/**
 * What one person may do on an incident right now, from the same predicates the decide
 * functions enforce, so a client can offer exactly the actions the API would accept.
 * Argument-level rules (an empty summary, a cycle in the tree) are still the command's to refuse.
 */
export type Abilities = {
  /** Checked in and not released. */
  responder: boolean;
  checkIn: boolean;
  /** CAN reports, log entries, decisions, proposing and objecting to changes, checklists. */
  report: boolean;
  /** Post in the incident channel (marked freelancing when not a responder). */
  message: boolean;
  /** Roles, objectives, operational periods, synopsis/severity/ETA. */
  command: boolean;
  postUpdate: boolean;
  assignTasks: boolean;
  /** Clear changes and conduct other people's changes. */
  clearChanges: boolean;
  /** Override objections (the IC alone). */
  overrideChanges: boolean;
  /** Take the vacant Incident Commander position. */
  takeCommand: boolean;
  /** Offer command to someone else with a briefing. */
  handOverCommand: boolean;
  /** Take command without a handover, with a reason: the Deputy, the designated successor, or an admin. */
  assumeCommand: boolean;
  /** Step away from command for a while, the Deputy (or successor) acting: the IC. */
  stepAway: boolean;
  /** Take command back after stepping away. */
  resumeCommand: boolean;
  /** After the end: log entries and the Ending and Postmortem checklists. */
  wrapUp: boolean;
  /** Control the channel: quiet mode and the floor (IC, Deputy, Tech Lead). */
  moderate: boolean;
  /** Pin and unpin channel messages (those who moderate, and the Scribe). */
  pin: boolean;
  /** Where this person's messages go now: the channel, or the side thread the Liaison reads. */
  postsTo: "channel" | "side-thread";
  /** Open needs (ids) this person may answer: command, the supervisor asked, the one given it. */
  answerNeeds: string[];
  /** Whose checklists this person may tick: their own, those under them; everyone's for command. */
  tickChecklists: Handle[];
  /** Statuses the incident may be moved to by this person. */
  setStatus: IncidentStatus[];
  /** People this person may place others under, or move, or release (their own branch, or anyone with command). */
  organise: Handle[];
  /** Whom this person may put staged people under (IC, Deputy, group leads in their group); "" is the IC position. */
  staff: string[];
  /** Page people into the incident (IC, Deputy, group leads). */
  page: boolean;
  /** Name the stakeholder audiences (command, while the incident runs). */
  nameAudiences: boolean;
  /** Audiences this person writes updates to and answers questions for (Comms Lead, command, their Liaison group). */
  speakFor: string[];
  /** Approve or reject updates waiting for approval (command, or an admin; after the end too). */
  approveUpdates: boolean;
};

/** The abilities of `person` on the incident as it stands. */
export function abilitiesFor(s: IncidentState, person: Handle, isAdmin: boolean): Abilities {
  const ended = s.status === "ended";
  const responder = isActiveResponder(s, person);
  const command = !ended && hasCommandAuthority(s, person);
  const live = (allowed: boolean): boolean => !ended && allowed;
  const reopenByAdmin = ended && isAdmin;
  return {
    responder,
    checkIn: live(!responder),
    report: live(responder),
    message: !ended,
    command,
    postUpdate: live(command || holdersOf(s, "comms-lead").includes(person)),
    assignTasks: live(mayAssignTasks(s, person)),
    clearChanges: live(responder && isTechCommand(s, person)),
    overrideChanges: live(responder && commanderOf(s) === person),
    takeCommand: live(responder && commanderOf(s) === null),
    handOverCommand: live(
      commanderOf(s) === person && !Object.values(s.transfers).some((t) => t.role === COMMANDER),
    ),
    assumeCommand: live(assumesAs(s, person, isAdmin) !== null),
    stepAway: live(commanderOf(s) === person && !s.away && nextInLine(s) !== null),
    resumeCommand: live(responder && s.away?.commander === person),
    staff: ended
      ? []
      : [
          ...(mayStaff(s, person, null) ? [""] : []),
          ...Object.values(s.responders)
            .filter((r) => r.status === "assigned" && mayStaff(s, person, r.handle))
            .map((r) => r.handle)
            .sort(),
        ],
    page: live(responder && (hasCommandAuthority(s, person) || leadsGroup(s, person))),
    wrapUp: ended && wasInResponse(s, person),
    moderate: live(mayModerate(s, person)),
    pin: live(mayPin(s, person)),
    postsTo: destination(s, person) === "channel" ? "channel" : "side-thread",
    answerNeeds: ended
      ? []
      : openNeeds(s.needs)
          .filter((n) => mayAnswerNeed(s, person, n))
          .map((n) => n.id),
    tickChecklists: inResponse(s, person)
      ? [...new Set(Object.values(s.checklists).map((c) => c.owner))]
          .filter((owner) => hasAuthorityOver(s, person, owner))
          .sort()
      : [],
    nameAudiences: command || (!ended && isAdmin),
    speakFor: s.comms.audiences.filter((a) => speaksFor(s, person, a.name)).map((a) => a.name),
    approveUpdates: isAdmin || hasCommandAuthority(s, person),
    setStatus: hasCommandAuthority(s, person) || reopenByAdmin ? ALLOWED_TRANSITIONS[s.status] : [],
    organise: ended
      ? []
      : Object.values(s.responders)
          .filter((r) => r.status !== "released" && hasAuthorityOver(s, person, r.handle))
          .map((r) => r.handle)
          .sort(),
  };
}
