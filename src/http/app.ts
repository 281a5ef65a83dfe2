import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import swaggerUi from "@fastify/swagger-ui";
import Fastify, { LogController } from "fastify";
import type { FastifyBaseLogger, FastifyInstance, FastifyServerOptions } from "fastify";
import { validatorCompiler } from "fastify-type-provider-zod";
import { randomUUID } from "node:crypto";
import helmet from "@fastify/helmet";
import cookie from "@fastify/cookie";
import { FailureLimiter } from "./failure-limiter.js";
import { sessionRoutes, signInRoutes } from "./sessions.js";
import { oidcRoutes } from "./oidc/routes.js";
import type { OidcConfig } from "../config.js";
import { registerAuth } from "./auth.js";
import { tokenRoutes } from "./routes/tokens.js";
import { exportRoutes } from "./routes/export.js";
import { registerAudit } from "./audit.js";
import { sendProblem, HttpProblem } from "./problem.js";
import type { TextFault } from "./text-guard.js";
import { findTextFault } from "./text-guard.js";
import { incidentRoutes } from "./routes/incidents.js";
import {
  registerCapabilityRoutes,
  registerIntegrationRoutes,
  registerSlackRoutes,
  registerMattermostRoutes,
} from "../capabilities/routes.js";
import { contactRoutes } from "./routes/contacts.js";
import { inboxRoutes } from "./routes/inbox.js";
import { planRoutes } from "./routes/plan.js";
import { reportRoutes } from "./routes/reports.js";
import { responderRoutes } from "./routes/responders.js";
import { commandRoutes } from "./routes/command.js";
import { roleRoutes } from "./routes/roles.js";
import { abilityRoutes } from "./routes/abilities.js";
import { streamRoutes } from "./routes/stream.js";
import { userRoutes } from "./routes/users.js";
import { operationRoutes } from "./routes/operations.js";
import { probeRoutes } from "./routes/probes.js";
import { configRoutes } from "./routes/config.js";
import { registerOpenApi } from "./openapi.js";
import { serialize } from "./serialize.js";
import { endEventStreams, openStreamCount } from "./sse.js";
import { metricsRoute } from "./routes/metrics.js";
import { statusPageRoutes } from "../capabilities/status-page/public-routes.js";
import type { Services } from "./services.js";

export type AppOptions = {
  logger?: FastifyServerOptions["logger"];
  /** The process's pino logger, shared with the runtime (wins over `logger`). */
  loggerInstance?: FastifyBaseLogger;
  version?: string;
  /** A request must arrive whole within this (default 30 s); 0 turns it off. */
  requestTimeoutMs?: number;
  /** One structured line per request (method, route, status, time, who, request id); default on. */
  accessLog?: boolean;
  /** Live streams one person may hold open on this instance (default 50). */
  streamsPerPerson?: number;
  /** Fastify's trustProxy: whose X-Forwarded-For to believe for the client's address. */
  trustProxy?: boolean | number | string[];
  /** How long a browser stays signed in (default 7 days). */
  sessionHours?: number;
  /** Single sign-on (unset: token sign-in only). */
  oidc?: OidcConfig | undefined;
  /** The bearer token Prometheus scrapes /metrics with (an admin's token works too). */
  metricsToken?: string | undefined;
};

/** Where the built web UI is: dist/web beside the compiled server, or after a build from source. */
function webRoot(): string | null {
  // From source (src/http) the build is in ../../dist/web; compiled (dist/src/http) it is ../../web.
  // Only a built folder has assets/: the source web/ folder must never be served.
  for (const relative of ["../../dist/web", "../../web"]) {
    const dir = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(path.join(dir, "index.html")) && existsSync(path.join(dir, "assets"))) return dir;
  }
  return null;
}

/** A hop count trusts that many proxies nearest to us. */
function trustProxyOption(t: boolean | number | string[]) {
  return typeof t === "number" ? (_address: string, hop: number) => hop < t : t;
}

