import { randomUUID } from "node:crypto";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { caller } from "../auth.js";
import { HttpProblem } from "../problem.js";
import { Handle, Problem, optionalBody } from "../schemas.js";
import type { Services } from "../services.js";
import type { TokenScope, User } from "../../storage/users.js";
import { TOKEN_SCOPES } from "../../storage/users.js";

const DAY_MS = 86_400_000;
/** Enough for every laptop, script and integration a person has; more is a leak or a loop. */
const MAX_TOKENS = 20;
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

const TokenOut = z
  .object({
    id: z.string(),
    label: z.string().nullable(),
    scope: z.enum(TOKEN_SCOPES),
    kind: z.enum(["api", "session"]).describe("`session`: a signed-in browser"),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable().describe("To the minute"),
    expiresAt: z.string().nullable(),
  })
  .meta({ id: "Token" });

const NewTokenBody = optionalBody(
  z.strictObject({
    label: z.string().trim().max(100).optional(),
    expiresInDays: z
      .number()
      .int()
      .min(1)
      .max(3650)
      .optional()
      .describe("Leave out for a token that does not expire"),
    scope: z
      .enum(TOKEN_SCOPES)
      .optional()
      .describe(
        "`full` (default): what the person may; `read-only`: reads only (dashboards, reports). Admins only: `incident-writer` (incidents and their records, no administration), `alert-intake` (declare incidents and send alerts, nothing else), `admin` (for an admin's token)",
      ),
  }),
);

/** The person named in the path, if the caller may manage their tokens (themself, or an admin). */
async function owner(services: Services, request: FastifyRequest, handle: string) {
  const me = caller(request);
  if (!me.isAdmin && me.handle !== handle) {
    throw new HttpProblem(403, "ADMIN_ONLY", "Admin only", "Only an admin can manage other people's tokens.");
  }
  const user = me.handle === handle ? me : await services.users.byHandle(handle);
  if (!user) {
    throw new HttpProblem(404, "USER_NOT_FOUND", "User not found", `Nobody is called "${handle}".`, "handle");
  }
  return user;
}

/** Service scopes are an admin's to give; `admin` only to an admin's token. */
function checkScope(me: User, owner: User, scope: TokenScope): void {
  if (scope === "full" || scope === "read-only") return;
  if (!me.isAdmin) {
    throw new HttpProblem(
      403,
      "ADMIN_ONLY",
      "Admin only",
      `Only an admin can issue a token with the ${scope} scope; ask for full or read-only.`,
      "scope",
    );
  }
  if (scope === "admin" && !owner.isAdmin) {
    throw new HttpProblem(
      422,
      "VALIDATION",
      "Invalid request",
      `${owner.handle} is not an admin, so their token cannot have the admin scope.`,
      "scope",
    );
  }
}

/** API tokens: made (shown once), listed with when they were last used, revoked at once. */
export function tokenRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["users"];
  const params = z.object({ handle: Handle });

  r.post(
    "/users/:handle/tokens",
    {
      schema: {
        tags,
        summary: "A new API token (shown once): admin, or the user for themself",
        params,
        body: NewTokenBody,
        response: { ...errors, 201: z.object({ handle: z.string(), token: z.string(), id: z.string() }) },
      },
    },
    async (request, reply) => {
      const user = await owner(services, request, request.params.handle);
      const mine = (await services.users.tokens(user.id)).filter((t) => t.kind === "api");
      if (!caller(request).isAdmin && mine.length >= MAX_TOKENS) {
        throw new HttpProblem(
          409,
          "TOO_MANY_TOKENS",
          "Too many tokens",
          `You have ${String(mine.length)} tokens; revoke some you no longer use (GET /me/tokens) before making another.`,
        );
      }
      const body = request.body ?? {};
      const scope = body.scope ?? "full";
      checkScope(caller(request), user, scope);
      const id = randomUUID();
      const token = await services.users.createToken(user.id, body.label ?? null, undefined, {
        id,
        expiresAt: body.expiresInDays
          ? new Date(Date.now() + body.expiresInDays * DAY_MS).toISOString()
          : null,
        scope,
      });
      return reply.code(201).send({ handle: user.handle, token, id });
    },
  );

  r.get(
    "/users/:handle/tokens",
    {
      schema: {
        tags,
        summary: "A person's tokens (never their secrets): themself, or an admin",
        params,
        response: { ...errors, 200: z.object({ tokens: z.array(TokenOut) }) },
      },
    },
    async (request) => ({
      tokens: await services.users.tokens((await owner(services, request, request.params.handle)).id),
    }),
  );

  r.delete(
    "/users/:handle/tokens/:id",
    {
      schema: {
        tags,
        summary: "Revoke a token: refused from that moment, on every instance",
        params: params.extend({ id: z.string().min(1).max(64) }),
        response: { ...errors, 204: z.null() },
      },
    },
    async (request, reply) => {
      const user = await owner(services, request, request.params.handle);
      if (!(await services.users.revokeToken(user.id, request.params.id))) {
        throw new HttpProblem(
          404,
          "TOKEN_NOT_FOUND",
          "Token not found",
          `${user.handle} has no token ${request.params.id}.`,
          "id",
        );
      }
      await services.revocations.revoked();
      return reply.code(204).send(null);
    },
  );
}
