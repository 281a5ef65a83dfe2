import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { roleCatalogue } from "../../domain/index.js";
import { ConfigOut } from "../responses.js";
import type { Services } from "../services.js";

/** What clients must not hard-code: severities, kinds, roles, cadences, limits. */
export function configRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/config",
    {
      schema: {
        tags: ["operations"],
        summary: "The deployment's severities, kinds, role catalogue, cadences and limits",
        response: { 200: ConfigOut },
      },
    },
    async () => {
      const c = services.muster.config;
      return {
        severities: c.severities,
        defaultSeverity: c.defaultSeverity,
        kinds: ["real" as const, "drill" as const, "planned" as const],
        visibilities: ["open" as const, "restricted" as const],
        statuses: ["active" as const, "stable" as const, "ended" as const],
        roles: roleCatalogue(),
        spanOfControlMax: c.spanOfControlMax,
        updateCadenceMinutes: c.updateCadenceMinutes,
        periodMinutes: c.periodMinutes,
        objectionWindowSeconds: c.objectionWindowSeconds,
        reminderLeadMinutes: c.reminderLeadMinutes,
        transferReminderMinutes: c.transferReminderMinutes,
        longShiftHours: c.longShiftHours,
        tracker: services.tracker
          ? {
              provider: services.tracker.provider,
              repository: services.tracker.repository,
              sync: services.tracker.mode,
            }
          : null,
      };
    },
  );
}
