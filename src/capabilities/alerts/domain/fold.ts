import type { CapabilityDomain } from "../../../domain/capability.js";
import type { AlertCommand, AlertEvent, AlertGroupView } from "./model.js";

type Domain = CapabilityDomain<AlertCommand, AlertEvent>;

function counts(g: AlertGroupView): string {
  const parts = [`${g.firing} firing`];
  if (g.resolved > 0) parts.push(`${g.resolved} resolved`);
  return parts.join(", ");
}

/** Folds alert events into state. */
export const foldAlerts: Domain["fold"] = {
  "alerts.attached": (s, e) => {
    s.alerts[e.data.group.id] = {
      ...e.data.group,
      attachedAt: e.at,
      attachedBy: e.actor,
      ...(e.data.page ? { page: e.data.page } : {}),
    };
  },
  "alerts.changed": (s, e) => {
    const before = s.alerts[e.data.group.id];
    if (before) s.alerts[e.data.group.id] = { ...before, ...e.data.group };
  },
};

/** One line per alert event, for the timeline and notices. */
export const describeAlerts: Domain["describe"] = {
  "alerts.attached": (e, who) =>
    `${who} attached alerts from ${e.data.group.source}: ${e.data.group.title} (${counts(e.data.group)})`,
  "alerts.changed": (e) =>
    e.data.group.status === "resolved"
      ? `alerts resolved: ${e.data.group.title} (${counts(e.data.group)})`
      : `alerts: ${e.data.group.title} (${counts(e.data.group)})`,
};
