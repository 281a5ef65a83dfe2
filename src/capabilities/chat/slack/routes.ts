import { verifySlackRequest } from "@slack/bolt";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { HttpProblem } from "../../../http/problem.js";
import { Problem } from "../../../http/schemas.js";
import type { Services } from "../../../http/services.js";
import { clean } from "../service.js";

/** Slack's bodies are small (a modal's state at most); anything larger is not Slack. */
const BODY_LIMIT = 1024 * 1024;

const SlackHeaders = z.object({
  "x-slack-signature": z.string().max(200).optional(),
  "x-slack-request-timestamp": z.string().max(20).optional(),
  "x-slack-retry-num": z.string().max(5).optional(),
  "x-slack-retry-reason": z.string().max(100).optional(),
});

function unauthorised(): HttpProblem {
  return new HttpProblem(
    401,
    "INVALID_SIGNATURE",
    "Invalid signature",
    "The request is not signed with this app's signing secret (X-Slack-Signature), or its X-Slack-Request-Timestamp is more than 5 minutes from now; nothing was recorded.",
  );
}

function malformed(detail: string): HttpProblem {
  return new HttpProblem(400, "MALFORMED_BODY", "Malformed body", detail);
}

/** Parses a verified body: JSON (events) or form-encoded (commands; interactions carry `payload`). */
function parse(request: FastifyRequest, raw: string): Record<string, unknown> {
  const json = (text: string): Record<string, unknown> => {
    const value: unknown = JSON.parse(text, (_key, v: unknown) => (typeof v === "string" ? clean(v) : v));
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      throw new SyntaxError("not an object");
    }
    return value as Record<string, unknown>;
  };
  try {
    if ((request.headers["content-type"] ?? "").startsWith("application/json")) return json(raw);
    const form = Object.fromEntries([...new URLSearchParams(raw)].map(([k, v]) => [k, clean(v)]));
    return typeof form.payload === "string" ? json(form.payload) : form;
  } catch {
    throw malformed("The body is neither Slack's JSON nor its form encoding.");
  }
}

/**
 * Slack's HTTP mode: slash commands, events and interactions, public (Slack holds no token) but
 * each verified against the signing secret and refused when older than five minutes (replays),
 * before anything is parsed. The answer waits until what was asked is recorded.
 */
export function slackRoutes(app: FastifyInstance, services: Services): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    ["application/json", "application/x-www-form-urlencoded"],
    { parseAs: "string", bodyLimit: BODY_LIMIT },
    (_req, body, done) => {
      done(null, body);
    },
  );
  const r = app.withTypeProvider<ZodTypeProvider>();
  for (const [path, summary] of [
    ["commands", "Slack slash command (/incident …), signed by Slack"],
    ["events", "Slack Events API (messages in incident channels), signed by Slack"],
    ["interactions", "Slack interactivity (buttons, modals), signed by Slack"],
  ] as const) {
    r.post(
      `/integrations/slack/${path}`,
      {
        bodyLimit: BODY_LIMIT,
        schema: {
          tags: ["chat"],
          summary,
          headers: SlackHeaders,
          response: { 200: z.unknown(), 400: Problem, 401: Problem, 409: Problem },
        },
      },
      async (request, reply) => {
        const slack = services.slack;
        if (!slack?.signingSecret || !slack.app.receiver) {
          throw new HttpProblem(
            409,
            "CHAT_NOT_CONFIGURED",
            "Slack is not configured for HTTP",
            "This server has no Slack app in HTTP mode (MUSTER_SLACK_BOT_TOKEN with MUSTER_SLACK_SIGNING_SECRET).",
          );
        }
        const raw = typeof request.body === "string" ? request.body : "";
        const timestamp = Number(request.headers["x-slack-request-timestamp"]);
        try {
          verifySlackRequest({
            signingSecret: slack.signingSecret,
            body: raw,
            headers: {
              "x-slack-signature": request.headers["x-slack-signature"] ?? "",
              "x-slack-request-timestamp": timestamp,
            },
          });
        } catch {
          throw unauthorised();
        }
        const body = parse(request, raw);
        if (body.type === "url_verification") {
          return reply.send({ challenge: typeof body.challenge === "string" ? body.challenge : "" });
        }
        const retry = request.headers["x-slack-retry-num"];
        const answer = await slack.app.receiver.dispatch(
          body,
          retry !== undefined ? Number(retry) : undefined,
          request.headers["x-slack-retry-reason"],
        );
        return answer === undefined ? reply.send("") : reply.send(answer);
      },
    );
  }
}
