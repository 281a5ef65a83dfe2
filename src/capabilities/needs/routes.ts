import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { CommandOut } from "../../http/responses.js";
import { IncidentRef, Problem } from "../../http/schemas.js";
import type { Services } from "../../http/services.js";
import { runCommand, visibleIncident } from "../../http/routes/incidents.js";
import { AnswerNeedBody, AssignNeedBody, NeedOut, WithdrawNeedBody } from "./schemas.js";

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const ok = { ...errors, 200: CommandOut };
const NeedParams = IncidentRef.extend({ id: z.string().min(1).max(64) });

/** Needs from CAN reports: list the open ones, give one to someone, answer or withdraw it. */
export function needRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["reports"];

  r.get(
    "/incidents/:ref/needs",
    {
      schema: {
        tags,
        summary: "Open needs from CAN reports, oldest first",
        params: IncidentRef,
        response: { 200: z.object({ needs: z.array(NeedOut) }), 404: Problem },
      },
    },
    async (request) => {
      const { doc } = await visibleIncident(services, request, request.params.ref);
      return { needs: doc.needs };
    },
  );

  r.post(
    "/incidents/:ref/needs/:id/assign",
    {
      schema: {
        tags,
        summary: "Give a need to a responder to see to (command, or the supervisor the report went to)",
        params: NeedParams,
        body: AssignNeedBody,
        response: ok,
      },
    },
    async (request) =>
      runCommand(services, request, request.params.ref, {
        type: "assign-need",
        id: request.params.id,
        assignee: request.body.assignee,
      }),
  );

  r.post(
    "/incidents/:ref/needs/:id/answer",
    {
      schema: {
        tags,
        summary: "Answer a need; the answer is linked to it and the reporter is told",
        params: NeedParams,
        body: AnswerNeedBody,
        response: ok,
      },
    },
    async (request) =>
      runCommand(services, request, request.params.ref, {
        type: "answer-need",
        id: request.params.id,
        answer: request.body.answer,
      }),
  );

  r.post(
    "/incidents/:ref/needs/:id/withdraw",
    {
      schema: {
        tags,
        summary: "Withdraw a need (its reporter, or command)",
        params: NeedParams,
        body: WithdrawNeedBody,
        response: ok,
      },
    },
    async (request) =>
      runCommand(services, request, request.params.ref, {
        type: "withdraw-need",
        id: request.params.id,
        reason: request.body?.reason,
      }),
  );
}
