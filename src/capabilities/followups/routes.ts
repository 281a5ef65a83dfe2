import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { DomainError } from "../../domain/index.js";
import { caller } from "../../http/auth.js";
import { CommandOut } from "../../http/responses.js";
import { IncidentRef, Problem } from "../../http/schemas.js";
import type { Services } from "../../http/services.js";
import { runCommand } from "../../http/routes/incidents.js";
import { AddFollowUpBody, FollowUpListOut, UpdateFollowUpBody } from "./schemas.js";

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const ok = { ...errors, 200: CommandOut, 201: CommandOut };

/** Follow-ups: added to an incident (during the response or after), moved to done; listed across incidents. */
export function followUpRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["follow-ups"];

  r.post(
    "/incidents/:ref/follow-ups",
    {
      schema: {
        tags,
        summary: "Add a follow-up (from a need, a decision, a change, the postmortem, or by hand)",
        params: IncidentRef,
        body: AddFollowUpBody,
        response: ok,
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await runCommand(services, request, request.params.ref, { type: "add-follow-up", ...request.body }),
        ),
  );

  r.post(
    "/incidents/:ref/follow-ups/:id/track",
    {
      schema: {
        tags,
        summary:
          "Open an issue for a follow-up in the configured tracker (GitHub); its state then syncs both ways",
        params: IncidentRef.extend({ id: z.string().min(1).max(64) }),
        response: ok,
      },
    },
    async (request) => {
      if (!services.tracker) {
        throw new DomainError(
          "TRACKER_NOT_CONFIGURED",
          "No tracker is configured on this server; an admin sets MUSTER_GITHUB_TOKEN, MUSTER_GITHUB_REPOSITORY and MUSTER_GITHUB_WEBHOOK_SECRET.",
        );
      }
      return runCommand(services, request, request.params.ref, {
        type: "track-follow-up",
        id: request.params.id,
      });
    },
  );

  r.patch(
    "/incidents/:ref/follow-ups/:id",
    {
      schema: {
        tags,
        summary: "Change a follow-up: state (won't do needs a reason), owner, due time, priority, title",
        params: IncidentRef.extend({ id: z.string().min(1).max(64) }),
        body: UpdateFollowUpBody,
        response: ok,
      },
    },
    async (request) =>
      runCommand(services, request, request.params.ref, {
        type: "update-follow-up",
        id: request.params.id,
        ...request.body,
      }),
  );

  r.get(
    "/follow-ups",
    {
      schema: {
        tags,
        summary:
          "Follow-ups across the incidents you can see (mine: owner=<you>; overdue=true), soonest due first",
        querystring: z.object({
          owner: z.string().max(64).optional(),
          state: z.enum(["open", "in-progress", "done", "wont-do"]).optional(),
          overdue: z.enum(["true", "false"]).optional(),
        }),
        response: { 200: FollowUpListOut, 401: Problem, 422: Problem },
      },
    },
    async (request) => ({
      followUps: await services.followUps(
        caller(request),
        { ...request.query, overdue: request.query.overdue === "true" },
        new Date(),
      ),
    }),
  );
}
