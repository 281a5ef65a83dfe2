import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireAdmin } from "../auth.js";
import { Problem } from "../schemas.js";
import type { Services } from "../services.js";

const ConsumerHealthOut = z
  .object({
    name: z.string(),
    owner: z.string().nullable().describe("The instance holding the lease (null: nobody now)"),
    leaseExpiresAt: z.string().nullable(),
    incidentsBehind: z.number().int(),
    eventsBehind: z.number().int(),
    oldestPendingAt: z.string().nullable().describe("When the oldest event not yet handled was committed"),
    failures: z.number().int(),
    lastError: z.string().nullable(),
    lastErrorAt: z.string().nullable(),
    lastHandledAt: z.string().nullable(),
  })
  .meta({ id: "ConsumerHealth" });

/** Operations views for admins: how the durable consumers are doing; the audit log. */
export function operationRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/consumers",
    {
      schema: {
        tags: ["operations"],
        summary: "Admin: durable event consumers, their lag and failures",
        response: { 200: z.object({ consumers: z.array(ConsumerHealthOut) }), 403: Problem },
      },
    },
    async (request) => {
      requireAdmin(request);
      return { consumers: await services.consumerHealth() };
    },
  );

  r.get(
    "/audit",
    {
      schema: {
        tags: ["operations"],
        summary:
          "Admin: the audit log of administrative actions (people, tokens, templates, teams), newest first",
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(1000).default(100) }),
        response: {
          200: z.object({
            entries: z.array(
              z.object({
                id: z.string(),
                at: z.string(),
                actor: z.string(),
                action: z.string().describe("user.created, token.created, token.revoked, template.saved, …"),
                target: z.string(),
                requestId: z.string().describe("Ties the entry to the access log"),
              }),
            ),
          }),
          403: Problem,
        },
      },
    },
    async (request) => {
      requireAdmin(request);
      return { entries: await services.audit.recent(request.query.limit) };
    },
  );
}
