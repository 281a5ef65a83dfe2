import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { parseRole } from "../../domain/index.js";
import {
  AssignBody,
  CheckInBody,
  GroupBody,
  IncidentRef,
  MoveBody,
  MoveGroupBody,
  PersonParams,
  Problem,
  ReleaseBody,
} from "../schemas.js";
import type { Services } from "../services.js";
import { CommandOut } from "../responses.js";
import { runCommand } from "./incidents.js";

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const ok = { ...errors, 200: CommandOut, 201: CommandOut };

/** Check-in, assignment, moves, release, and groups. */
export function responderRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["responders"];

  r.post(
    "/incidents/:ref/responders",
    {
      schema: {
        tags,
        summary: "Check in (to staging)",
        params: IncidentRef,
        body: CheckInBody,
        response: ok,
      },
    },
    async (request, reply) => {
      const result = await runCommand(services, request, request.params.ref, {
        type: "check-in",
        ...request.body,
      });
      return reply.code(201).send(result);
    },
  );

  r.post(
    "/incidents/:ref/responders/:person/assignment",
    {
      schema: {
        tags,
        summary: "Place a checked-in person in the tree",
        params: PersonParams,
        body: AssignBody,
        response: ok,
      },
    },
    async (request) => {
      const { role, ...rest } = request.body;
      return runCommand(services, request, request.params.ref, {
        type: "assign",
        person: request.params.person,
        ...rest,
        ...(role === undefined ? {} : { role: parseRole(role) }),
      });
    },
  );

  r.post(
    "/incidents/:ref/responders/:person/move",
    {
      schema: {
        tags,
        summary: "Move a person (and their branch) to another supervisor",
        params: PersonParams,
        body: MoveBody,
        response: ok,
      },
    },
    async (request) =>
      runCommand(services, request, request.params.ref, {
        type: "move",
        person: request.params.person,
        supervisor: request.body.supervisor,
      }),
  );

  r.delete(
    "/incidents/:ref/responders/:person",
    {
      schema: {
        tags,
        summary: "Release (demobilise)",
        params: PersonParams,
        body: ReleaseBody,
        response: ok,
      },
    },
    async (request) =>
      runCommand(services, request, request.params.ref, {
        type: "release",
        person: request.params.person,
        reason: request.body?.reason,
      }),
  );

  r.post(
    "/incidents/:ref/groups",
    {
      schema: {
        tags,
        summary: "Form a group with a lead",
        params: IncidentRef,
        body: GroupBody,
        response: ok,
      },
    },
    async (request, reply) => {
      const result = await runCommand(services, request, request.params.ref, {
        type: "form-group",
        ...request.body,
      });
      return reply.code(201).send(result);
    },
  );

  r.post(
    "/incidents/:ref/groups/:group/move",
    {
      schema: {
        tags,
        summary: "Move a whole group under another supervisor",
        params: IncidentRef.extend({ group: z.string().min(1).max(40) }),
        body: MoveGroupBody,
        response: ok,
      },
    },
    async (request) =>
      runCommand(services, request, request.params.ref, {
        type: "move-group",
        group: request.params.group,
        supervisor: request.body.supervisor,
      }),
  );
}
