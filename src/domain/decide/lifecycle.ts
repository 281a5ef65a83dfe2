import { requireCommand } from "../authority.js";
import type { Command } from "../commands.js";
import type { DomainConfig } from "../config.js";
import { DomainError, ensure } from "../errors.js";
import type { DomainEvent, IncidentStatus } from "../events.js";
import type { IncidentState } from "../state.js";
import { activeResponders, holdersOf } from "../state.js";

import { windDown } from "./ending.js";

/** The status transitions: active ⇄ stable → ended, and ended → active (a reopen). */
export const ALLOWED_TRANSITIONS: Record<IncidentStatus, IncidentStatus[]> = {
  active: ["stable", "ended"],
  stable: ["active", "ended"],
  ended: ["active"],
};

/** Status changes: active ⇄ stable → ended; ended → active is a reopen and needs a reason. */
export function decideStatus(
  s: IncidentState,
  cmd: Extract<Command, { type: "set-status" }>,
  actor: string,
  isAdmin: boolean,
): DomainEvent[] {
  const from = s.status;
  const to = cmd.status;
  if (!ALLOWED_TRANSITIONS[from].includes(to)) {
    throw new DomainError(
      "INVALID_TRANSITION",
      from === to
        ? `${s.name} is already ${to}.`
        : `${s.name} cannot go from ${from} to ${to}; allowed: ${ALLOWED_TRANSITIONS[from].join(", ")}.`,
      "status",
    );
  }
  if (!(isAdmin && from === "ended")) {
    requireCommand(s, actor, from === "ended" ? "reopen the incident" : `mark it ${to}`);
  }
  const summary = cmd.summary?.trim() ?? "";
  const reason = cmd.reason?.trim() ?? "";
  ensure(
    to !== "ended" || summary !== "",
    "SUMMARY_REQUIRED",
    "Ending an incident needs a summary: what happened, the impact, and what is left to do.",
    "summary",
  );
  ensure(
    from !== "ended" || reason !== "",
    "REASON_REQUIRED",
    "Reopening an ended incident needs a reason.",
    "reason",
  );
  return [
    ...(to === "ended" ? windDown(s, cmd.confirm ?? false) : []),
    {
      type: "incident.status-changed",
      data: {
        from,
        to,
        summary: summary || null,
        reason: reason || null,
        ...(to === "ended" ? { released: activeResponders(s) } : {}),
      },
    },
  ];
}

/** Synopsis, severity, impact estimate, ETA. */
export function decideUpdate(
  s: IncidentState,
  cmd: Extract<Command, { type: "update" }>,
  actor: string,
  config: DomainConfig,
): DomainEvent[] {
  const onlyImpactOrEta = cmd.synopsis === undefined && cmd.severity === undefined;
  if (!(onlyImpactOrEta && holdersOf(s, "comms-lead").includes(actor))) {
    requireCommand(s, actor, "change the incident's details");
  }
  if (cmd.severity !== undefined) {
    assertSeverity(cmd.severity, config);
  }
  const data: Extract<DomainEvent, { type: "incident.updated" }>["data"] = {};
  if (cmd.synopsis !== undefined && cmd.synopsis !== s.synopsis) data.synopsis = cmd.synopsis;
  if (cmd.severity !== undefined && cmd.severity !== s.severity) data.severity = cmd.severity;
  if (cmd.impact !== undefined && cmd.impact !== s.impact) data.impact = cmd.impact;
  if (cmd.eta !== undefined && cmd.eta !== s.eta) data.eta = cmd.eta;
  ensure(
    Object.keys(data).length > 0,
    "NOTHING_TO_UPDATE",
    "Give at least one of synopsis, severity, impact or eta that differs from the current value.",
  );
  if (cmd.reason !== undefined && cmd.reason.trim() !== "") data.reason = cmd.reason.trim();
  return [{ type: "incident.updated", data }];
}

/** Throws UNKNOWN_SEVERITY unless the level is configured. */
export function assertSeverity(level: string, config: DomainConfig): void {
  const levels = config.severities.map((s) => s.level);
  ensure(
    levels.includes(level),
    "UNKNOWN_SEVERITY",
    `"${level}" is not a severity here; use one of ${levels.join(", ")}.`,
    "severity",
  );
}
