import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireAdmin } from "../../http/auth.js";
import { HttpProblem } from "../../http/problem.js";
import { Problem, text } from "../../http/schemas.js";
import type { Services } from "../../http/services.js";

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 422: Problem };

const ComponentName = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, "lower-case letters, digits and dashes, e.g. api or eu-payments");

const ComponentIn = z.strictObject({
  label: text(80, "label"),
  group: z.string().trim().min(1).max(80).nullable().default(null).describe("The heading it is shown under"),
  description: z.string().trim().max(500).default(""),
  position: z.number().int().min(0).max(10_000).default(0),
});

const ComponentOut = z
  .object({
    name: z.string(),
    label: z.string(),
    group: z.string().nullable(),
    description: z.string(),
    position: z.number().int(),
  })
  .meta({ id: "StatusComponent" });

/** Admins define the status page's components; everyone signed in can list them. */
export function statusComponentRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["status page"];

  r.get(
    "/status-components",
    {
      schema: {
        tags,
        summary: "The status page's components (public updates name them with their state)",
        response: { 200: z.object({ components: z.array(ComponentOut) }), 401: Problem, 403: Problem },
      },
    },
    async () => ({ components: await services.statusStore.components() }),
  );

  r.put(
    "/status-components/:name",
    {
      schema: {
        tags,
        summary: "Admin: create or replace a status page component",
        params: z.object({ name: ComponentName }),
        body: ComponentIn,
        response: { ...errors, 200: ComponentOut },
      },
    },
    async (request) => {
      requireAdmin(request);
      const component = { name: request.params.name, ...request.body };
      await services.statusStore.putComponent(component, new Date());
      await services.statusPage.rebuild();
      return component;
    },
  );

  r.delete(
    "/status-components/:name",
    {
      schema: {
        tags,
        summary: "Admin: remove a status page component",
        params: z.object({ name: ComponentName }),
        response: { ...errors, 204: z.null() },
      },
    },
    async (request, reply) => {
      requireAdmin(request);
      if (!(await services.statusStore.removeComponent(request.params.name))) {
        throw new HttpProblem(
          404,
          "COMPONENT_NOT_FOUND",
          "Component not found",
          `There is no component "${request.params.name}"; GET /api/v1/status-components lists them.`,
        );
      }
      await services.statusPage.rebuild();
      return reply.code(204).send(null);
    },
  );
}
