import { verifySlackRequest } from "@slack/bolt";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { HttpProblem } from "../../../http/problem.js";
import { Problem } from "../../../http/schemas.js";
import type { Services } from "../../../http/services.js";
import { CHAT_BODY_LIMIT, parseChatBody, rawBodies } from "../bodies.js";

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

/**
 * Slack's HTTP mode: slash commands, events and interactions, public (Slack holds no token) but
 * each verified against the signing secret and refused when older than five minutes (replays),
 * before anything is parsed. The answer waits until what was asked is recorded.
 */
export function slackRoutes(app: FastifyInstance, services: Services): void {
  rawBodies(app);
  const r = app.withTypeProvider<ZodTypeProvider>();
  for (const [path, summary] of [
    ["commands", "Slack slash command (/incident …), signed by Slack"],
    ["events", "Slack Events API (messages in incident channels), signed by Slack"],
    ["interactions", "Slack interactivity (buttons, modals), signed by Slack"],
  ] as const) {
    r.post(
      `/integrations/slack/${path}`,
      {
        bodyLimit: CHAT_BODY_LIMIT,
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
        const body = parseChatBody(request, "Slack", { payload: true });
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
