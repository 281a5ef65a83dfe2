import type { CapabilityDomain } from "../../../domain/capability.js";
import { decideAlerts } from "./decide.js";
import { describeAlerts, foldAlerts } from "./fold.js";
import type { AlertCommand, AlertEvent } from "./model.js";
import { ALERT_EVENT_TYPES } from "./model.js";

export * from "./model.js";
export { ROUTER } from "./decide.js";

/**
 * Alerts on an incident: the alert groups it tracks (attached when routing opens the incident
 * or by hand), with their counts and newest alerts, changing as the source reports.
 */
export const alertsDomain = {
  name: "alerts",
  eventTypes: ALERT_EVENT_TYPES,
  decide: decideAlerts,
  fold: foldAlerts,
  describe: describeAlerts,
} satisfies CapabilityDomain<AlertCommand, AlertEvent>;
