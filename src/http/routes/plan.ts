import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { CommandOut, StatusDocOut } from "../responses.js";
import {
  IncidentRef,
  ObjectiveBody,
  ObjectivePatch,
  PeriodBody,
  Problem,
  ReasonBody,
  TaskBody,
  TaskReportBody,
} from "../schemas.js";
import type { Services } from "../services.js";
import { runCommand, visibleIncident } from "./incidents.js";

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const ok = { ...errors, 200: CommandOut, 201: CommandOut };
const IdParams = IncidentRef.extend({ id: z.string().min(1).max(64) });

/** The action plan: operational periods, objectives and time-boxed tasks. */
export function planRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["action plan"];

  r.get(
    "/incidents/:ref/plan",
    {
      schema: {
        tags,
        summary: "The current action plan",
        params: IncidentRef,
        response: { 200: StatusDocOut.shape.plan, 404: Problem },
      },
    },
    async (request) => {
      const { doc } = await visibleIncident(services, request, request.params.ref);
      return doc.plan;
    },
  );

  r.post(
    "/incidents/:ref/periods",
    {
      schema: {
        tags,
        summary: "Start the next operational period (re-issues the plan, carrying open items over)",
        params: IncidentRef,
        body: PeriodBody,
        response: ok,
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await runCommand(services, request, request.params.ref, {
          type: "start-period",
          minutes: request.body?.minutes,
        }),
      ),
  );

  r.post(
    "/incidents/:ref/objectives",
    {
      schema: {
        tags,
        summary: "Set an objective (an outcome) with an owner",
        params: IncidentRef,
        body: ObjectiveBody,
        response: ok,
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await runCommand(services, request, request.params.ref, { type: "set-objective", ...request.body }),
        ),
  );

  r.patch(
    "/incidents/:ref/objectives/:id",
    {
      schema: {
        tags,
        summary: "Change an objective's text, owner or state",
        params: IdParams,
        body: ObjectivePatch,
        response: ok,
      },
    },
    async (request) =>
      runCommand(services, request, request.params.ref, {
        type: "update-objective",
        id: request.params.id,
        ...request.body,
      }),
  );

  r.post(
    "/incidents/:ref/tasks",
    {
      schema: {
        tags,
        summary: "Give a named responder a time-boxed task",
        params: IncidentRef,
        body: TaskBody,
        response: ok,
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await runCommand(services, request, request.params.ref, { type: "assign-task", ...request.body }),
        ),
  );

  r.post(
    "/incidents/:ref/tasks/:id/ack",
    { schema: { tags, summary: "Acknowledge your task", params: IdParams, response: ok } },
    async (request) =>
      runCommand(services, request, request.params.ref, { type: "ack-task", id: request.params.id }),
  );

  r.post(
    "/incidents/:ref/tasks/:id/reports",
    {
      schema: {
        tags,
        summary: "Report on your task (done, or more time)",
        params: IdParams,
        body: TaskReportBody,
        response: ok,
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await runCommand(services, request, request.params.ref, {
          type: "report-task",
          id: request.params.id,
          ...request.body,
        }),
      ),
  );

  r.post(
    "/incidents/:ref/tasks/:id/cancel",
    { schema: { tags, summary: "Cancel a task", params: IdParams, body: ReasonBody, response: ok } },
    async (request) =>
      runCommand(services, request, request.params.ref, {
        type: "cancel-task",
        id: request.params.id,
        reason: request.body?.reason,
      }),
  );
}
