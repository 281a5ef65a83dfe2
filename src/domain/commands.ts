import type { Handle, IncidentLink, MessageVia, IncidentStatus, Kind, Visibility } from "./events.js";
import type { CapabilityCommand } from "../capabilities/events.js";
import type { RoleKey } from "./roles.js";
import type { Audience } from "../capabilities/comms/domain/model.js";

/** Declaring is separate from other commands: there is no state yet. */
export type DeclareCommand = {
  name?: string | undefined;
  synopsis: string;
  severity?: string | undefined;
  kind?: Kind | undefined;
  visibility?: Visibility | undefined;
  commander?: Handle | undefined;
  /** "tech-lead": the declarer works the problem and the IC position is left to be filled. */
  declarerRole?: "incident-commander" | "tech-lead" | undefined;
  /** People to tell of the declaration (teams resolved to people by the caller). */
  audience?: Handle[] | undefined;
  /** Where the response lives: chat channel, bridge, documents, dashboards. */
  links?: IncidentLink[] | undefined;
  /** An umbrella incident: its IC coordinates several incidents, each sending a Liaison. */
  umbrella?: boolean | undefined;
  /** When the problem was first noticed (an alert, a customer), if before the declaration. */
  detectedAt?: string | undefined;
  /** Opened by alert routing: the declarer (the system) takes no part, and the IC seat waits to be filled. */
  automatic?: boolean | undefined;
  /** Stakeholder audiences named at declaration (groups resolved by the caller). */
  stakeholders?: Audience[] | undefined;
};

/** Every command on an existing incident. */
export type Command =
  | {
      type: "update";
      synopsis?: string | undefined;
      severity?: string | undefined;
      impact?: string | null | undefined;
      eta?: string | null | undefined;
      reason?: string | undefined;
    }
  | {
      type: "set-status";
      status: IncidentStatus;
      summary?: string | undefined;
      reason?: string | undefined;
      /** Ending with work in flight closes it on the record: say so. */
      confirm?: boolean | undefined;
    }
  | { type: "check-in"; person: Handle; skills?: string[] | undefined; note?: string | undefined }
  | {
      type: "assign";
      person: Handle;
      supervisor?: Handle | null | undefined;
      role?: RoleKey | undefined;
      group?: string | undefined;
    }
  | { type: "move"; person: Handle; supervisor: Handle | null }
  | { type: "release"; person: Handle; reason?: string | undefined }
  | { type: "fill-role"; role: RoleKey; person: Handle }
  | { type: "form-group"; group: string; lead: Handle; supervisor?: Handle | null | undefined }
  | { type: "move-group"; group: string; supervisor: Handle | null }
  | { type: "offer-transfer"; role: RoleKey; to: Handle; notes: string }
  | { type: "accept-transfer"; id: string }
  | { type: "decline-transfer"; id: string; reason?: string | undefined }
  | { type: "withdraw-transfer"; id: string; reason?: string | undefined }
  | { type: "set-links"; links: IncidentLink[] }
  | { type: "assume-command"; reason: string }
  | { type: "designate-successor"; person: Handle | null }
  | { type: "step-away"; until: string; notes?: string | undefined }
  | { type: "resume-command" }
  | { type: "report-can"; conditions: string; actions: string; needs: string }
  | { type: "log"; text: string; key?: boolean | undefined }
  | { type: "post-message"; text: string; via?: MessageVia | undefined }
  | { type: "post-update"; text: string }
  | {
      type: "decide";
      decision: string;
      rationale: string;
      decidedBy?: Handle | undefined;
      objectiveId?: string | undefined;
    }
  | { type: "start-period"; minutes?: number | undefined }
  | { type: "set-objective"; text: string; owner: Handle }
  | {
      type: "update-objective";
      id: string;
      text?: string | undefined;
      owner?: Handle | undefined;
      state?: "open" | "achieved" | "dropped" | undefined;
    }
  | {
      type: "assign-task";
      assignee: Handle;
      task: string;
      timeBoxMinutes: number;
      objectiveId?: string | null | undefined;
    }
  | { type: "ack-task"; id: string }
  | {
      type: "report-task";
      id: string;
      note: string;
      done?: boolean | undefined;
      extendMinutes?: number | undefined;
    }
  | { type: "cancel-task"; id: string; reason?: string | undefined }
  | CapabilityCommand;

export type CommandType = Command["type"];
