import { messageEvent } from "../../capabilities/floor/domain/index.js";
import { needsRaised } from "../../capabilities/needs/domain/index.js";
import { hasCommandAuthority, requireResponder } from "../authority.js";
import type { Command } from "../commands.js";
import { ensure } from "../errors.js";
import type { DomainEvent } from "../events.js";
import type { IncidentState } from "../state.js";
import { holdersOf, isActiveResponder } from "../state.js";
import { own } from "../own.js";

/** CAN reports, log entries, channel messages and decisions. */
export function decideReport(
  s: IncidentState,
  cmd: Extract<Command, { type: "report-can" | "log" | "post-message" | "decide" | "post-update" }>,
  actor: string,
  newId: () => string,
): DomainEvent[] {
  switch (cmd.type) {
    case "report-can":
      requireResponder(s, actor, "file a CAN report");
      return [
        {
          type: "can.reported",
          data: { conditions: cmd.conditions, actions: cmd.actions, needs: cmd.needs },
        },
        ...needsRaised(s, actor, cmd.needs, newId),
      ];
    case "log":
      requireResponder(s, actor, "write to the log");
      return [{ type: "log.entry", data: { text: cmd.text, key: cmd.key ?? false } }];
    case "post-message":
      // Anyone who can see the incident may speak; the channel marks those not checked in, and
      // quiet mode (or a stakeholder's question) sends it to the side thread instead.
      return [messageEvent(s, actor, cmd.text, cmd.via)];
    case "post-update": {
      const mayPost = hasCommandAuthority(s, actor) || holdersOf(s, "comms-lead").includes(actor);
      ensure(
        mayPost,
        "NOT_IN_COMMAND",
        "Only the Incident Commander, Deputy or Comms Lead posts updates on the cadence.",
      );
      return [{ type: "update.posted", data: { text: cmd.text } }];
    }
    case "decide": {
      requireResponder(s, actor, "record a decision");
      const decidedBy = cmd.decidedBy ?? actor;
      ensure(
        isActiveResponder(s, decidedBy),
        "NOT_CHECKED_IN",
        `${decidedBy} is not in the response; record decisions made by responders.`,
        "decidedBy",
      );
      const objectiveId = cmd.objectiveId ?? null;
      ensure(
        objectiveId === null || own(s.plan.objectives, objectiveId) !== undefined,
        "OBJECTIVE_NOT_FOUND",
        `There is no objective ${objectiveId ?? ""} in the current plan.`,
        "objectiveId",
      );
      return [
        {
          type: "decision.recorded",
          data: { decision: cmd.decision, rationale: cmd.rationale, decidedBy, objectiveId },
        },
      ];
    }
  }
}
