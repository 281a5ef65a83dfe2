import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { caller, requireAdmin } from "../auth.js";
import { HttpProblem } from "../problem.js";
import { Handle, Problem, TokenBody, UserBody } from "../schemas.js";
import { z } from "zod";
import type { Services } from "../services.js";
import { UserOut } from "../responses.js";

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

/** People and API tokens. */
export function userRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["users"];

  r.get("/me", { schema: { tags, summary: "The caller", response: { 200: UserOut } } }, async (request) =>
    caller(request),
  );

  r.get(
    "/users",
    {
      schema: {
        tags,
        summary: "Everyone known to Muster",
        response: { 200: z.object({ users: z.array(UserOut) }) },
      },
    },
    async () => ({ users: await services.users.list() }),
  );

  r.post(
    "/users",
    {
      schema: {
        tags,
        summary: "Admin: create a person",
        body: UserBody,
        response: { ...errors, 201: UserOut },
      },
    },
    async (request, reply) => {
      requireAdmin(request);
      const { handle, displayName, email, admin } = request.body;
      const user = await services.users.create({
        handle,
        displayName,
        email: email ?? null,
        isAdmin: admin ?? false,
      });
      if (!user) {
        throw new HttpProblem(
          409,
          "HANDLE_TAKEN",
          "Handle taken",
          `Someone is already called "${handle}"; choose another handle.`,
          "handle",
        );
      }
      return reply.code(201).send(user);
    },
  );

  r.post(
    "/users/:handle/tokens",
    {
      schema: {
        tags,
        summary: "A new API token (shown once): admin, or the user for themself",
        params: z.object({ handle: Handle }),
        body: TokenBody,
        response: { ...errors, 201: z.object({ handle: z.string(), token: z.string() }) },
      },
    },
    async (request, reply) => {
      const me = caller(request);
      const { handle } = request.params;
      if (!me.isAdmin && me.handle !== handle) {
        throw new HttpProblem(
          403,
          "ADMIN_ONLY",
          "Admin only",
          "Only an admin can create tokens for other people.",
        );
      }
      const user = await services.users.byHandle(handle);
      if (!user) {
        throw new HttpProblem(
          404,
          "USER_NOT_FOUND",
          "User not found",
          `Nobody is called "${handle}".`,
          "handle",
        );
      }
      const token = await services.users.createToken(user.id, request.body?.label ?? null);
      return reply.code(201).send({ handle, token });
    },
  );
}