/** Builds the HTTP app (never listens: tests inject, the server bootstrap listens). */
export async function buildApp(services: Services, options: AppOptions = {}): Promise<FastifyInstance> {
  const timeoutMs = options.requestTimeoutMs ?? 30_000;
  const app = Fastify({
    ...(options.loggerInstance
      ? { loggerInstance: options.loggerInstance }
      : { logger: options.logger ?? false }),
    // Per-request lines would dominate the log on a busy incident; errors are still logged.
    logController: new LogController({ disableRequestLogging: true }),
    // A proxy's or client's X-Request-Id is kept (if it is a sane token), so logs line up.
    genReqId: (req) => {
      const given = req.headers["x-request-id"];
      return typeof given === "string" && /^[\w.:-]{1,128}$/.test(given) ? given : randomUUID();
    },
    bodyLimit: 1024 * 1024,
    // Slow clients must not hold sockets forever: headers and body within the timeout.
    requestTimeout: timeoutMs,
    // Node checks those timeouts only every 30 s by default; headers must come sooner (slowloris).
    http: {
      connectionsCheckingInterval: Math.max(250, Math.min(1000, timeoutMs / 4)),
      headersTimeout: Math.min(10_000, timeoutMs),
    },
    trustProxy: trustProxyOption(options.trustProxy ?? false),
    ajv: { customOptions: { coerceTypes: false } },
    // The router refuses some URLs before any route runs; they get problem+json like the rest.
    frameworkErrors: (error, request, reply) => {
      const tooLong = error.code === "FST_ERR_MAX_PARAM_LENGTH";
      sendProblem(
        new HttpProblem(
          tooLong ? 414 : 400,
          tooLong ? "PATH_TOO_LONG" : "BAD_URL",
          tooLong ? "Path too long" : "Malformed URL",
          tooLong
            ? "A part of the path is longer than any name or number here; check the URL."
            : "The URL is not valid (a bad percent-encoding?); check it.",
        ),
        request,
        reply,
      );
    },
  });
  app.decorate("streamsPerPerson", options.streamsPerPerson ?? 50);
  app.addHook("onSend", async (request, reply) => {
    void reply.header("x-request-id", request.id);
  });
  services.metrics.countStreams(() => openStreamCount(app.server));
  app.addHook("onResponse", async (request, reply) => {
    const route = request.routeOptions.url ?? "(none)";
    // A stream's "duration" is how long someone watched; it would drown the latencies.
    if (route.endsWith("/stream")) return;
    services.metrics.request(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
  });
  if (options.accessLog ?? true) {
    // Fastify's own request lines are off (two per request, unstructured for our needs).
    app.addHook("onResponse", async (request, reply) => {
      request.log.info(
        {
          reqId: request.id,
          method: request.method,
          route: request.routeOptions.url ?? "(none)",
          status: reply.statusCode,
          ms: Math.round(reply.elapsedTime),
          user: request.user?.handle ?? null,
        },
        "request",
      );
    });
  }
  app.setValidatorCompiler(validatorCompiler);
  // Response schemas type the handlers and document the API; serialising through them would
  // re-validate every status doc on every write, so responses go out as plain JSON (serialize.ts).
  app.setSerializerCompiler(() => serialize);
  app.setErrorHandler((error, request, reply) => sendProblem(error, request, reply));
  // Live streams never end by themselves; end them first so closing can drain the rest.
  app.addHook("preClose", async () => {
    const ended = endEventStreams(app.server);
    if (ended > 0) app.log.info({ streams: ended }, "ended live streams for shutdown");
    // Closing closes the connections idle at that moment; keep-alive connections whose last
    // request (or stream) finishes later would hold the server open, so sweep until closed.
    const sweep = setInterval(() => {
      app.server.closeIdleConnections();
    }, 100);
    sweep.unref();
    app.server.once("close", () => {
      clearInterval(sweep);
    });
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      new HttpProblem(
        404,
        "NOT_FOUND",
        "Not found",
        `No route ${request.method} ${request.url}; see /api/docs.`,
      ),
      request,
      reply,
    ),
  );
  // DELETE and POST bodies are optional on some routes: an empty JSON body means "none".
  app.addContentTypeParser("application/json", { parseAs: "string" }, (_req, body, done) => {
    const text = typeof body === "string" ? body : body.toString("utf8");
    if (text.trim() === "") {
      done(null, undefined);
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text) as unknown;
    } catch {
      done(
        new HttpProblem(
          400,
          "MALFORMED_JSON",
          "Malformed JSON",
          "The request body is not valid JSON; send a JSON object.",
        ),
        undefined,
      );
      return;
    }
    const fault = findTextFault(parsed);
    done(fault ? unstorable(fault) : null, fault ? undefined : parsed);
  });
  // Path parameters and query strings go through the same check as bodies.
  app.addHook("preValidation", async (request) => {
    const fault = findTextFault(request.params, "path") ?? findTextFault(request.query, "query");
    if (fault) throw unstorable(fault);
  });

  await app.register(helmet, {
    // Scripts only from Muster itself; inline styles are allowed because the dialogs' scroll
    // lock injects a <style> element. No framing by other sites (clickjacking), no referrer.
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: "deny" },
    referrerPolicy: { policy: "no-referrer" },
    // Self-hosters often start on plain HTTP: HSTS only once they say they serve HTTPS.
    strictTransportSecurity: false,
  });
  await registerOpenApi(app, options.version ?? "0.1.0");
  await app.register(swaggerUi, { routePrefix: "/api/docs" });
  const web = webRoot();
  if (web) {
    // The Command Post: static files built by Vite; hash routes, so "/" is the only page.
    await app.register(fastifyStatic, { root: web, prefix: "/", wildcard: false });
  }
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());
  probeRoutes(app, services);
  // The public status page and stakeholder links: no sign-in, their own CSP, served from memory.
  await statusPageRoutes(app, services);
  await app.register(cookie);
  // Wrong tokens count the same wherever they are tried: as a bearer token or at sign-in.
  const failures = new FailureLimiter();
  const sessionHours = options.sessionHours ?? 168;
  metricsRoute(app, services, failures, options.metricsToken);
  await app.register(
    async (open) => {
      signInRoutes(open, services, failures, sessionHours);
      oidcRoutes(open, services, options.oidc, sessionHours);
    },
    { prefix: "/api/v1" },
  );

  await app.register(
    async (api) => {
      registerAuth(api, services.users, services.revocations, failures);
      sessionRoutes(api, services);
      registerAudit(api, services.audit);
      incidentRoutes(api, services);
      responderRoutes(api, services);
      roleRoutes(api, services);
      commandRoutes(api, services);
      reportRoutes(api, services);
      planRoutes(api, services);
      inboxRoutes(api, services);
      contactRoutes(api, services);
      streamRoutes(api, services);
      abilityRoutes(api, services);
      userRoutes(api, services);
      tokenRoutes(api, services);
      exportRoutes(api, services);
      operationRoutes(api, services);
      configRoutes(api, services);
      registerCapabilityRoutes(api, services);
    },
    { prefix: "/api/v1" },
  );
  await app.register(
    async (integrations) => {
      registerIntegrationRoutes(integrations, services);
    },
    { prefix: "/api/v1" },
  );
  await app.register(async (chat) => {
    registerSlackRoutes(chat, services);
  });
  await app.register(async (chat) => {
    registerMattermostRoutes(chat, services);
  });
  return app;
}

function unstorable(fault: TextFault): HttpProblem {
  return new HttpProblem(422, "VALIDATION", "Invalid request", fault.detail, fault.field);
}
