import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { CanBody, DecisionBody, IncidentRef, LogBody, MessageBody, Problem, UpdateBody } from "../schemas.js";
import type { Services } from "../services.js";
import { CommandOut } from "../responses.js";
import { runCommand } from "./incidents.js";

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const ok = { ...errors, 200: CommandOut, 201: CommandOut };

/** CAN reports, log entries, cadence updates and decisions. */
export function reportRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["reports"];

  r.post(
    "/incidents/:ref/reports",
    {
      schema: {
        tags,
        summary: "File a CAN report (conditions, actions, needs)",
        params: IncidentRef,
        body: CanBody,
        response: ok,
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await runCommand(services, request, request.params.ref, { type: "report-can", ...request.body }),
        ),
  );

  r.post(
    "/incidents/:ref/log",
    {
      schema: {
        tags,
        summary: "Add a log entry (optionally a key event)",
        params: IncidentRef,
        body: LogBody,
        response: ok,
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await runCommand(services, request, request.params.ref, { type: "log", ...request.body })),
  );

  r.post(
    "/incidents/:ref/messages",
    {
      schema: {
        tags,
        summary:
          "Post to the incident channel; anyone who can see the incident may, and messages from people not checked in are marked as freelancing",
        params: IncidentRef,
        body: MessageBody,
        response: ok,
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await runCommand(services, request, request.params.ref, {
          type: "post-message",
          text: request.body.text,
        }),
      ),
  );

  r.post(
    "/incidents/:ref/updates",
    {
      schema: {
        tags,
        summary: "Post an update on the cadence (IC, Deputy or Comms Lead); resets next-update-due",
        params: IncidentRef,
        body: UpdateBody,
        response: ok,
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await runCommand(services, request, request.params.ref, {
          type: "post-update",
          text: request.body.text,
        }),
      ),
  );

  r.post(
    "/incidents/:ref/decisions",
    {
      schema: {
        tags,
        summary: "Record a decision with its rationale",
        params: IncidentRef,
        body: DecisionBody,
        response: ok,
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await runCommand(services, request, request.params.ref, { type: "decide", ...request.body })),
  );
}
