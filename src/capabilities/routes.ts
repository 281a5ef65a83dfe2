import type { FastifyInstance } from "fastify";
import type { Services } from "../http/services.js";
import { changeRoutes } from "./changes/routes.js";
import { checklistRoutes } from "./checklists/routes.js";
import { dispatchRoutes } from "./dispatch/routes.js";
import { floorRoutes } from "./floor/routes.js";
import { accessRoutes } from "./access/routes.js";
import { needRoutes } from "./needs/routes.js";
import { relationRoutes } from "./relations/routes.js";
import { postmortemRoutes } from "./postmortems/routes.js";
import { followUpRoutes } from "./followups/routes.js";
import { insightRoutes } from "./insights/routes.js";
import { githubWebhookRoutes } from "./followups/trackers/webhook.js";
import { commsRoutes } from "./comms/routes.js";
import { statusComponentRoutes } from "./status-page/routes.js";
import { alertRoutes } from "./alerts/routes.js";
import { alertIntakeRoutes } from "./alerts/intake-routes.js";
import { chatRoutes } from "./chat/routes.js";
import { scheduleRoutes } from "./schedules/routes.js";
import { drillRoutes } from "./drills/routes.js";
import { runRoutes } from "./drills/run-routes.js";
import { trainingRoutes } from "./training/routes.js";
import { calendarFeedRoutes } from "./schedules/calendar-routes.js";
import { slackRoutes } from "./chat/slack/routes.js";
import { mattermostRoutes } from "./chat/mattermost/routes.js";

/** One line per capability: its HTTP routes, registered under /api/v1. */
const capabilityRoutes: ((app: FastifyInstance, services: Services) => void)[] = [
  checklistRoutes,
  changeRoutes,
  dispatchRoutes,
  needRoutes,
  floorRoutes,
  accessRoutes,
  relationRoutes,
  postmortemRoutes,
  followUpRoutes,
  insightRoutes,
  commsRoutes,
  statusComponentRoutes,
  alertRoutes,
  chatRoutes,
  scheduleRoutes,
  drillRoutes,
  runRoutes,
  trainingRoutes,
];

/** Registers every capability's routes. */
export function registerCapabilityRoutes(app: FastifyInstance, services: Services): void {
  for (const routes of capabilityRoutes) routes(app, services);
}

/**
 * Routes that outside systems call without a Muster token (each verifies its own signature:
 * webhooks, alert sources, calendar apps following a signed feed address),
 * registered under /api/v1 in a scope of their own, outside the bearer-token check.
 */
export function registerIntegrationRoutes(app: FastifyInstance, services: Services): void {
  githubWebhookRoutes(app, services);
  alertIntakeRoutes(app, services);
  calendarFeedRoutes(app, services);
}

/**
 * Slack's endpoints, at the paths its app manifest names (outside /api/v1), each verifying
 * Slack's signature.
 */
export function registerSlackRoutes(app: FastifyInstance, services: Services): void {
  slackRoutes(app, services);
}

/** Mattermost's endpoints, in a scope of their own (each platform parses its bodies raw). */
export function registerMattermostRoutes(app: FastifyInstance, services: Services): void {
  mattermostRoutes(app, services);
}
