import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { caller, requireAdmin } from "../auth.js";
import { HttpProblem } from "../problem.js";
import { Handle, Problem, UserBody } from "../schemas.js";
import { z } from "zod";
import type { Services } from "../services.js";
import { ListedUserOut, UserOut } from "../responses.js";

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

/** People (their tokens: tokens.ts). */
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
        summary: "Everyone known to Muster (emails and admin flags: admins, and your own record, only)",
        response: { 200: z.object({ users: z.array(ListedUserOut) }) },
      },
    },
    async (request) => {
      const me = caller(request);
      const users = await services.users.list();
      return {
        users: me.isAdmin
          ? users
          : users.map((u) =>
              u.handle === me.handle
                ? u
                : {
                    id: u.id,
                    handle: u.handle,
                    displayName: u.displayName,
                    email: null,
                    createdAt: u.createdAt,
                    deactivatedAt: u.deactivatedAt,
                  },
            ),
      };
    },
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
      const { handle, displayName, email, admin, role } = request.body;
      const user = await services.users.create({
        handle,
        displayName,
        email: email ?? null,
        role: role ?? (admin ? "admin" : "member"),
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

  r.put(
    "/users/:handle/role",
    {
      schema: {
        tags,
        summary: "Admin: give a person another organisation role (takes effect on their next request)",
        params: z.object({ handle: Handle }),
        body: z.strictObject({ role: UserOut.shape.role }),
        response: { ...errors, 200: UserOut },
      },
    },
    async (request) => {
      const me = requireAdmin(request);
      const user = await found(services, request.params.handle);
      if (user.handle === me.handle && request.body.role !== "admin") {
        throw new HttpProblem(
          409,
          "CANNOT_DEMOTE_SELF",
          "Cannot give up admin yourself",
          "Ask another admin to change your role, so that there is always one left.",
          "role",
        );
      }
      await services.users.setRole(user.id, request.body.role);
      // Cached credentials carry the old role: forget them everywhere.
      await services.revocations.revoked();
      return (await services.users.byHandle(user.handle)) ?? user;
    },
  );

  for (const [verb, deactivate] of [
    ["deactivate", true],
    ["reactivate", false],
  ] as const) {
    r.post(
      `/users/:handle/${verb}`,
      {
        schema: {
          tags,
          summary: deactivate
            ? "Admin: deactivate a person (their tokens die at once; their name stays in every record)"
            : "Admin: reactivate a person (they need a new token)",
          params: z.object({ handle: Handle }),
          response: { ...errors, 200: UserOut },
        },
      },
      async (request) => {
        const me = requireAdmin(request);
        const user = await found(services, request.params.handle);
        if (deactivate && user.handle === me.handle) {
          throw new HttpProblem(
            409,
            "CANNOT_DEACTIVATE_SELF",
            "Cannot deactivate yourself",
            "Ask another admin to do it.",
          );
        }
        await services.users.setDeactivated(user.id, deactivate ? new Date() : null);
        if (deactivate) await services.revocations.revoked();
        return (await services.users.byHandle(user.handle)) ?? user;
      },
    );
  }
}

/** The person with that handle, or 404. */
async function found(services: Services, handle: string) {
  const user = await services.users.byHandle(handle);
  if (!user) {
    throw new HttpProblem(404, "USER_NOT_FOUND", "User not found", `Nobody is called "${handle}".`, "handle");
  }
  return user;
}
