import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { z } from "zod";
import { FailureLimiter } from "../../http/failure-limiter.js";
import { HttpProblem } from "../../http/problem.js";
import { Problem } from "../../http/schemas.js";
import type { Services } from "../../http/services.js";
import { findTextFault } from "../../http/text-guard.js";
import type { Delivery, SourceKind } from "./domain/intake.js";
import { GenericPayload, PayloadFault, WebhookPayload, fromGeneric, fromWebhook } from "./domain/intake.js";
import { IntakeOut, SourceParams } from "./schemas.js";
import { IntakeQueue } from "./intake-queue.js";
import type { AlertSource } from "./setup-store.js";

/** A source's secret, as Alertmanager's `authorization` or `basic_auth` and Grafana's webhook send it. */
function secretOf(request: FastifyRequest): string | null {
  const header = request.headers.authorization ?? "";
  const bearer = /^Bearer\s+(\S+)$/i.exec(header);
  if (bearer?.[1]) return bearer[1];
  const basic = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header);
  if (basic?.[1]) {
    const decoded = Buffer.from(basic[1], "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    return colon >= 0 ? decoded.slice(colon + 1) : null;
  }
  return null;
}

/** The source a request's secret belongs to, or the 401 (429 for an address guessing secrets). */
async function authenticate(
  request: FastifyRequest,
  services: Services,
  failures: FailureLimiter,
): Promise<AlertSource> {
  // Guessing secrets from one address is slowed down: past 20 wrong ones a minute, 429.
  const wait = failures.retryAfter(request.ip);
  if (wait > 0) {
    throw new HttpProblem(
      429,
      "TOO_MANY_FAILURES",
      "Too many wrong secrets",
      `Too many wrong source secrets from your address; try again in ${String(wait)} s.`,
      undefined,
      wait,
    );
  }
  // This runs before the path is validated: a name that could be no source's is simply unknown.
  const name = SourceParams.shape.name.safeParse((request.params as { name?: unknown }).name);
  const secret = secretOf(request);
  const source =
    secret && name.success ? await services.alertSetup.authenticate(name.data, secret) : undefined;
  if (!source) {
    failures.fail(request.ip);
    throw new HttpProblem(
      401,
      "INVALID_SOURCE_SECRET",
      "Invalid source secret",
      "Send the source's secret as `Authorization: Bearer <secret>` (an admin sees the source's URL in GET /api/v1/alert-sources and can rotate its secret).",
    );
  }
  return source;
}

function invalid(field: string, detail: string): HttpProblem {
  return new HttpProblem(422, "VALIDATION", "Invalid alert payload", detail, field);
}

/** The first problem zod found, as a field path and what to do. */
function firstIssue(error: z.ZodError): HttpProblem {
  const issue = error.issues[0];
  const field = issue?.path.map(String).join(".") || "body";
  return invalid(field, `${field}: ${issue?.message ?? "invalid"}.`);
}

/** Parses and normalises a body for a source of this kind. */
export function deliveriesOf(kind: SourceKind, raw: string, now: string): Delivery[] {
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw new HttpProblem(400, "MALFORMED_JSON", "Malformed JSON", "The body is not valid JSON.");
  }
  const fault = findTextFault(body);
  if (fault) throw invalid(fault.field, fault.detail);
  try {
    if (kind === "generic") {
      const parsed = GenericPayload.safeParse(body);
      if (!parsed.success) throw firstIssue(parsed.error);
      return fromGeneric(parsed.data, now);
    }
    const parsed = WebhookPayload.safeParse(body);
    if (!parsed.success) throw firstIssue(parsed.error);
    return [fromWebhook(parsed.data, now)];
  } catch (error) {
    if (error instanceof PayloadFault) throw invalid(error.field, error.message);
    throw error;
  }
}

/**
 * Alert intake: `POST /api/v1/alerts/{source}`, public to Muster's tokens but not to the world:
 * each source has its own secret, sent as a bearer token (or basic-auth password). The body is
 * stored, deduplicated by fingerprint and grouped by group key, in one transaction before the
 * answer, so an acknowledged alert is never lost; routing happens just after, apart.
 */
export function alertIntakeRoutes(app: FastifyInstance, services: Services): void {
  const failures = new FailureLimiter();
  const queue = new IntakeQueue(services.alerts, () => new Date());
  // Who sent each request, found before its body is read: a stranger's 16 MB is never parsed.
  const sources = new WeakMap<FastifyRequest, AlertSource>();
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    "/alerts/:name",
    {
      bodyLimit: 16 * 1024 * 1024,
      onRequest: async (request) => {
        sources.set(request, await authenticate(request, services, failures));
      },
      schema: {
        tags: ["alerts"],
        summary:
          "Alert intake for a source: Alertmanager's webhook_config body, Grafana's webhook contact point body, or generic JSON (by the source's kind); authenticated with the source's secret",
        params: SourceParams,
        response: {
          202: IntakeOut,
          400: Problem,
          401: Problem,
          413: Problem,
          422: Problem,
          429: Problem,
          503: Problem,
        },
      },
    },
    async (request, reply) => {
      const source = sources.get(request);
      if (!source) throw new Error("an alert delivery reached its handler unauthenticated");
      const raw = typeof request.body === "string" ? request.body : "";
      const deliveries = deliveriesOf(source.kind, raw, new Date().toISOString());
      const stored = await queue.submit(source.name, deliveries);
      const groups = stored.map((g) => ({ id: g.groupId, status: g.status }));
      services.alertRouter.nudge();
      return reply.code(202).send({ accepted: deliveries.reduce((n, d) => n + d.alerts.length, 0), groups });
    },
  );
}
