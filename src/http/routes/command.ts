import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { AssumeBody, IncidentRef, Problem, StepAwayBody, SuccessorBody, optionalBody } from "../schemas.js";
import { z } from "zod";
import type { Services } from "../services.js";
import { CommandOut } from "../responses.js";
import { runCommand } from "./incidents.js";

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const ok = { ...errors, 200: CommandOut };

/** Command continuity: assume command, name a successor, step away and resume. */
export function commandRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["roles"];

  r.post(
    "/incidents/:ref/command/assume",
    {
      schema: {
        tags,
        summary: "Assume command without a handover (the Deputy, the designated successor, or an admin)",
        description:
          "For an IC who cannot go on (a dead laptop, gone quiet): recorded with the reason and announced to every responder, the declaration audience and the previous IC, who stays as a responder.",
        params: IncidentRef,
        body: AssumeBody,
        response: ok,
      },
    },
    async (request) =>
      runCommand(services, request, request.params.ref, {
        type: "assume-command",
        reason: request.body.reason,
      }),
  );

  r.put(
    "/incidents/:ref/command/successor",
    {
      schema: {
        tags,
        summary: "Name who may assume command when there is no Deputy",
        params: IncidentRef,
        body: SuccessorBody,
        response: ok,
      },
    },
    async (request) =>
      runCommand(services, request, request.params.ref, {
        type: "designate-successor",
        person: request.body.person,
      }),
  );

  r.post(
    "/incidents/:ref/command/step-away",
    {
      schema: {
        tags,
        summary: "Step away from command until a time; the Deputy (or successor) commands meanwhile",
        params: IncidentRef,
        body: StepAwayBody,
        response: ok,
      },
    },
    async (request) =>
      runCommand(services, request, request.params.ref, {
        type: "step-away",
        until: request.body.until,
        notes: request.body.notes,
      }),
  );

  r.post(
    "/incidents/:ref/command/resume",
    {
      schema: {
        tags,
        summary: "Take command back after stepping away",
        params: IncidentRef,
        body: optionalBody(z.strictObject({})),
        response: ok,
      },
    },
    async (request) => runCommand(services, request, request.params.ref, { type: "resume-command" }),
  );
}
