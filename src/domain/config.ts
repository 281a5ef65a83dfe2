/** A severity level and what it means, shown beside the choice when declaring. */
export type SeverityDefinition = { level: string; definition: string; response: string };

/** Settings the domain rules depend on; adapters load them from configuration. */
export type DomainConfig = {
  severities: SeverityDefinition[];
  defaultSeverity: string;
  /** Warn when a node has more direct reports than this. */
  spanOfControlMax: number;
  /** Operational period length per severity level, in minutes (unknown levels: the longest). */
  periodMinutes: Record<string, number>;
  /** How long responders may object to a low or medium risk change; high risk needs clearance. */
  objectionWindowSeconds: { low: number; medium: number };
  /** How often an update is due per severity level, in minutes (unknown levels: the longest). */
  updateCadenceMinutes: Record<string, number>;
  /** Remind the IC and Comms Lead this many minutes before an update is due. */
  reminderLeadMinutes: number;
  /** Remind both sides of a handover offer still unanswered after this many minutes. */
  transferReminderMinutes: number;
  /** Suggest a handover once an IC has held command this many hours. */
  longShiftHours: number;
  /**
   * How long people paged or checked in keep seeing a restricted incident after they are no
   * longer involved (released, the page over, the incident ended); explicit grants last.
   */
  accessGraceHours: number;
};

/** The update cadence for a severity. */
export function cadenceMinutesFor(config: DomainConfig, severity: string): number {
  return config.updateCadenceMinutes[severity] ?? Math.max(30, ...Object.values(config.updateCadenceMinutes));
}

/** The operational period length for a severity. */
export function periodMinutesFor(config: DomainConfig, severity: string): number {
  return config.periodMinutes[severity] ?? Math.max(60, ...Object.values(config.periodMinutes));
}

/** Default severities, paraphrased from the reference (PagerDuty's levels). */
export const defaultSeverities: SeverityDefinition[] = [
  {
    level: "SEV1",
    definition: "Large-scale customer impact, an SLA-breaking impairment, or customer data exposed.",
    response: "Major incident: page an IC, notify stakeholders, post publicly.",
  },
  {
    level: "SEV2",
    definition:
      "Core functions unavailable or badly degraded for many customers, or their monitoring impaired.",
    response: "Major incident: page an IC.",
  },
  {
    level: "SEV3",
    definition: "Minor customer impact or a stability risk likely to become SEV2; lost redundancy.",
    response: "High-urgency page to the owning team.",
  },
  {
    level: "SEV4",
    definition: "Needs action but customers can use the service (a delay, a single host).",
    response: "Low-urgency page.",
  },
];

export const defaultDomainConfig: DomainConfig = {
  severities: defaultSeverities,
  // When unsure, pick the higher: an unspecified severity is a major incident.
  defaultSeverity: "SEV2",
  spanOfControlMax: 7,
  periodMinutes: { SEV1: 120, SEV2: 240, SEV3: 480, SEV4: 1440 },
  objectionWindowSeconds: { low: 60, medium: 180 },
  updateCadenceMinutes: { SEV1: 30, SEV2: 60, SEV3: 240, SEV4: 1440 },
  reminderLeadMinutes: 5,
  transferReminderMinutes: 5,
  longShiftHours: 4,
  accessGraceHours: 336,
};
