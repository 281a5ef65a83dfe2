import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { caller } from "../../http/auth.js";
import { HttpProblem } from "../../http/problem.js";
import { IncidentRef, Problem } from "../../http/schemas.js";
import type { Services } from "../../http/services.js";
import { visibleIncident } from "../../http/routes/incidents.js";
import { renderPracticeMarkdown } from "./domain/report.js";
import { scenarioJsonSchema } from "./domain/scenario.js";
import { earlierRuns, scoreRecord, startOf } from "./report.js";
import type { Parsed } from "./library.js";
import type { Entry } from "./library.js";
import { parseScenario, scenarioLibrary, shippedScenarios } from "./library.js";

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const Params = z.object({ id: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, "a scenario's id") });
const SourceIn = z.strictObject({
  source: z
    .string()
    .min(1)
    .max(200_000)
    .describe("The scenario as YAML or JSON text (docs/drill-scenario.schema.json)"),
});
const Issue = z.object({ path: z.string(), message: z.string() });
const Summary = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  severity: z.string(),
  duration: z.string(),
  roles: z.array(z.string()),
  injects: z.number().int(),
  origin: z.enum(["shipped", "team"]).describe("Shipped with Muster (read-only), or written by the team"),
});
const PracticeOut = z.object({
  id: z.string(),
  title: z.string(),
  verdict: z.enum(["kept", "partly", "missed", "not-tested"]),
  points: z.number().nullable(),
  finding: z.string(),
  lesson: z.string(),
  evidence: z.array(z.number().int()).describe("Sequence numbers of the events the finding rests on"),
});
const EarlierOut = z.object({
  run: z.string(),
  incident: z.number().int(),
  startedAt: z.string(),
  score: z.number().nullable(),
  passed: z.boolean(),
  verdicts: z.record(z.string(), z.string()).describe("Each practice's verdict then, by practice id"),
});
const ReportOut = z.object({
  incident: z.object({ number: z.number().int(), name: z.string(), kind: z.string() }),
  drill: z
    .object({
      run: z.string(),
      scenario: z.string(),
      title: z.string(),
      earlier: z.array(EarlierOut).describe("The team's earlier runs of the same scenario, newest first"),
    })
    .nullable()
    .describe("The drill run this incident was (null: not a run of a scenario)"),
  start: z.string().describe("Detection, else declaration: the clock for 'how soon'"),
  score: z.number().nullable().describe("Share of points over the practices tested (0–1)"),
  passMark: z.number(),
  passed: z.boolean(),
  practices: z.array(PracticeOut),
});

function summary(e: Entry) {
  const s = e.scenario;
  return {
    id: s.id,
    title: s.title,
    summary: s.summary,
    severity: s.severity,
    duration: s.duration,
    roles: s.roles,
    injects: s.injects.length,
    origin: e.origin,
  };
}

function library(services: Services): Promise<Entry[]> {
  return scenarioLibrary(services.scenarios);
}

function refused(parsed: Parsed & { scenario: null }): HttpProblem {
  const [first, ...rest] = parsed.issues;
  const more = rest.length
    ? ` (and ${String(rest.length)} more; POST /api/v1/drill-scenarios/check lists them all)`
    : "";
  return new HttpProblem(
    422,
    "INVALID_SCENARIO",
    "Invalid scenario",
    `${first?.path ? `${first.path}: ` : ""}${first?.message ?? "not a scenario"}${more}`,
    first?.path || "source",
  );
}

