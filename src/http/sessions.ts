import { createHash, timingSafeEqual } from "node:crypto";
import "@fastify/cookie";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { FailureLimiter } from "./failure-limiter.js";
import { apiTokenOwner, refuseWhileThrottled } from "./failure-limiter.js";
import { HttpProblem } from "./problem.js";
import { UserOut } from "./responses.js";
import { Problem } from "./schemas.js";
import type { Services } from "./services.js";
import type { TokenScope, User } from "../storage/users.js";
import { generateToken } from "../storage/users.js";

/** The browser's session cookie: HttpOnly, SameSite=Lax, Secure over HTTPS. */
export const SESSION_COOKIE = "muster_session";
/** Sessions one person may hold; signing in past it ends their oldest. */
const MAX_SESSIONS = 20;
const HOUR_MS = 3_600_000;

/**
 * The CSRF token of a session: derived from its secret, so it needs no storage of its own and
 * cannot be made by a page that only gets the browser to send the cookie. The web app reads it
 * from GET /session and sends it as `X-CSRF-Token` on every change.
 */
export function csrfFor(secret: string): string {
  return createHash("sha256").update(`muster-csrf:${secret}`).digest("base64url");
}

/** Whether a request's CSRF header matches its session (constant time). */
export function csrfMatches(request: FastifyRequest, secret: string): boolean {
  const given = request.headers["x-csrf-token"];
  if (typeof given !== "string") return false;
  const expected = Buffer.from(csrfFor(secret));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

function cookieOptions(request: FastifyRequest, maxAgeSeconds: number) {
  return {
    path: "/",
    httpOnly: true,
    sameSite: "lax" as const,
    // Behind a TLS-terminating proxy, MUSTER_TRUST_PROXY makes X-Forwarded-Proto count here.
    secure: request.protocol === "https",
    maxAge: maxAgeSeconds,
  };
}

/** Starts a browser session for a person: a session row beside their tokens, and its cookie. */
export async function startSession(
  services: Services,
  request: FastifyRequest,
  reply: FastifyReply,
  user: User,
  scope: TokenScope,
  hours: number,
): Promise<{ csrfToken: string; expiresAt: string }> {
  const secret = generateToken();
  const expiresAt = new Date(Date.now() + hours * HOUR_MS).toISOString();
  const agent = (request.headers["user-agent"] ?? "a browser").slice(0, 80);
  await services.users.createToken(user.id, `Signed in: ${agent}`, secret, {
    kind: "session",
    scope,
    expiresAt,
  });
  await services.users.pruneSessions(user.id, MAX_SESSIONS);
  void reply.setCookie(SESSION_COOKIE, secret, cookieOptions(request, hours * 3600));
  return { csrfToken: csrfFor(secret), expiresAt };
}

const SessionOut = z
  .object({
    user: UserOut,
    csrfToken: z
      .string()
      .nullable()
      .describe("Send as X-CSRF-Token on every change (null: signed in with a bearer token)"),
    expiresAt: z.string().nullable(),
    via: z.enum(["cookie", "bearer"]),
  })
  .meta({ id: "Session" });

const errors = { 400: Problem, 401: Problem, 403: Problem, 422: Problem, 429: Problem };

/** POST /session: trade an API token for a browser session (public: it is the sign-in). */
export function signInRoutes(
  app: FastifyInstance,
  services: Services,
  failures: FailureLimiter,
  hours: number,
): void {
  app.withTypeProvider<ZodTypeProvider>().post(
    "/session",
    {
      schema: {
        tags: ["sessions"],
        summary: "Sign a browser in with an API token: sets the session cookie; the token is not kept",
        security: [],
        body: z.strictObject({ token: z.string().min(1).max(200) }),
        response: { ...errors, 200: SessionOut },
      },
    },
    async (request, reply) => {
      refuseWhileThrottled(failures, request.ip);
      const found = await apiTokenOwner(
        services.users,
        request.body.token,
        failures,
        request.ip,
        "That API token is not valid; ask an admin for a new one.",
      );
      const { token, ...user } = found;
      // Signing in with a token is a use of it (its owner sees when, on the token list).
      await services.users.touchToken(token.id, new Date());
      const session = await startSession(services, request, reply, user, token.scope, hours);
      return { user, ...session, via: "cookie" as const };
    },
  );
}

/** GET and DELETE /session, inside the signed-in scope. */
export function sessionRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/session",
    {
      schema: {
        tags: ["sessions"],
        summary: "Who is signed in, and the session's CSRF token",
        response: { 401: Problem, 200: SessionOut },
      },
    },
    async (request) => {
      const user = request.user;
      const token = request.token;
      if (!user || !token) {
        throw new HttpProblem(401, "UNAUTHENTICATED", "Authentication required", "Sign in first.");
      }
      const secret = token.kind === "session" ? request.cookies[SESSION_COOKIE] : undefined;
      return {
        user,
        csrfToken: secret ? csrfFor(secret) : null,
        expiresAt: token.expiresAt,
        via: secret ? ("cookie" as const) : ("bearer" as const),
      };
    },
  );
  r.delete(
    "/session",
    {
      schema: {
        tags: ["sessions"],
        summary: "Sign this browser out: the session ends at once, on every instance",
        response: { 401: Problem, 403: Problem, 204: z.null() },
      },
    },
    async (request, reply) => {
      const { user, token } = request;
      if (user && token?.kind === "session") {
        await services.users.revokeToken(user.id, token.id);
        await services.revocations.revoked();
      }
      void reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return reply.code(204).send(null);
    },
  );
}
