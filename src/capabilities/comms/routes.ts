import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { caller, requireAdmin } from "../../http/auth.js";
import { HttpProblem } from "../../http/problem.js";
import { CommandOut } from "../../http/responses.js";
import { IncidentRef, Problem, text } from "../../http/schemas.js";
import type { Services } from "../../http/services.js";
import { runCommand, visibleIncident } from "../../http/routes/incidents.js";
import { resolveAudience } from "../dispatch/routes.js";
import { resolveAudiences } from "./audiences.js";
import { previewUpdate } from "./preview.js";
import {
  ApproveUpdateBody,
  DraftUpdateBody,
  GroupName,
  PreviewOut,
  StakeholderGroupIn,
  StakeholderGroupOut,
} from "./schemas.js";
import { stakeholderLinkRoutes } from "./link-routes.js";

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const ok = { ...errors, 200: CommandOut, 201: CommandOut };
const UpdateRef = IncidentRef.extend({ id: z.string().min(1).max(64) });

function groupNotFound(name: string): HttpProblem {
  return new HttpProblem(
    404,
    "STAKEHOLDER_GROUP_NOT_FOUND",
    "Stakeholder group not found",
    `There is no stakeholder group "${name}"; GET /api/v1/stakeholder-groups lists them.`,
  );
}

function groupRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["comms"];

  r.get(
    "/stakeholder-groups",
    {
      schema: {
        tags,
        summary:
          "Stakeholder groups: who hears about incidents, and whether their updates need the IC's approval",
        response: { 200: z.object({ groups: z.array(StakeholderGroupOut) }), 401: Problem, 403: Problem },
      },
    },
    async () => ({ groups: await services.stakeholders.list() }),
  );

  r.put(
    "/stakeholder-groups/:name",
    {
      schema: {
        tags,
        summary:
          "Admin: create or replace a stakeholder group (members: people, teams, outside email addresses)",
        params: z.object({ name: GroupName }),
        body: StakeholderGroupIn,
        response: { ...errors, 200: StakeholderGroupOut },
      },
    },
    async (request) => {
      requireAdmin(request);
      const { members, approval, ...rest } = request.body;
      await resolveAudience(
        services,
        members.flatMap((m) => (m.kind === "person" ? [m.handle] : [])),
        members.flatMap((m) => (m.kind === "team" ? [m.team] : [])),
      );
      return services.stakeholders.put(
        { name: request.params.name, ...rest, approval: approval ?? rest.external, members },
        new Date(),
      );
    },
  );

  r.delete(
    "/stakeholder-groups/:name",
    {
      schema: {
        tags,
        summary: "Admin: remove a stakeholder group (incidents keep the copy they were given)",
        params: z.object({ name: GroupName }),
        response: { ...errors, 204: z.null() },
      },
    },
    async (request, reply) => {
      requireAdmin(request);
      if (!(await services.stakeholders.remove(request.params.name))) {
        throw groupNotFound(request.params.name);
      }
      return reply.code(204).send(null);
    },
  );
}

function updateRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["comms"];

  r.put(
    "/incidents/:ref/comms/audiences",
    {
      schema: {
        tags,
        summary: "Name the incident's audiences: stakeholder groups (and `public`, the status page); IC only",
        params: IncidentRef,
        body: z.strictObject({ groups: z.array(GroupName).max(50) }),
        response: ok,
      },
    },
    async (request) =>
      runCommand(services, request, request.params.ref, {
        type: "set-audiences",
        audiences: await resolveAudiences(services, request.body.groups),
      }),
  );

  r.post(
    "/incidents/:ref/comms/updates/preview",
    {
      schema: {
        tags,
        summary: "What each member of the audience would receive, and whether it waits for approval",
        params: IncidentRef,
        body: DraftUpdateBody,
        response: { 200: PreviewOut, ...errors },
      },
    },
    async (request) => {
      const { doc } = await visibleIncident(services, request, request.params.ref);
      return { previews: [previewUpdate(doc, request.body, caller(request).handle, services.emailEnabled)] };
    },
  );

  r.post(
    "/incidents/:ref/comms/updates",
    {
      schema: {
        tags,
        summary:
          "Write an update for one audience (Comms Lead, IC, or the Liaison for that group); external audiences wait for the IC's approval",
        params: IncidentRef,
        body: DraftUpdateBody,
        response: ok,
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await runCommand(services, request, request.params.ref, { type: "draft-update", ...request.body }),
        ),
  );

  r.post(
    "/incidents/:ref/comms/updates/:id/approve",
    {
      schema: {
        tags,
        summary: "IC: approve an update (with edits, recorded) and send it",
        params: UpdateRef,
        body: ApproveUpdateBody,
        response: ok,
      },
    },
    async (request) =>
      runCommand(services, request, request.params.ref, {
        type: "approve-update",
        id: request.params.id,
        ...(request.body.edits ? { edits: request.body.edits } : {}),
      }),
  );

  r.post(
    "/incidents/:ref/comms/updates/:id/reject",
    {
      schema: {
        tags,
        summary: "IC: reject an update, saying why",
        params: UpdateRef,
        body: z.strictObject({ reason: text(2000, "reason") }),
        response: ok,
      },
    },
    async (request) =>
      runCommand(services, request, request.params.ref, {
        type: "reject-update",
        id: request.params.id,
        reason: request.body.reason,
      }),
  );

  r.post(
    "/incidents/:ref/comms/questions",
    {
      schema: {
        tags,
        summary: "Ask Comms a question (it goes to the Liaison or Comms Lead, not the responders' channel)",
        params: IncidentRef,
        body: z.strictObject({ text: text(4000, "text"), audience: GroupName.nullable().default(null) }),
        response: ok,
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await runCommand(services, request, request.params.ref, {
          type: "ask-question",
          audience: request.body.audience,
          from: { kind: "person", handle: caller(request).handle },
          text: request.body.text,
        }),
      ),
  );

  r.post(
    "/incidents/:ref/comms/questions/:id/answer",
    {
      schema: {
        tags,
        summary: "Answer a stakeholder's question (Comms Lead, IC, or their Liaison); the asker is told",
        params: UpdateRef,
        body: z.strictObject({ text: text(4000, "text") }),
        response: ok,
      },
    },
    async (request) =>
      runCommand(services, request, request.params.ref, {
        type: "answer-question",
        id: request.params.id,
        text: request.body.text,
      }),
  );
}

/** Stakeholder groups, audiences, updates with approval, questions, and read-only links. */
export function commsRoutes(app: FastifyInstance, services: Services): void {
  groupRoutes(app, services);
  updateRoutes(app, services);
  stakeholderLinkRoutes(app, services);
}