/** Drill scenarios (the library, authoring, import and export) and practice reports. */
export function drillRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["drills"];

  r.get(
    "/drill-scenarios",
    {
      schema: {
        tags,
        summary: "Drill scenarios: shipped with Muster and the team's own",
        response: { ...errors, 200: z.object({ scenarios: z.array(Summary) }) },
      },
    },
    async () => ({ scenarios: (await library(services)).map(summary) }),
  );

  r.get(
    "/drill-scenarios/schema",
    {
      schema: {
        tags,
        summary: "The JSON Schema of a scenario file",
        response: { 200: z.record(z.string(), z.unknown()) },
      },
    },
    async () => scenarioJsonSchema(),
  );

  r.post(
    "/drill-scenarios/check",
    {
      schema: {
        tags,
        summary: "Check a scenario's text without saving it: every problem, each at its path",
        body: SourceIn,
        response: {
          ...errors,
          200: z.object({ valid: z.boolean(), issues: z.array(Issue), scenario: Summary.nullable() }),
        },
      },
    },
    async (request) => {
      const parsed = parseScenario(request.body.source);
      return {
        valid: parsed.scenario !== null,
        issues: parsed.issues,
        scenario: parsed.scenario ? summary({ scenario: parsed.scenario, source: "", origin: "team" }) : null,
      };
    },
  );

  r.get(
    "/drill-scenarios/:id",
    {
      schema: {
        tags,
        summary: "A scenario (Accept: application/yaml exports the file as written)",
        params: Params,
        response: {
          ...errors,
          200: z
            .object({ origin: z.enum(["shipped", "team"]), scenario: z.record(z.string(), z.unknown()) })
            .or(z.string().describe("The file as written (Accept: application/yaml)")),
        },
      },
    },
    async (request, reply) => {
      const found = (await library(services)).find((e) => e.scenario.id === request.params.id);
      if (!found) {
        throw new HttpProblem(
          404,
          "SCENARIO_NOT_FOUND",
          "Scenario not found",
          `There is no scenario "${request.params.id}"; GET /api/v1/drill-scenarios lists them.`,
        );
      }
      if (request.headers.accept?.includes("yaml")) {
        return reply
          .type("application/yaml; charset=utf-8")
          .header("content-disposition", `attachment; filename="${found.scenario.id}.yaml"`)
          .send(found.source);
      }
      return { origin: found.origin, scenario: found.scenario };
    },
  );

  r.put(
    "/drill-scenarios/:id",
    {
      schema: {
        tags,
        summary: "Save (author or import) a scenario from its YAML or JSON text",
        params: Params,
        body: SourceIn,
        response: { ...errors, 200: Summary, 201: Summary },
      },
    },
    async (request, reply) => {
      const user = caller(request);
      const parsed = parseScenario(request.body.source);
      if (!parsed.scenario) throw refused(parsed);
      const { id } = request.params;
      if (parsed.scenario.id !== id) {
        throw new HttpProblem(
          422,
          "INVALID_SCENARIO",
          "Invalid scenario",
          `The file's id is "${parsed.scenario.id}" but it is saved as "${id}"; make them the same.`,
          "id",
        );
      }
      if (shippedScenarios().some((s) => s.parsed.scenario?.id === id)) {
        throw new HttpProblem(
          409,
          "SCENARIO_SHIPPED",
          "Shipped scenario",
          `"${id}" ships with Muster and cannot be changed; save your version under another id.`,
          "id",
        );
      }
      const created = await services.scenarios.put(
        { id, title: parsed.scenario.title, source: request.body.source, updatedBy: user.handle },
        new Date(),
      );
      return reply
        .code(created ? 201 : 200)
        .send(summary({ scenario: parsed.scenario, source: request.body.source, origin: "team" }));
    },
  );

  r.delete(
    "/drill-scenarios/:id",
    {
      schema: {
        tags,
        summary: "Delete one of the team's scenarios",
        params: Params,
        response: { ...errors, 204: z.null() },
      },
    },
    async (request, reply) => {
      if (!(await services.scenarios.delete(request.params.id))) {
        throw new HttpProblem(
          404,
          "SCENARIO_NOT_FOUND",
          "Scenario not found",
          `The team has no scenario "${request.params.id}" (shipped ones cannot be deleted).`,
        );
      }
      return reply.code(204).send(null);
    },
  );

  r.get(
    "/incidents/:ref/practices",
    {
      schema: {
        tags,
        summary:
          "How the response kept the practices, from its record (Accept: text/markdown for the report)",
        params: IncidentRef,
        response: {
          ...errors,
          200: ReportOut.or(z.string().describe("The report in Markdown (Accept: text/markdown)")),
        },
      },
    },
    async (request, reply) => {
      const { id, doc } = await visibleIncident(services, request, request.params.ref);
      const events = await services.reads.eventsUntil(id, {});
      const run = (await services.drillRuns.forIncident(id))?.run;
      const start = startOf(events, run);
      const score = scoreRecord(services.muster.config, events, start, run);
      const earlier = run ? await earlierRuns(services, run, caller(request)) : [];
      const drill = run
        ? { run: run.id, scenario: run.scenario.id, title: run.scenario.title, earlier }
        : null;
      if (request.headers.accept?.includes("text/markdown")) {
        const title = `${doc.kind === "drill" ? "After-action report" : "Practice report"}: #${String(doc.number)} ${doc.name}`;
        return reply
          .type("text/markdown; charset=utf-8")
          .send(renderPracticeMarkdown(title, score, events, drill ?? undefined));
      }
      return { incident: { number: doc.number, name: doc.name, kind: doc.kind }, start, drill, ...score };
    },
  );
}
