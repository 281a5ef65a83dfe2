import type { DeclareCommand } from "../commands.js";
import type { DomainConfig } from "../config.js";
import { periodMinutesFor } from "../config.js";
import { ensure } from "../errors.js";
import type { DomainEvent, Handle } from "../events.js";
import { generateCodename } from "../codename.js";
import { assertSeverity } from "./lifecycle.js";
import { checkLinks } from "./links.js";
import { PUBLIC_AUDIENCE } from "../../capabilities/comms/domain/model.js";

export type DeclareContext = {
  actor: Handle;
  now: Date;
  config: DomainConfig;
  id: string;
  number: number;
  /** Names of incidents that have not ended: a name must be unique among them. */
  openNames: string[];
};

/** Declaring: the declarer is IC unless they name a commander or declare as Tech Lead. */
export function decideDeclare(cmd: DeclareCommand, ctx: DeclareContext): DomainEvent[] {
  const severity = cmd.severity ?? ctx.config.defaultSeverity;
  assertSeverity(severity, ctx.config);
  const wanted = cmd.name?.trim();
  const name = wanted || generateCodename(ctx.number, ctx.now.getUTCFullYear(), ctx.openNames);
  ensure(
    !ctx.openNames.some((n) => n.toLowerCase() === name.toLowerCase()),
    "NAME_TAKEN",
    `An open incident is already called "${name}"; choose another name or leave it out to get a codename.`,
    "name",
  );
  const declarerRole = cmd.automatic
    ? null
    : (cmd.declarerRole ?? (cmd.commander ? null : "incident-commander"));
  const commander = cmd.commander ?? (declarerRole === "incident-commander" ? ctx.actor : null);
  ensure(
    !(declarerRole === "tech-lead" && commander === ctx.actor),
    "INVALID_ROLE",
    "You cannot declare as Tech Lead and name yourself commander; leave out one of them.",
    "commander",
  );
  const links = checkLinks(cmd.links ?? []);
  const stakeholders = cmd.stakeholders ?? [];
  ensure(
    cmd.visibility !== "restricted" || !stakeholders.some((a) => a.name === PUBLIC_AUDIENCE),
    "PUBLIC_RESTRICTED",
    "A restricted incident never appears on the public status page; leave out the public audience.",
    "audiences",
  );
  const detectedAt = checkDetectedAt(cmd.detectedAt, ctx.now);
  return [
    {
      type: "incident.declared",
      data: {
        id: ctx.id,
        number: ctx.number,
        name,
        synopsis: cmd.synopsis,
        severity,
        kind: cmd.kind ?? "real",
        visibility: cmd.visibility ?? "open",
        commander: declarerRole === "incident-commander" ? ctx.actor : commander,
        declarerRole,
        audience: [...new Set(cmd.audience ?? [])].filter((h) => h !== ctx.actor),
        ...(cmd.umbrella ? { umbrella: true } : {}),
        ...(cmd.automatic ? { automatic: true } : {}),
        ...(detectedAt ? { detectedAt } : {}),
        periodEndsAt: new Date(
          ctx.now.getTime() + periodMinutesFor(ctx.config, severity) * 60_000,
        ).toISOString(),
      },
    },
    ...(links.length > 0 ? [{ type: "incident.links-set" as const, data: { links } }] : []),
    ...(stakeholders.length > 0
      ? [{ type: "comms.audiences-set" as const, data: { audiences: stakeholders } }]
      : []),
  ];
}

/** A detection time must be a real time, and not after the declaration. */
function checkDetectedAt(at: string | undefined, now: Date): string | null {
  if (at === undefined) return null;
  const ms = Date.parse(at);
  ensure(
    Number.isFinite(ms) && ms <= now.getTime(),
    "INVALID_TIME",
    "detectedAt must be an ISO 8601 time no later than now: when the problem was first noticed.",
    "detectedAt",
  );
  return new Date(ms).toISOString();
}
