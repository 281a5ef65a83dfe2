import type { Handle } from "../../../domain/events.js";

/** One alert as an incident shows it (the newest of a group's alerts). */
export type AlertLine = {
  fingerprint: string;
  name: string;
  summary: string;
  status: "firing" | "resolved";
  startsAt: string;
  endsAt: string | null;
  url: string | null;
};

/** An alert group as an incident tracks it: its counts and its newest alerts. */
export type AlertGroupView = {
  id: string;
  source: string;
  title: string;
  status: "firing" | "resolved";
  firing: number;
  resolved: number;
  /** When its first alert started: the detection time of an incident it opens. */
  firstAt: string;
  lastAt: string;
  /** The labels every alert of the group shares (severity, service, team…). */
  labels: Record<string, string>;
  alerts: AlertLine[];
};

/** An alert group attached to an incident, with the page its attachment sent, if any. */
export type AttachedAlerts = AlertGroupView & { attachedAt: string; attachedBy: Handle; page?: string };

/** A page sent when a group is first attached: a team, along its escalation list or all at once. */
export type AlertPage = {
  team: string;
  escalation: Handle[];
  all: boolean;
  ackMinutes: number;
  /** Who on the list came from a schedule, and which (resolved when the alert arrived). */
  onCall?: { person: Handle; schedule: string }[] | undefined;
};

/** The commands of the alerts capability. */
export type AlertCommand = {
  type: "record-alerts";
  group: AlertGroupView;
  /** Only on the first attachment: who to page and who to tell. */
  page?: AlertPage | undefined;
  notify?: { people: Handle[]; teams: string[] } | undefined;
};

/** The events of the alerts capability. */
export type AlertEvent =
  | { type: "alerts.attached"; data: { group: AlertGroupView; page?: string } }
  | { type: "alerts.changed"; data: { group: AlertGroupView } };

export const ALERT_EVENT_TYPES = [
  "alerts.attached",
  "alerts.changed",
] as const satisfies readonly AlertEvent["type"][];

/** How many of a group's alerts an incident keeps in view (a storm keeps its counts, not every alert). */
export const ALERTS_IN_VIEW = 20;

/** Whether two views of a group differ in anything a responder would notice. */
export function alertsChanged(before: AlertGroupView, after: AlertGroupView): boolean {
  if (
    before.status !== after.status ||
    before.firing !== after.firing ||
    before.resolved !== after.resolved
  ) {
    return true;
  }
  const seen = new Map(before.alerts.map((a) => [a.fingerprint, a.status]));
  return after.alerts.some((a) => seen.get(a.fingerprint) !== a.status);
}
