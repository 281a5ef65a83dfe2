import type { FastifyInstance, FastifyRequest } from "fastify";
import type { User, UserStore } from "../storage/users.js";
import { HttpProblem } from "./problem.js";

declare module "fastify" {
  interface FastifyRequest {
    user: User | null;
  }
}

const CACHE_MS = 30_000;
const CACHE_MAX = 10_000;

/**
 * Bearer-token authentication for every route in the scope. Lookups are cached briefly
 * (hashes only ever leave the database) so hot write paths don't pay a query per request.
 */
export function registerAuth(app: FastifyInstance, users: UserStore): void {
  const cache = new Map<string, { user: User; expires: number }>();
  app.decorateRequest("user", null);
  app.addHook("onRequest", async (request) => {
    const header = request.headers.authorization ?? "";
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) {
      throw new HttpProblem(
        401,
        "UNAUTHENTICATED",
        "Authentication required",
        "Send an API token as `Authorization: Bearer <token>`; an admin can create one with `muster token create <handle>`.",
      );
    }
    const token = match[1];
    const now = Date.now();
    const hit = cache.get(token);
    if (hit && hit.expires > now) {
      request.user = hit.user;
      return;
    }
    const user = await users.byToken(token);
    if (!user) {
      throw new HttpProblem(
        401,
        "INVALID_TOKEN",
        "Invalid token",
        "That API token is not valid; ask an admin for a new one.",
      );
    }
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(token, { user, expires: now + CACHE_MS });
    request.user = user;
  });
}

/** The authenticated caller (the auth hook guarantees one inside the API scope). */
export function caller(request: FastifyRequest): User {
  if (!request.user) {
    throw new HttpProblem(
      401,
      "UNAUTHENTICATED",
      "Authentication required",
      "Send an API token as a Bearer token.",
    );
  }
  return request.user;
}

/** Throws 403 unless the caller is an admin. */
export function requireAdmin(request: FastifyRequest): User {
  const user = caller(request);
  if (!user.isAdmin) {
    throw new HttpProblem(403, "ADMIN_ONLY", "Admin only", "Only an admin can do this.");
  }
  return user;
}
