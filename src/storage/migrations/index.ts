import type { Migration, MigrationProvider } from "kysely";
import * as createIncidentLog from "./2026_11_23_2100_create_incident_log.js";
import * as createChecklistTemplates from "./2026_11_23_2200_create_checklist_templates.js";
import * as createTimers from "./2026_11_23_2300_create_timers.js";
import * as createOutbox from "./2026_11_23_2330_create_outbox.js";
import * as createTeams from "./2026_11_23_2345_create_teams.js";
import * as createConsumers from "./2026_12_01_2200_create_consumers.js";
import * as createPostmortems from "./2026_12_02_0600_create_postmortems.js";
import * as createIncidentMetrics from "./2026_12_02_0800_create_incident_metrics.js";
import * as tokenLifecycle from "./2026_12_02_0900_token_lifecycle.js";
import * as createAuditLog from "./2026_12_02_0930_create_audit_log.js";
import * as userDeactivation from "./2026_12_02_1000_user_deactivation.js";
import * as rolesAndSessions from "./2026_12_03_0900_roles_and_sessions.js";
import * as accessWindows from "./2026_12_03_1000_access_windows.js";
import * as stakeholdersAndStatus from "./2026_12_04_0900_stakeholders_and_status.js";
import * as alertIntake from "./2026_12_05_0900_alert_intake.js";
import * as chat from "./2026_12_06_0900_chat.js";
import * as schedules from "./2026_12_07_0900_schedules.js";
import * as drillScenarios from "./2026_12_08_0900_drill_scenarios.js";
import * as drillRuns from "./2026_12_09_0900_drill_runs.js";
import * as training from "./2026_12_10_0900_training.js";

/** Migrations are listed here (not discovered on disk) so the built package needs no globbing. */
export const migrationProvider: MigrationProvider = {
  getMigrations(): Promise<Record<string, Migration>> {
    return Promise.resolve({
      "2026_11_23_2100_create_incident_log": createIncidentLog,
      "2026_11_23_2200_create_checklist_templates": createChecklistTemplates,
      "2026_11_23_2300_create_timers": createTimers,
      "2026_11_23_2330_create_outbox": createOutbox,
      "2026_11_23_2345_create_teams": createTeams,
      "2026_12_01_2200_create_consumers": createConsumers,
      "2026_12_02_0600_create_postmortems": createPostmortems,
      "2026_12_02_0800_create_incident_metrics": createIncidentMetrics,
      "2026_12_02_0900_token_lifecycle": tokenLifecycle,
      "2026_12_02_0930_create_audit_log": createAuditLog,
      "2026_12_02_1000_user_deactivation": userDeactivation,
      "2026_12_03_0900_roles_and_sessions": rolesAndSessions,
      "2026_12_03_1000_access_windows": accessWindows,
      "2026_12_04_0900_stakeholders_and_status": stakeholdersAndStatus,
      "2026_12_05_0900_alert_intake": alertIntake,
      "2026_12_06_0900_chat": chat,
      "2026_12_07_0900_schedules": schedules,
      "2026_12_08_0900_drill_scenarios": drillScenarios,
      "2026_12_09_0900_drill_runs": drillRuns,
      "2026_12_10_0900_training": training,
    });
  },
};
