import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { caller, requireAdmin } from "../../http/auth.js";
import { HttpProblem } from "../../http/problem.js";
import { Problem } from "../../http/schemas.js";
import type { Services } from "../../http/services.js";
import { RulesSchema } from "./domain/rules.js";

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const StandingOut = z
  .object({
    role: z.string(),
    qualified: z.boolean(),
    progress: z.array(
      z.object({
        requirement: z.string().describe("e.g. '2 drills as Incident Commander with a passing score'"),
        have: z.number().int(),
        need: z.number().int(),
        met: z.boolean(),
      }),
    ),
  })
  .meta({ id: "Standing" });
const RulesOut = z.object({
  rules: RulesSchema,
  custom: z.boolean().describe("false: the defaults apply (no admin has written rules)"),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
const RecordOut = z.object({
  person: z.string(),
  incidents: z.array(
    z.object({
      number: z.number().int(),
      name: z.string(),
      kind: z.string(),
      declaredAt: z.string(),
      roles: z.array(z.object({ role: z.string(), ms: z.number() })),
      score: z.number().nullable().describe("The practice score (null until it ended, or its drill run did)"),
      passed: z.boolean().nullable(),
    }),
  ),
  roles: z.array(
    z.object({
      role: z.string().describe("A role, or 'responder' for the time checked in"),
      incidents: z.number().int(),
      drills: z.number().int(),
      real: z.number().int(),
      passed: z.number().int().describe("Of them, with a passing practice score"),
      ms: z.number().describe("Time held in all"),
    }),
  ),
  standings: z.array(StandingOut),
});

/** Training records, qualification rules, and who is qualified for which role. */
export function trainingRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["training"];

  r.get(
    "/training/rules",
    { schema: { tags, summary: "The qualification rules in force", response: { ...errors, 200: RulesOut } } },
    async () => services.training.rules(),
  );

  r.put(
    "/training/rules",
    {
      schema: {
        tags,
        summary: "Admin: replace the qualification rules (one rule per role; every requirement must be met)",
        body: z.strictObject({ rules: RulesSchema }),
        response: { ...errors, 200: RulesOut },
      },
    },
    async (request) => {
      const admin = requireAdmin(request);
      await services.training.setRules(request.body.rules, admin.handle);
      return services.training.rules();
    },
  );

  r.get(
    "/users/:handle/training",
    {
      schema: {
        tags,
        summary:
          "A person's training record: incidents and drills, roles held and for how long, scores, and where they stand for each qualification",
        params: z.object({ handle: z.string().min(1).max(64) }),
        response: { ...errors, 200: RecordOut },
      },
    },
    async (request) => {
      const user = await services.users.byHandle(request.params.handle);
      if (!user) {
        throw new HttpProblem(
          404,
          "USER_NOT_FOUND",
          "No such user",
          `Nobody is called ${request.params.handle}.`,
        );
      }
      return services.training.record(user.handle, caller(request));
    },
  );

  r.get(
    "/training/qualifications",
    {
      schema: {
        tags,
        summary: "Who is qualified for which role (advice when assigning roles and handing over)",
        response: {
          ...errors,
          200: z.object({
            people: z.array(
              z.object({
                person: z.string(),
                qualified: z.array(z.string()),
                standings: z.array(StandingOut),
              }),
            ),
          }),
        },
      },
    },
    async () => {
      const people = (await services.users.list())
        .filter((u) => u.deactivatedAt === null && (u.role === "member" || u.role === "admin"))
        .map((u) => u.handle);
      const all = await services.training.qualifications(people);
      return {
        people: all.map((p) => ({
          person: p.person,
          qualified: p.standings.filter((s) => s.qualified).map((s) => s.role),
          standings: p.standings,
        })),
      };
    },
  );
}
