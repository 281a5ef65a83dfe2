import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import type { FailureLimiter } from "../failure-limiter.js";
import { apiTokenOwner, refuseWhileThrottled } from "../failure-limiter.js";
import { HttpProblem } from "../problem.js";
import { Problem } from "../schemas.js";
import type { Services } from "../services.js";

const digest = (s: string) => createHash("sha256").update(s).digest();

/**
 * Who may scrape: Prometheus with the configured metrics token, or an admin's API token (any
 * scope, read-only included). Wrong tokens count towards the same throttle as sign-in.
 */
async function authorize(
  request: FastifyRequest,
  services: Services,
  failures: FailureLimiter,
  metricsToken: string | undefined,
): Promise<void> {
  refuseWhileThrottled(failures, request.ip);
  const secret = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? "")?.[1];
  if (!secret) {
    throw new HttpProblem(
      401,
      "UNAUTHENTICATED",
      "Authentication required",
      "Scrape with `authorization: Bearer <MUSTER_METRICS_TOKEN>` (Prometheus: `authorization.credentials`), or an admin's API token.",
    );
  }
  if (metricsToken && timingSafeEqual(digest(secret), digest(metricsToken))) return;
  const found = await apiTokenOwner(
    services.users,
    secret,
    failures,
    request.ip,
    "That token may not scrape metrics.",
  );
  if (!found.isAdmin) {
    throw new HttpProblem(
      403,
      "ADMIN_ONLY",
      "Admin only",
      "Only an admin's token, or the metrics token, may scrape.",
    );
  }
}

/** GET /metrics: the Prometheus text format, for a scraper. */
export function metricsRoute(
  app: FastifyInstance,
  services: Services,
  failures: FailureLimiter,
  metricsToken: string | undefined,
): void {
  app.get(
    "/metrics",
    {
      schema: {
        tags: ["operations"],
        summary: "Metrics in the Prometheus text format (the metrics token, or an admin's token)",
        security: [],
        response: {
          200: z.string().describe("Prometheus text exposition format 0.0.4"),
          401: Problem,
          403: Problem,
          429: Problem,
        },
      },
    },
    async (request, reply) => {
      await authorize(request, services, failures, metricsToken);
      const text = await services.metrics.scrape();
      return reply.type("text/plain; version=0.0.4; charset=utf-8").send(text);
    },
  );
}
