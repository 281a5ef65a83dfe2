import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Revocations } from "../app/revocations.js";
import type { TokenInfo, User, UserStore } from "../storage/users.js";
import { accessRefusal, adminScope } from "./access.js";
import { FailureLimiter, refuseWhileThrottled } from "./failure-limiter.js";
import { HttpProblem } from "./problem.js";
import { SESSION_COOKIE, csrfMatches } from "./sessions.js";

declare module "fastify" {
  interface FastifyRequest {
    user: User | null;
    /** The token the request came with (its id, scope, expiry). */
    token: TokenInfo | null;
  }
}

/** Last-used times are written at most this often per token (not a write per request). */
const TOUCH_MS = 60_000;
const READS = new Set(["GET", "HEAD", "OPTIONS"]);

const CACHE_MS = 30_000;
const CACHE_MAX = 10_000;

function invalid(detail: string): HttpProblem {
  return new HttpProblem(401, "INVALID_TOKEN", "Invalid token", detail);
}

/** The credential a request came with: a bearer token, or a browser's session cookie. */
function credential(request: FastifyRequest): { secret: string; viaCookie: boolean } | null {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    return match?.[1] ? { secret: match[1], viaCookie: false } : null;
  }
  const cookie = request.cookies[SESSION_COOKIE];
  return cookie ? { secret: cookie, viaCookie: true } : null;
}

/**
 * Authentication for every route in the scope: a bearer token (the CLI, automation) or a
 * browser's session cookie, whose changes must carry the session's CSRF token. Lookups are
 * cached briefly (hashes only ever leave the database) so hot write paths don't pay a query per
 * request; a revocation or role change, here or on another instance, empties the cache at once.
 * Expired credentials are refused, roles and scopes are applied (`access.ts`), and each
 * credential's last use is kept (to the minute).
 */
export function registerAuth(
  app: FastifyInstance,
  users: UserStore,
  revocations: Revocations,
  failures: FailureLimiter = new FailureLimiter(),
): void {
  const cache = new Map<string, { user: User; token: TokenInfo; expires: number }>();
  const forget = revocations.subscribe(() => {
    cache.clear();
  });
  app.addHook("onClose", async () => {
    forget();
  });
  const touched = new Map<string, number>();
  const touch = (id: string, now: number): void => {
    if ((touched.get(id) ?? 0) > now - TOUCH_MS) return;
    if (touched.size >= CACHE_MAX) touched.clear();
    touched.set(id, now);
    users.touchToken(id, new Date(now)).catch((error: unknown) => {
      app.log.warn({ err: error }, "could not record a token's last use");
    });
  };
  app.decorateRequest("user", null);
  app.decorateRequest("token", null);
  app.addHook("onRequest", async (request) => {
    // Guessing tokens from one address is slowed down: past 20 wrong tokens a minute, 429.
    refuseWhileThrottled(failures, request.ip);
    const given = credential(request);
    if (!given) {
      throw new HttpProblem(
        401,
        "UNAUTHENTICATED",
        "Authentication required",
        "Sign in, or send an API token as `Authorization: Bearer <token>`; an admin can create one with `muster token create <handle>`.",
      );
    }
    const { secret, viaCookie } = given;
    const now = Date.now();
    let hit = cache.get(secret);
    if (!hit || hit.expires <= now) {
      const found = await users.byToken(secret);
      if (!found) {
        failures.fail(request.ip);
        throw invalid("That API token is not valid; ask an admin for a new one.");
      }
      const { token, ...user } = found;
      if (cache.size >= CACHE_MAX) cache.clear();
      hit = { user, token, expires: now + CACHE_MS };
      cache.set(secret, hit);
    }
    // A session secret works only as a cookie, an API token only as a bearer token.
    if ((hit.token.kind === "session") !== viaCookie) {
      throw invalid(viaCookie ? "Your session has ended; sign in again." : "That API token is not valid.");
    }
    if (hit.token.expiresAt !== null && Date.parse(hit.token.expiresAt) <= now) {
      throw invalid(
        viaCookie
          ? "Your session has expired; sign in again."
          : `That API token expired at ${hit.token.expiresAt}; make a new one (muster token create).`,
      );
    }
    if (viaCookie && !READS.has(request.method) && !csrfMatches(request, secret)) {
      throw new HttpProblem(
        403,
        "CSRF",
        "Missing or wrong CSRF token",
        "Changes made with a session cookie must send the session's X-CSRF-Token header (from GET /api/v1/session).",
      );
    }
    const refusal = accessRefusal(
      hit.user,
      hit.token,
      request.method,
      request.routeOptions.url ?? request.url,
    );
    if (refusal) throw refusal;
    touch(hit.token.id, now);
    request.user = hit.user;
    request.token = hit.token;
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
  if (!adminScope(request.token)) {
    throw new HttpProblem(
      403,
      "TOKEN_SCOPE",
      "Outside the token's scope",
      "This token's scope does not include administration; use a full or admin token.",
    );
  }
  return user;
}
