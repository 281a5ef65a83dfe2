import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { DomainError, incidentNotFound } from "../../domain/index.js";
import { caller, requireAdmin } from "../../http/auth.js";
import { HttpProblem } from "../../http/problem.js";
import { CommandOut } from "../../http/responses.js";
import { IncidentRef, Problem } from "../../http/schemas.js";
import type { Services } from "../../http/services.js";
import { runCommand } from "../../http/routes/incidents.js";
import { parseMatcher } from "./domain/rules.js";
import type { AlertRule } from "./domain/rules.js";
import type { AlertGroupRow } from "./store.js";
import type { AlertSource } from "./setup-store.js";
import {
  AlertGroupOut,
  AlertLineOut,
  RuleIn,
  RuleOut,
  RuleParams,
  SourceIn,
  SourceOut,
  SourceParams,
} from "./schemas.js";

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

function notFound(code: string, title: string, detail: string): HttpProblem {
  return new HttpProblem(404, code, title, detail);
}

function sourceOut(services: Services, s: AlertSource, secret?: string | null) {
  return {
    ...s,
    url: `${services.publicUrl ?? ""}/api/v1/alerts/${s.name}`,
    ...(secret ? { secret } : {}),
  };
}

/** Checks a rule against what exists: matchers parse, the severities and the teams and people are known. */
async function checkRule(services: Services, rule: AlertRule): Promise<void> {
  rule.match.forEach((text, i) => {
    const m = parseMatcher(text);
    if (typeof m === "string") throw new HttpProblem(422, "VALIDATION", "Invalid request", m, `match.${i}`);
  });
  const known = services.muster.config.severities.map((s) => s.level);
  for (const [field, level] of [
    ["severity", rule.severity],
    ...Object.values(rule.severityMap).map((v) => ["severityMap", v]),
  ] as const) {
    if (!known.includes(level)) {
      throw new DomainError(
        "UNKNOWN_SEVERITY",
        `"${level}" is not a severity here; use one of ${known.join(", ")}.`,
        field,
      );
    }
  }
  for (const team of [...(rule.page ? [rule.page.team] : []), ...rule.notify.teams]) {
    if (!(await services.teams.get(team))) {
      throw new HttpProblem(
        404,
        "TEAM_NOT_FOUND",
        "Team not found",
        `There is no team "${team}"; GET /api/v1/teams lists them.`,
        rule.page?.team === team ? "page.team" : "notify.teams",
      );
    }
  }
  for (const handle of rule.notify.people) {
    if (!(await services.users.byHandle(handle))) {
      throw new DomainError("UNKNOWN_PERSON", `Nobody is called "${handle}".`, "notify.people");
    }
  }
}

/** A group as the caller may see it: null when it is tracked by an incident hidden from them. */
async function groupOut(services: Services, request: FastifyRequest, g: AlertGroupRow) {
  const user = caller(request);
  let incident = null;
  if (g.incidentId) {
    const found = await services.reads.findVisible(g.incidentId, user);
    if (!found) {
      const exists = await services.reads.kindOf(g.incidentId);
      // Alerts attached to a restricted incident are part of it: they do not leak through this list.
      if (exists !== undefined) return null;
    } else {
      incident = { id: found.id, number: found.doc.number, name: found.doc.name, status: found.doc.status };
    }
  }
  const view = await services.alerts.view(g);
  return { ...view, groupKey: g.groupKey, received: g.received, incident, rule: g.rule, outcome: g.outcome };
}

