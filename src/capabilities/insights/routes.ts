import { stringify } from "csv-stringify/sync";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { DomainError } from "../../domain/index.js";
import { caller } from "../../http/auth.js";
import { IncidentRef, Problem } from "../../http/schemas.js";
import type { Services } from "../../http/services.js";
import { visibleIncident } from "../../http/routes/incidents.js";
import { incidentTable, weekTable } from "./domain/index.js";
import { ExportQuery, IncidentInsightsOut, InsightsOut, PeriodQuery } from "./schemas.js";
import type { Period } from "./service.js";

const DAY_MS = 86_400_000;
const MAX_DAYS = 732;
const errors = { 401: Problem, 404: Problem, 422: Problem };

/** The period a query asks for: 90 days up to now unless told, at most two years. */
export function periodOf(q: z.infer<typeof PeriodQuery>, now: Date): Period {
  const to = q.to ? new Date(q.to) : now;
  const from = q.from ? new Date(q.from) : new Date(to.getTime() - 90 * DAY_MS);
  if (from.getTime() >= to.getTime()) {
    throw new DomainError("INVALID_TIME", "`from` must be before `to`.", "from");
  }
  if (to.getTime() - from.getTime() > MAX_DAYS * DAY_MS) {
    throw new DomainError("INVALID_TIME", "A period spans at most two years; narrow `from` or `to`.", "from");
  }
  return { from, to, drills: q.drills === "true" };
}

/** Insights: MTTx and discipline figures per incident and over a period, as JSON and CSV. */
export function insightRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["insights"];

  r.get(
    "/insights",
    {
      schema: {
        tags,
        summary: "Insights over the ended incidents declared in a period (drills left out unless asked)",
        querystring: PeriodQuery,
        response: { ...errors, 200: InsightsOut },
      },
    },
    async (request) => services.insights.report(caller(request), periodOf(request.query, new Date())),
  );

  r.get(
    "/insights/export",
    {
      schema: {
        tags,
        summary: "Insights as CSV: one row per incident, or per week and severity",
        querystring: ExportQuery,
        response: { ...errors, 200: z.string().describe("text/csv") },
      },
    },
    async (request, reply) => {
      const period = periodOf(request.query, new Date());
      const table =
        request.query.table === "weeks"
          ? weekTable(await services.insights.report(caller(request), period))
          : incidentTable(await services.insights.rows(caller(request), period));
      const name = `muster-insights-${request.query.table}-${period.from.toISOString().slice(0, 10)}`;
      // escape_formulas: a name such as "=HYPERLINK(…)" must not run in a spreadsheet.
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="${name}.csv"`)
        .send(stringify(table, { escape_formulas: true }));
    },
  );

  r.get(
    "/incidents/:ref/insights",
    {
      schema: {
        tags,
        summary: "One incident's figures, computed from its record now",
        params: IncidentRef,
        response: { ...errors, 200: IncidentInsightsOut },
      },
    },
    async (request) => {
      const found = await visibleIncident(services, request, request.params.ref);
      const row = await services.insights.incident(found.id);
      if (!row) throw new DomainError("INCIDENT_NOT_FOUND", "No incident you can see has that number or id.");
      return { ...row.metrics, postmortem: row.postmortem };
    },
  );
}
