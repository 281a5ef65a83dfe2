import formbody from "@fastify/formbody";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { HttpProblem } from "../../http/problem.js";
import { FailureLimiter, holdBack } from "../../http/failure-limiter.js";
import { findTextFault } from "../../http/text-guard.js";
import type { Services } from "../../http/services.js";
import type { Rendered } from "./service.js";
import { renderMessageHtml } from "./render.js";
import { stakeholderViewRoutes } from "./stakeholder-view.js";

// Readers hit this hard during an outage: let a CDN or proxy serve it for a few seconds, and
// keep serving the last copy if Muster cannot be reached.
const CACHE = "public, max-age=10, stale-while-revalidate=30, stale-if-error=86400";

/** No scripts at all; images only from Muster or the configured logo's origin. */
export function publicCsp(logoUrl: string | null): string {
  let logo = "";
  if (logoUrl) {
    try {
      logo = ` ${new URL(logoUrl).origin}`;
    } catch {
      logo = "";
    }
  }
  return `default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:${logo}; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`;
}

/**
 * The headers every public page carries, made once: helmet is off on these routes (they are
 * the hottest in an outage), so its protections are set here instead.
 */
export function publicHeaders(csp: string): Record<string, string> {
  return {
    "cache-control": CACHE,
    "content-security-policy": csp,
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "cross-origin-opener-policy": "same-origin",
  };
}

/** Sends a rendered page, or 304 when the reader already has it. */
export function sendRendered(
  request: FastifyRequest,
  reply: FastifyReply,
  page: Rendered,
  headers: Record<string, string>,
): FastifyReply {
  reply.headers(headers).header("etag", page.etag);
  const known = request.headers["if-none-match"];
  if (known !== undefined && known.split(",").some((tag) => tag.trim() === page.etag)) {
    return reply.code(304).send();
  }
  return reply.type(page.type).send(page.body);
}

function wantsJson(request: FastifyRequest): boolean {
  return (request.headers.accept ?? "").includes("application/json");
}

const SubscribeBody = z.object({
  email: z.email("a valid email address").max(254),
  scope: z
    .string()
    .max(120)
    .regex(
      /^(all|incident:[0-9a-f-]{36}|component:[a-z0-9][a-z0-9-]{0,63})$/,
      "all, incident:<id> or component:<name>",
    )
    .default("all"),
});

const Signed = z.object({ id: z.uuid(), sig: z.string().min(1).max(200) });

/**
 * The public status page (no sign-in): the page, its JSON and Atom feed, incident pages, and
 * email subscriptions with double opt-in and one-click unsubscribe. Served from memory.
 */
export async function statusPageRoutes(app: FastifyInstance, services: Services): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { statusPage } = services;
  const csp = publicCsp(services.statusSettings.logoUrl);
  const headers = publicHeaders(csp);
  const tags = ["status page"];

  r.get(
    "/status",
    { helmet: false, schema: { tags, summary: "The public status page (HTML, no sign-in)" } },
    async (request, reply) => sendRendered(request, reply, (await statusPage.current()).html, headers),
  );
  r.get(
    "/status.json",
    {
      helmet: false,
      schema: { tags, summary: "The public status page's content for machines (no sign-in)" },
    },
    async (request, reply) => sendRendered(request, reply, (await statusPage.current()).json, headers),
  );
  r.get(
    "/status/feed.atom",
    { helmet: false, schema: { tags, summary: "Public updates as an Atom feed (no sign-in)" } },
    async (request, reply) => sendRendered(request, reply, (await statusPage.current()).atom, headers),
  );
  r.get(
    "/status/incidents/:id",
    {
      helmet: false,
      schema: {
        tags,
        summary: "One public incident: every public update (HTML, or JSON with Accept: application/json)",
        params: z.object({ id: z.string().max(64) }),
      },
    },
    async (request, reply) => {
      const pages = await statusPage.current();
      const found = pages.incidents.get(request.params.id);
      if (!found) {
        throw new HttpProblem(404, "NOT_FOUND", "Not found", "There is no public incident with that id.");
      }
      return sendRendered(request, reply, wantsJson(request) ? found.json : found.html, headers);
    },
  );

  await app.register(async (forms) => {
    await forms.register(formbody, { bodyLimit: 16_384 });
    subscriptionRoutes(forms, services, csp);
    stakeholderViewRoutes(forms, services, csp);
  });
}

