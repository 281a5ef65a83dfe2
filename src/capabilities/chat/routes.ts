import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireAdmin } from "../../http/auth.js";
import { HttpProblem } from "../../http/problem.js";
import { Problem } from "../../http/schemas.js";
import type { Services } from "../../http/services.js";

const tags = ["chat"];
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 422: Problem };

const IdentityParams = z.object({
  provider: z.enum(["slack", "mattermost"]).describe("The chat platform"),
  externalId: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,64}$/, "a platform user id: letters, digits, dots, dashes and underscores")
    .describe("The platform's user id (Slack's U…, Mattermost's 26-character id)"),
});

const IdentityOut = z
  .object({
    externalId: z.string(),
    handle: z.string(),
    source: z.enum(["email", "admin"]).describe("admin: set by an admin; email: matched by email address"),
    updatedAt: z.string(),
  })
  .meta({ id: "ChatIdentity" });

/** Admins link chat users to Muster people when their emails do not match (or to override a match). */
export function chatRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/chat/:provider/identities",
    {
      schema: {
        tags,
        summary: "Admin: who each chat user is in Muster (matched by email, or linked by an admin)",
        params: IdentityParams.pick({ provider: true }),
        response: { ...errors, 200: z.object({ identities: z.array(IdentityOut) }) },
      },
    },
    async (request) => {
      requireAdmin(request);
      return { identities: await services.chat.identities(request.params.provider) };
    },
  );

  r.put(
    "/chat/:provider/identities/:externalId",
    {
      schema: {
        tags,
        summary: "Admin: link a chat user to a Muster person (replaces any match by email)",
        params: IdentityParams,
        body: z.strictObject({ handle: z.string().min(1).max(64) }),
        response: { ...errors, 200: IdentityOut },
      },
    },
    async (request) => {
      requireAdmin(request);
      const { provider, externalId } = request.params;
      const user = await services.users.byHandle(request.body.handle);
      if (!user) {
        throw new HttpProblem(
          422,
          "UNKNOWN_PERSON",
          "Unknown person",
          `No one has the handle "${request.body.handle}" (see GET /api/v1/users).`,
          "handle",
        );
      }
      const now = new Date();
      await services.chat.link(provider, externalId, user.handle, "admin", now);
      return { externalId, handle: user.handle, source: "admin" as const, updatedAt: now.toISOString() };
    },
  );

  r.delete(
    "/chat/:provider/identities/:externalId",
    {
      schema: {
        tags,
        summary: "Admin: unlink a chat user (they are matched by email again next time)",
        params: IdentityParams,
        response: { ...errors, 204: z.null() },
      },
    },
    async (request, reply) => {
      requireAdmin(request);
      if (!(await services.chat.unlink(request.params.provider, request.params.externalId))) {
        throw new HttpProblem(
          404,
          "CHAT_IDENTITY_NOT_FOUND",
          "Chat identity not found",
          `No ${request.params.provider} user ${request.params.externalId} is linked.`,
        );
      }
      return reply.code(204).send(null);
    },
  );
}