/** Admin: alert sources and routing rules. Everyone signed in: alert groups; responders: attach them. */
export function alertRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["alerts"];

  r.get(
    "/alert-sources",
    {
      schema: {
        tags,
        summary: "Admin: alert sources (without their secrets)",
        response: { ...errors, 200: z.object({ sources: z.array(SourceOut) }) },
      },
    },
    async (request) => {
      requireAdmin(request);
      return { sources: (await services.alertSetup.sources()).map((s) => sourceOut(services, s)) };
    },
  );

  r.put(
    "/alert-sources/:name",
    {
      schema: {
        tags,
        summary:
          "Admin: create or change an alert source; a new source (or rotateSecret) gets a secret, shown once",
        params: SourceParams,
        body: SourceIn,
        response: { ...errors, 200: SourceOut, 201: SourceOut },
      },
    },
    async (request, reply) => {
      requireAdmin(request);
      const existed = (await services.alertSetup.source(request.params.name)) !== undefined;
      const { source, secret } = await services.alertSetup.putSource(
        {
          name: request.params.name,
          kind: request.body.kind,
          label: request.body.label ?? request.params.name,
        },
        request.body.rotateSecret,
        new Date(),
      );
      return reply.code(existed ? 200 : 201).send(sourceOut(services, source, secret));
    },
  );

  r.delete(
    "/alert-sources/:name",
    {
      schema: {
        tags,
        summary: "Admin: remove an alert source (its secret stops working; its alerts stay)",
        params: SourceParams,
        response: { ...errors, 204: z.null() },
      },
    },
    async (request, reply) => {
      requireAdmin(request);
      if (!(await services.alertSetup.deleteSource(request.params.name))) {
        throw notFound(
          "ALERT_SOURCE_NOT_FOUND",
          "Alert source not found",
          `There is no alert source "${request.params.name}".`,
        );
      }
      return reply.code(204).send(null);
    },
  );

  r.get(
    "/alert-rules",
    {
      schema: {
        tags,
        summary: "Routing rules, in the order they are tried",
        response: { ...errors, 200: z.object({ rules: z.array(RuleOut) }) },
      },
    },
    async () => ({ rules: await services.alertSetup.rules(true) }),
  );

  r.put(
    "/alert-rules/:name",
    {
      schema: {
        tags,
        summary: "Admin: create or replace a routing rule",
        params: RuleParams,
        body: RuleIn,
        response: { ...errors, 200: RuleOut },
      },
    },
    async (request) => {
      requireAdmin(request);
      const rule: AlertRule = {
        ...request.body,
        name: request.params.name,
        severity: request.body.severity ?? services.muster.config.defaultSeverity,
      };
      await checkRule(services, rule);
      await services.alertSetup.putRule(rule, new Date());
      return rule;
    },
  );

  r.delete(
    "/alert-rules/:name",
    {
      schema: {
        tags,
        summary: "Admin: remove a routing rule",
        params: RuleParams,
        response: { ...errors, 204: z.null() },
      },
    },
    async (request, reply) => {
      requireAdmin(request);
      if (!(await services.alertSetup.deleteRule(request.params.name))) {
        throw notFound(
          "ALERT_RULE_NOT_FOUND",
          "Alert rule not found",
          `There is no alert rule "${request.params.name}".`,
        );
      }
      return reply.code(204).send(null);
    },
  );

  r.get(
    "/alert-groups",
    {
      schema: {
        tags,
        summary: "Alert groups, newest activity first",
        querystring: z.object({
          status: z.enum(["firing", "resolved"]).optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
          before: z.iso.datetime().optional().describe("Page on: groups last active before this time"),
        }),
        response: { ...errors, 200: z.object({ groups: z.array(AlertGroupOut) }) },
      },
    },
    async (request) => {
      const rows = await services.alerts.groups(request.query);
      const groups = await Promise.all(rows.map((g) => groupOut(services, request, g)));
      return { groups: groups.filter((g) => g !== null) };
    },
  );

  const GroupParams = z.object({ id: z.uuid() });
  const visibleGroup = async (request: FastifyRequest, id: string) => {
    const g = await services.alerts.group(id);
    const out = g && (await groupOut(services, request, g));
    if (!g || !out) {
      throw notFound("ALERT_GROUP_NOT_FOUND", "Alert group not found", `There is no alert group ${id}.`);
    }
    return { g, out };
  };

  r.get(
    "/alert-groups/:id",
    {
      schema: {
        tags,
        summary: "One alert group with its alerts (firing first; up to 500)",
        params: GroupParams,
        response: {
          ...errors,
          200: AlertGroupOut.extend({
            all: z.array(
              AlertLineOut.extend({
                labels: z.record(z.string(), z.string()),
                annotations: z.record(z.string(), z.string()),
                received: z.number(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const { g, out } = await visibleGroup(request, request.params.id);
      const all = await services.alerts.alerts(g.id, 500);
      return { ...out, all };
    },
  );

  r.post(
    "/alert-groups/:id/incident",
    {
      schema: {
        tags,
        summary: "Attach an alert group to an incident (its alerts then go there as they change)",
        params: GroupParams,
        body: z.strictObject({ incident: IncidentRef.shape.ref }),
        response: { ...errors, 200: CommandOut },
      },
    },
    async (request) => {
      const { g } = await visibleGroup(request, request.params.id);
      const found = await services.reads.findVisible(request.body.incident, caller(request));
      if (!found) {
        throw incidentNotFound();
      }
      const view = await services.alerts.view(g);
      const body = await runCommand(services, request, found.id, { type: "record-alerts", group: view });
      await services.alerts.attach(g.id, found.id);
      return body;
    },
  );
}