/** The problem codes of the subscription steps, by status (documented in docs/errors.md). */
const PROBLEM_CODES: Record<number, string> = {
  404: "LINK_NOT_FOUND",
  409: "EMAIL_DISABLED",
  429: "TOO_MANY_PENDING",
  503: "MAIL_UNAVAILABLE",
};

function subscriptionRoutes(app: FastifyInstance, services: Services, csp: string): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // Ten subscription requests a minute per address: plenty for a person, little for a mail bomb.
  const asking = new FailureLimiter(10, 60_000);
  const { statusPage, subscriptions } = services;
  const tags = ["status page"];
  const answer = async (
    request: FastifyRequest,
    reply: FastifyReply,
    code: number,
    heading: string,
    text: string,
  ) => {
    // A machine (JSON asked for, or sent) gets problem+json like everywhere else; a form, a page.
    const machine = wantsJson(request) || (request.headers["content-type"] ?? "").includes("json");
    if (machine && code >= 400) {
      throw new HttpProblem(code, PROBLEM_CODES[code] ?? "NOT_FOUND", heading, text);
    }
    reply.code(code).header("content-security-policy", csp).header("cache-control", "no-store");
    if (machine) return reply.send({ status: code, title: heading, detail: text });
    return reply
      .type("text/html; charset=utf-8")
      .send(renderMessageHtml((await statusPage.current()).snapshot, heading, text));
  };

  r.post(
    "/status/subscribe",
    {
      schema: {
        tags,
        summary: "Subscribe an email address (a confirmation link is sent first); form or JSON",
        body: SubscribeBody,
      },
    },
    async (request, reply) => {
      const fault = findTextFault(request.body);
      if (fault) throw new HttpProblem(422, "VALIDATION", "Invalid request", fault.detail, fault.field);
      holdBack(asking, request.ip);
      const { scope } = request.body;
      const pages = await statusPage.current();
      const known =
        scope === "all" ||
        (scope.startsWith("incident:") && pages.incidents.has(scope.slice("incident:".length))) ||
        (scope.startsWith("component:") &&
          pages.snapshot.groups.some((g) => g.components.some((c) => `component:${c.name}` === scope)));
      if (!known) {
        throw new HttpProblem(
          422,
          "VALIDATION",
          "Invalid request",
          "There is nothing public to subscribe to by that scope.",
          "scope",
        );
      }
      const outcome = await subscriptions.subscribe(request.body.email, scope);
      if (outcome === "no-email") {
        return answer(
          request,
          reply,
          409,
          "Email is not set up",
          "This status page cannot send email; follow the Atom feed instead.",
        );
      }
      if (outcome === "mail-failed") {
        reply.header("retry-after", "60");
        return answer(
          request,
          reply,
          503,
          "Could not send the email",
          "The confirmation email could not be sent just now; try again in a minute.",
        );
      }
      if (outcome === "too-many") {
        return answer(
          request,
          reply,
          429,
          "Too many requests",
          "Confirm the emails already sent to this address first.",
        );
      }
      return answer(
        request,
        reply,
        202,
        "Check your inbox",
        "We sent a link to confirm your subscription. Nothing is sent until you click it.",
      );
    },
  );

  r.get(
    "/status/confirm/:id",
    {
      schema: {
        tags,
        summary: "Confirm a subscription (the signed link from the email)",
        params: z.object({ id: z.uuid() }),
        querystring: z.object({ sig: Signed.shape.sig }),
      },
    },
    async (request, reply) =>
      (await subscriptions.confirm(request.params.id, request.query.sig))
        ? answer(request, reply, 200, "Subscribed", "You will get an email for every public update.")
        : answer(
            request,
            reply,
            404,
            "Link not valid",
            "This confirmation link is not valid; subscribe again.",
          ),
  );

  const unsubscribe = async (
    request: FastifyRequest<{ Params: { id: string }; Querystring: { sig: string } }>,
    reply: FastifyReply,
  ) =>
    (await subscriptions.unsubscribe(request.params.id, request.query.sig))
      ? answer(request, reply, 200, "Unsubscribed", "You will not get any more emails from this status page.")
      : answer(request, reply, 404, "Link not valid", "This unsubscribe link is not valid.");
  const schema = {
    tags,
    summary: "Unsubscribe in one click (the signed link in every email; POST for List-Unsubscribe-Post)",
    params: z.object({ id: z.uuid() }),
    querystring: z.object({ sig: Signed.shape.sig }),
  };
  r.get("/status/unsubscribe/:id", { schema }, unsubscribe);
  r.post("/status/unsubscribe/:id", { schema }, unsubscribe);
}
