import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { CommandOut } from "../../http/responses.js";
import { runCommand, visibleIncident } from "../../http/routes/incidents.js";
import { IncidentRef, OptionalResultBody, Problem, ReasonBody, ResultBody } from "../../http/schemas.js";
import type { Services } from "../../http/services.js";
import { ChangeBody, ChangeOut, ObjectionBody, StartChangeBody } from "./schemas.js";

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const ok = { ...errors, 200: CommandOut, 201: CommandOut };
const IdParams = IncidentRef.extend({ id: z.string().min(1).max(64) });

/** Cautious changes: propose, object or clear, start one at a time, observe, keep or roll back. */
export function changeRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["changes"];

  r.get(
    "/incidents/:ref/changes",
    {
      schema: {
        tags,
        summary: "Every change of the incident, concluded ones too",
        params: IncidentRef,
        response: { 200: z.object({ changes: z.array(ChangeOut) }), 404: Problem },
      },
    },
    async (request) => {
      const { id } = await visibleIncident(services, request, request.params.ref);
      const state = await services.reads.currentState(id);
      return { changes: Object.values(state?.changes ?? {}) };
    },
  );

  r.post(
    "/incidents/:ref/changes",
    {
      schema: {
        tags,
        summary: "Propose a change (announced; objection window or clearance)",
        params: IncidentRef,
        body: ChangeBody,
        response: ok,
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await runCommand(services, request, request.params.ref, {
          type: "change-propose",
          ...request.body,
        }),
      ),
  );

  r.post(
    "/incidents/:ref/changes/:id/objections",
    {
      schema: {
        tags,
        summary: "Object to a change, with a reason",
        params: IdParams,
        body: ObjectionBody,
        response: ok,
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await runCommand(services, request, request.params.ref, {
          type: "change-object",
          id: request.params.id,
          reason: request.body.reason,
        }),
      ),
  );

  r.post(
    "/incidents/:ref/changes/:id/objections/:objectionId/withdraw",
    {
      schema: {
        tags,
        summary: "Withdraw your objection",
        params: IdParams.extend({ objectionId: z.string().min(1).max(64) }),
        response: ok,
      },
    },
    async (request) =>
      runCommand(services, request, request.params.ref, {
        type: "change-withdraw-objection",
        id: request.params.id,
        objectionId: request.params.objectionId,
      }),
  );

  const simple = [
    ["clear", "Clear a change (TL or IC)"],
    ["keep", "Keep a change after observing it"],
  ] as const;
  for (const [verb, summary] of simple) {
    r.post(
      `/incidents/:ref/changes/:id/${verb}`,
      { schema: { tags, summary, params: IdParams, response: ok } },
      async (request) =>
        runCommand(services, request, request.params.ref, { type: `change-${verb}`, id: request.params.id }),
    );
  }

  r.post(
    "/incidents/:ref/changes/:id/start",
    {
      schema: {
        tags,
        summary: "Start a change (one at a time per system)",
        params: IdParams,
        body: StartChangeBody,
        response: ok,
      },
    },
    async (request) =>
      runCommand(services, request, request.params.ref, {
        type: "change-start",
        id: request.params.id,
        override: request.body?.override,
        whenFree: request.body?.whenFree,
      }),
  );

  r.post(
    "/incidents/:ref/changes/:id/observe",
    {
      schema: {
        tags,
        summary: "Record the observed result",
        params: IdParams,
        body: ResultBody,
        response: ok,
      },
    },
    async (request) =>
      runCommand(services, request, request.params.ref, {
        type: "change-observe",
        id: request.params.id,
        result: request.body.result,
      }),
  );

  r.post(
    "/incidents/:ref/changes/:id/rollback",
    {
      schema: {
        tags,
        summary: "Roll a change back",
        params: IdParams,
        body: OptionalResultBody,
        response: ok,
      },
    },
    async (request) =>
      runCommand(services, request, request.params.ref, {
        type: "change-rollback",
        id: request.params.id,
        result: request.body?.result,
      }),
  );

  r.post(
    "/incidents/:ref/changes/:id/withdraw",
    {
      schema: {
        tags,
        summary: "Withdraw a proposed change",
        params: IdParams,
        body: ReasonBody,
        response: ok,
      },
    },
    async (request) =>
      runCommand(services, request, request.params.ref, {
        type: "change-withdraw",
        id: request.params.id,
        reason: request.body?.reason,
      }),
  );
}
