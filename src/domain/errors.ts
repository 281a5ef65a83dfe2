/**
 * The catalogue of domain errors. Codes are stable: the HTTP layer, the CLI and chat
 * integrations branch on them, so never rename one; add new codes instead.
 */
export const domainErrorCatalogue = {
  INCIDENT_NOT_FOUND: { status: 404, title: "Incident not found" },
  INCIDENT_ENDED: { status: 409, title: "Incident has ended" },
  INVALID_TRANSITION: { status: 409, title: "Status change not allowed" },
  SUMMARY_REQUIRED: { status: 422, title: "Summary required" },
  REASON_REQUIRED: { status: 422, title: "Reason required" },
  UNKNOWN_SEVERITY: { status: 422, title: "Unknown severity" },
  NAME_TAKEN: { status: 409, title: "Name already used by an open incident" },
  INVALID_ROLE: { status: 422, title: "Invalid role" },
  NOT_A_RESPONDER: { status: 403, title: "Not a responder" },
  NOT_IN_COMMAND: { status: 403, title: "Not in command" },
  ALREADY_CHECKED_IN: { status: 409, title: "Already checked in" },
  NOT_CHECKED_IN: { status: 422, title: "Not checked in" },
  ALREADY_ASSIGNED: { status: 409, title: "Already assigned" },
  NOT_ASSIGNED: { status: 422, title: "Not assigned" },
  SUPERVISOR_NOT_IN_RESPONSE: { status: 422, title: "Supervisor not in the response" },
  SELF_SUPERVISION: { status: 422, title: "A person cannot supervise themself" },
  CYCLE: { status: 422, title: "Assignment would create a cycle" },
  HAS_REPORTS: { status: 409, title: "Person still has direct reports" },
  CANNOT_RELEASE_COMMANDER: { status: 409, title: "The Incident Commander cannot be released" },
  ROLE_FILLED: { status: 409, title: "Role already filled" },
  ROLE_VACANT: { status: 409, title: "Role is vacant" },
  ALREADY_HOLDS_ROLE: { status: 409, title: "Already holds the role" },
  GROUP_EXISTS: { status: 409, title: "Group already exists" },
  GROUP_NOT_FOUND: { status: 404, title: "Group not found" },
  TRANSFER_PENDING: { status: 409, title: "A transfer of this role is already offered" },
  TRANSFER_NOT_FOUND: { status: 404, title: "Transfer offer not found" },
  NOT_TRANSFER_RECIPIENT: { status: 403, title: "Only the person offered the role can answer" },
  COMMANDER_IS_ROOT: { status: 409, title: "The Incident Commander is the root of the tree" },
  UNKNOWN_PERSON: { status: 422, title: "Unknown person" },
  NOT_RESTRICTED: { status: 409, title: "The incident is open to everyone" },
  ALREADY_GRANTED: { status: 409, title: "Access already granted" },
  NOT_GRANTED: { status: 404, title: "No explicit access to revoke" },
  OBJECTIVE_NOT_FOUND: { status: 404, title: "Objective not found" },
  TASK_NOT_FOUND: { status: 404, title: "Task not found" },
  TASK_CLOSED: { status: 409, title: "Task is closed" },
  NOT_ASSIGNEE: { status: 403, title: "Only the assignee can do this" },
  CHANGE_NOT_FOUND: { status: 404, title: "Change not found" },
  CHANGE_STATE: { status: 409, title: "Change is not in a state that allows this" },
  CHANGE_IN_PROGRESS: { status: 409, title: "Another change is in progress on that system" },
  OBJECTION_WINDOW_OPEN: { status: 409, title: "Objection window still open" },
  OBJECTION_OPEN: { status: 409, title: "An objection is open" },
  CLEARANCE_REQUIRED: { status: 409, title: "High-risk change needs clearance" },
  OBJECTION_NOT_FOUND: { status: 404, title: "Objection not found" },
  CHECKLIST_NOT_FOUND: { status: 404, title: "Checklist not found" },
  CHECKLIST_ITEM_NOT_FOUND: { status: 404, title: "Checklist item not found" },
  CHECKLIST_ITEM_STATE: { status: 409, title: "Item already in that state" },
  TEMPLATE_NOT_FOUND: { status: 404, title: "Checklist template not found" },
  DISPATCH_NOT_FOUND: { status: 404, title: "Dispatch not found" },
  DISPATCH_CLOSED: { status: 409, title: "Dispatch no longer waiting" },
  NOT_PAGED: { status: 403, title: "You were not asked by this dispatch" },
  EMPTY_AUDIENCE: { status: 422, title: "Nobody to tell" },
  NOTHING_TO_UPDATE: { status: 422, title: "Nothing to update" },
  ALREADY_AWAY: { status: 409, title: "The IC has already stepped away" },
  NO_DEPUTY: { status: 409, title: "Nobody to act in command" },
  NOT_AWAY: { status: 409, title: "Not stepped away from command" },
  INVALID_TIME: { status: 422, title: "Invalid time" },
  NOT_CHECKLIST_OWNER: { status: 403, title: "Not your checklist" },
  INVALID_LINK: { status: 422, title: "Invalid link" },
  WORK_IN_FLIGHT: { status: 409, title: "Work still in flight" },
  DRILL_OUTSIDE_AUDIENCE: { status: 409, title: "A drill pages only the people in it" },
  NEED_NOT_FOUND: { status: 404, title: "Need not found" },
  NEED_CLOSED: { status: 409, title: "Need already answered or withdrawn" },
  INVALID_RELATION: { status: 422, title: "Those incidents cannot be related that way" },
  RESTRICTED_RELATION: { status: 409, title: "Restricted incidents are not related to others" },
  RELATION_EXISTS: { status: 409, title: "Already related" },
  RELATION_NOT_FOUND: { status: 404, title: "No such relation" },
  RELATED_NOT_FOUND: { status: 422, title: "The other incident was not found" },
  POSTMORTEM_NOT_FOUND: { status: 404, title: "Postmortem not found" },
  POSTMORTEM_EXISTS: { status: 409, title: "The incident has a postmortem already" },
  POSTMORTEM_STAGE: { status: 409, title: "The postmortem is not at a stage that allows this" },
  NOT_POSTMORTEM_OWNER: { status: 403, title: "Not the postmortem's owner" },
  VERSION_CONFLICT: { status: 409, title: "Saved by someone else since" },
  BLAME_FLAGGED: { status: 422, title: "Text reads as blame" },
  FOLLOW_UP_NOT_FOUND: { status: 404, title: "Follow-up not found" },
  INVALID_SOURCE: { status: 422, title: "The follow-up's source is not in the incident" },
  COMMENT_NOT_FOUND: { status: 404, title: "Comment not found" },
  FOLLOW_UP_TRACKED: { status: 409, title: "Follow-up already tracked" },
  RESTRICTED_TRACKER: { status: 409, title: "Restricted incidents stay in Muster" },
  TRACKER_NOT_CONFIGURED: { status: 409, title: "No tracker configured" },
  CHANNEL_STATE: { status: 409, title: "The channel is not in a state that allows this" },
  NOT_AN_AUDIENCE: { status: 422, title: "Not an audience of this incident" },
  NOT_COMMS: { status: 403, title: "Not speaking for this audience" },
  UPDATE_NOT_FOUND: { status: 404, title: "Update not found" },
  UPDATE_NOT_PENDING: { status: 409, title: "Update not awaiting approval" },
  QUESTION_NOT_FOUND: { status: 404, title: "Question not found" },
  ALREADY_ANSWERED: { status: 409, title: "Question already answered" },
  PUBLIC_RESTRICTED: { status: 409, title: "Restricted incidents are never public" },
  UNKNOWN_GROUP: { status: 422, title: "Unknown stakeholder group" },
  QUESTION_BACKLOG: { status: 429, title: "Too many unanswered questions" },
  NOT_A_DRILL: { status: 409, title: "Not a drill" },
} as const satisfies Record<string, { status: number; title: string }>;

export type DomainErrorCode = keyof typeof domainErrorCatalogue;

/** A rule of the domain refused a command; `field` names the input at fault, if any. */
export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly field: string | undefined;
  readonly status: number;
  readonly title: string;

  constructor(code: DomainErrorCode, detail: string, field?: string) {
    super(detail);
    this.name = "DomainError";
    this.code = code;
    this.field = field;
    this.status = domainErrorCatalogue[code].status;
    this.title = domainErrorCatalogue[code].title;
  }
}

/** Throws a DomainError unless the condition holds (an assertion that narrows). */
export function ensure(
  condition: unknown,
  code: DomainErrorCode,
  detail: string,
  field?: string,
): asserts condition {
  if (!condition) {
    throw new DomainError(code, detail, field);
  }
}

/**
 * The one answer for an incident that does not exist and for one the caller may not see. It
 * names neither the reference nor anything else, so the two are byte-identical: an outsider
 * cannot tell that a restricted incident exists.
 */
export function incidentNotFound(): DomainError {
  return new DomainError(
    "INCIDENT_NOT_FOUND",
    "No incident you can see has that number or id; check the reference, or ask its Incident Commander to check you in.",
  );
}
