import "@fastify/cookie";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import * as client from "openid-client";
import { z } from "zod";
import type { OidcConfig } from "../../config.js";
import { HttpProblem } from "../problem.js";
import { Problem } from "../schemas.js";
import type { Services } from "../services.js";
import { startSession } from "../sessions.js";
import type { Claims } from "./claims.js";
import { provision } from "./provision.js";

const STATE_COOKIE = "muster_oidc_state";
const CALLBACK_PATH = "/api/v1/auth/oidc/callback";

/** Where a sign-in may return to: a hash route of the web app, nothing else (no open redirect). */
function safeReturn(value: string | undefined): string {
  return value && /^#\/[\w/-]{0,200}$/.test(value) ? value : "";
}

function isLoopback(url: URL): boolean {
  return ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname) || url.hostname.startsWith("127.");
}

/** The provider's configuration, discovered once (and again after a failure). */
function discoverer(config: OidcConfig): () => Promise<client.Configuration> {
  let found: Promise<client.Configuration> | null = null;
  return () => {
    const issuer = new URL(config.issuer);
    found ??= client
      .discovery(
        issuer,
        config.clientId,
        { [client.clockSkew]: config.clockSkewSeconds },
        client.ClientSecretPost(config.clientSecret),
        // Plain HTTP only to a provider on this machine (development, tests); never over a network.
        // eslint-disable-next-line @typescript-eslint/no-deprecated -- deprecated only to stand out; limited to loopback
        isLoopback(issuer) ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        found = null;
        throw error;
      });
    return found;
  };
}

/** The claims of a completed sign-in: the ID token's, completed from userinfo. */
async function claimsOf(
  provider: client.Configuration,
  tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>,
): Promise<Claims> {
  const idClaims = tokens.claims();
  if (!idClaims) throw new Error("the provider sent no ID token");
  let extra: Claims = {};
  if (provider.serverMetadata().userinfo_endpoint) {
    extra = await client.fetchUserInfo(provider, tokens.access_token, idClaims.sub);
  }
  return { ...extra, ...idClaims };
}

/**
 * Single sign-on with OpenID Connect: the authorization code flow with PKCE, state and nonce.
 * What the callback checks is kept on the server and taken once, and bound to the browser by a
 * short-lived cookie; the ID token's issuer, audience, expiry and nonce are verified by
 * openid-client. Any failure sends the person back to sign-in with a code, and is logged.
 */
export function oidcRoutes(
  app: FastifyInstance,
  services: Services,
  config: OidcConfig | undefined,
  hours: number,
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["sessions"];
  const discover = config ? discoverer(config) : null;

  r.get(
    "/auth/methods",
    {
      schema: {
        tags,
        summary: "How people may sign in here (public: the sign-in page asks)",
        security: [],
        response: {
          200: z.object({ oidc: z.object({ label: z.string() }).nullable(), token: z.literal(true) }),
        },
      },
    },
    async () => ({ oidc: config ? { label: config.label } : null, token: true as const }),
  );

  r.get(
    "/auth/oidc/login",
    {
      schema: {
        tags,
        summary: "Start single sign-on: redirects to the provider",
        security: [],
        querystring: z.object({ returnTo: z.string().max(300).optional() }),
        response: { 302: z.null(), 404: Problem, 503: Problem },
      },
    },
    async (request, reply) => {
      if (!config || !discover) throw disabled();
      let provider: client.Configuration;
      try {
        provider = await discover();
      } catch (error) {
        request.log.warn({ err: error }, "the OpenID provider could not be reached");
        return back(reply, "SIGN_IN_UNAVAILABLE");
      }
      const codeVerifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      await services.signIns.begin({
        state,
        codeVerifier,
        nonce,
        returnTo: safeReturn(request.query.returnTo),
      });
      void reply.setCookie(STATE_COOKIE, state, {
        path: CALLBACK_PATH,
        httpOnly: true,
        sameSite: "lax",
        secure: request.protocol === "https",
        maxAge: 600,
      });
      const url = client.buildAuthorizationUrl(provider, {
        redirect_uri: config.redirectUrl,
        scope: config.scopes,
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: "S256",
        state,
        nonce,
      });
      return reply.redirect(url.href, 302);
    },
  );

  r.get(
    "/auth/oidc/callback",
    {
      schema: {
        tags,
        summary: "Where the provider sends people back: signs the browser in and redirects to the app",
        security: [],
        // What providers send back; anything else is ignored (the whole query goes to openid-client).
        querystring: z.object({
          state: z.string().max(512).optional(),
          code: z.string().max(4096).optional(),
          iss: z.string().max(2048).optional(),
          error: z.string().max(200).optional(),
          error_description: z.string().max(2000).optional(),
        }),
        response: { 303: z.null(), 404: Problem },
      },
    },
    async (request, reply) => {
      if (!config || !discover) throw disabled();
      const state = request.query.state ?? "";
      const cookie = request.cookies[STATE_COOKIE];
      void reply.clearCookie(STATE_COOKIE, { path: CALLBACK_PATH });
      // Taken first, whatever follows: a state is good for one try.
      const pending = state ? await services.signIns.take(state) : undefined;
      if (!pending || cookie !== state) {
        request.log.warn(
          { hasCookie: cookie !== undefined },
          "a sign-in came back with an unknown, used or foreign state",
        );
        return back(reply, "SIGN_IN_EXPIRED");
      }
      return complete(request, reply, services, config, await discover(), pending, hours);
    },
  );
}

async function complete(
  request: FastifyRequest,
  reply: FastifyReply,
  services: Services,
  config: OidcConfig,
  provider: client.Configuration,
  pending: { state: string; codeVerifier: string; nonce: string; returnTo: string },
  hours: number,
) {
  let claims: Claims;
  try {
    const current = new URL(config.redirectUrl);
    current.search = new URL(request.url, "http://x").search;
    const tokens = await client.authorizationCodeGrant(provider, current, {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    claims = await claimsOf(provider, tokens);
  } catch (error) {
    request.log.warn({ err: error }, "single sign-on failed at the provider or its token was refused");
    return back(reply, "SIGN_IN_FAILED");
  }
  let user: Awaited<ReturnType<typeof provision>>;
  try {
    user = await provision(services.users, services.teams, config, claims);
  } catch (error) {
    // Two first sign-ins of one person at once, or storage trouble: this one fails cleanly.
    request.log.error({ err: error }, "a person signing in could not be provisioned");
    return back(reply, "SIGN_IN_FAILED");
  }
  if (user === "deactivated") return back(reply, "ACCOUNT_DEACTIVATED");
  await startSession(services, request, reply, user, "full", hours);
  return reply.redirect(`/${pending.returnTo}`, 303);
}

function back(reply: FastifyReply, code: string) {
  return reply.redirect(`/?signin_error=${code}`, 303);
}

function disabled(): HttpProblem {
  return new HttpProblem(
    404,
    "OIDC_DISABLED",
    "Single sign-on is not configured",
    "Set MUSTER_OIDC_ISSUER, MUSTER_OIDC_CLIENT_ID and MUSTER_OIDC_CLIENT_SECRET to sign in with your provider.",
  );
}
