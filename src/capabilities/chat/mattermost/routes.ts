import { timingSafeEqual } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { HttpProblem } from "../../../http/problem.js";
import { Problem } from "../../../http/schemas.js";
import type { Services } from "../../../http/services.js";
import type { ChatReply } from "../adapter.js";
import { CHAT_BODY_LIMIT, parseChatBody, rawBodies } from "../bodies.js";
import type { MattermostApp } from "./app.js";
import { postOf } from "./render.js";

function unauthorised(detail: string): HttpProblem {
  return new HttpProblem(401, "INVALID_SIGNATURE", "Invalid signature", `${detail} Nothing was recorded.`);
}

function app(services: Services): MattermostApp {
  if (!services.mattermost) {
    throw new HttpProblem(
      409,
      "CHAT_NOT_CONFIGURED",
      "Mattermost is not configured",
      "This server has no Mattermost app (MUSTER_MATTERMOST_URL, MUSTER_MATTERMOST_BOT_TOKEN, MUSTER_MATTERMOST_TEAM, MUSTER_MATTERMOST_COMMAND_TOKEN).",
    );
  }
  return services.mattermost;
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const text = (v: unknown): string => (typeof v === "string" ? v : "");

function ephemeral(m: MattermostApp, reply: ChatReply, user: string): Record<string, unknown> {
  if (reply.kind !== "whisper") return {};
  const post = postOf(reply.message, m.adapter.actionsUrl(), m.signer, user);
  return { response_type: "ephemeral", text: post.message, props: post.props };
}

/**
 * Mattermost's slash command (its outgoing POST, carrying the command's token), and the requests
 * its buttons and dialogs make (each carrying what Muster signed into them). Public: Mattermost
 * holds no Muster token.
 */
export function mattermostRoutes(fastify: FastifyInstance, services: Services): void {
  rawBodies(fastify);
  const r = fastify.withTypeProvider<ZodTypeProvider>();
  const schema = (summary: string) => ({
    bodyLimit: CHAT_BODY_LIMIT,
    schema: {
      tags: ["chat"],
      summary,
      response: { 200: z.unknown(), 400: Problem, 401: Problem, 409: Problem },
    },
  });

  r.post(
    "/integrations/mattermost/command",
    schema("Mattermost slash command (/incident …), with its token"),
    async (request) => {
      const m = app(services);
      const body = parseChatBody(request, "Mattermost", { payload: false });
      const header = /^Token\s+(\S+)$/.exec(request.headers.authorization ?? "")?.[1];
      if (!same(header ?? text(body.token), m.config.commandToken)) {
        throw unauthorised("The request does not carry this slash command's token.");
      }
      const reply = await m.chat.handle({
        kind: "command",
        user: text(body.user_id),
        channel: text(body.channel_id),
        text: text(body.text),
        trigger: text(body.trigger_id) || null,
      });
      return ephemeral(m, reply, text(body.user_id));
    },
  );

  r.post(
    "/integrations/mattermost/actions",
    schema("Mattermost button clicks on Muster's posts (signed context)"),
    async (request) => {
      const m = app(services);
      const body = parseChatBody(request, "Mattermost", { payload: false });
      const context = (
        typeof body.context === "object" && body.context !== null ? body.context : {}
      ) as Record<string, unknown>;
      const action = text(context.action);
      const value = text(context.value);
      if (
        !m.signer.verify(`${action}:${value}:${text(body.user_id)}`, context.sig) ||
        (action !== "check-in" && action !== "accept-transfer")
      ) {
        throw unauthorised("The button's context is not one Muster signed.");
      }
      const reply = await m.chat.handle({
        kind: "action",
        action,
        value,
        user: text(body.user_id),
        channel: text(body.channel_id),
      });
      return reply.kind === "whisper" ? { ephemeral_text: reply.message.text } : {};
    },
  );

  r.post(
    "/integrations/mattermost/dialogs",
    schema("Mattermost dialog submissions (signed state)"),
    async (request) => {
      const m = app(services);
      const body = parseChatBody(request, "Mattermost", { payload: false });
      let outer: { state?: unknown; sig?: unknown } = {};
      try {
        outer = JSON.parse(text(body.state)) as typeof outer;
      } catch {
        throw unauthorised("The dialog's state is not one Muster signed.");
      }
      const state = text(outer.state);
      if (!m.signer.verify(state, outer.sig)) {
        throw unauthorised("The dialog's state is not one Muster signed.");
      }
      if (body.cancelled === true) return {};
      const {
        form,
        context,
        channel,
        user: opener,
      } = JSON.parse(state) as {
        form: string;
        context: string;
        channel: string;
        user: string;
      };
      // The dialog was opened for one person; a submission naming anyone else is not theirs.
      if (opener !== text(body.user_id)) throw unauthorised("The dialog was opened for someone else.");
      if (form !== "declare" && form !== "can" && form !== "handover") return {};
      const submission = (
        typeof body.submission === "object" && body.submission !== null ? body.submission : {}
      ) as Record<string, unknown>;
      const values = Object.fromEntries(Object.entries(submission).map(([k, v]) => [k, text(v)]));
      const user = text(body.user_id);
      const reply = await m.chat.handle({ kind: "form", form, context, values, user, channel });
      if (reply.kind === "form-errors") return { errors: reply.errors };
      await m.answer(reply, channel, user);
      return {};
    },
  );
}
