import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  buildOrgTree,
  foldEvents,
  incidentNotFound,
  renderOrgTree,
  renderStatusMarkdown,
} from "../../domain/index.js";
import type { Command, RoleTenure } from "../../domain/index.js";
import { caller } from "../auth.js";
import {
  DeclareBody,
  LinksBody,
  IncidentRef,
  ListQuery,
  OrgQuery,
  PatchBody,
  Problem,
  StatusBody,
  TimelineQuery,
} from "../schemas.js";
import type { Services } from "../services.js";
import { resolveAudience } from "../../capabilities/dispatch/routes.js";
import { resolveAudiences } from "../../capabilities/comms/audiences.js";
import {
  CommandOut,
  IncidentListOut,
  OrgOut,
  RoleHistoryOut,
  StatusDocOut,
  TimelineOut,
} from "../responses.js";
import { z } from "zod";
import { commandBody } from "../serialize.js";

/** Resolves `:ref` to an incident the caller may see, or the one 404. */
export async function visibleIncident(services: Services, request: FastifyRequest, ref: string) {
  const user = caller(request);
  const found = await services.reads.findVisible(ref, user);
  if (!found) throw incidentNotFound();
  return found;
}

/** Runs a command on `:ref` and answers with the status doc plus the new events. */
export async function runCommand(services: Services, request: FastifyRequest, ref: string, command: Command) {
  const outcome = await services.muster.execute(caller(request), ref, command);
  return commandBody(outcome.doc, outcome.events);
}

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

/** Declare, list, read, update and end incidents; timeline and org tree. */
export function incidentRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["incidents"];

  r.post(
    "/incidents",
    {
      schema: {
        tags,
        summary: "Declare an incident",
        body: DeclareBody,
        response: { ...errors, 201: CommandOut },
      },
    },
    async (request, reply) => {
      const { notify, audiences, ...declare } = request.body;
      const audience = notify ? await resolveAudience(services, notify.people, notify.teams) : undefined;
      const stakeholders = audiences ? await resolveAudiences(services, audiences) : undefined;
      const outcome = await services.muster.declare(caller(request), { ...declare, audience, stakeholders });
      return reply.code(201).send(commandBody(outcome.doc, outcome.events));
    },
  );

  r.get(
    "/incidents",
    {
      schema: {
        tags,
        summary: "List incidents you can see",
        querystring: ListQuery,
        response: { 200: IncidentListOut },
      },
    },
    async (request) => {
      const q = request.query;
      const incidents = await services.reads.list(
        { status: q.status?.split(","), kind: q.kind?.split(","), limit: q.limit },
        caller(request),
      );
      return { incidents };
    },
  );

  r.get(
    "/incidents/:ref",
    {
      schema: {
        tags,
        summary: "The status doc",
        params: IncidentRef,
        response: { 200: StatusDocOut.or(z.string()), 404: Problem },
      },
    },
    async (request, reply) => {
      const { doc } = await visibleIncident(services, request, request.params.ref);
      if (request.headers.accept?.includes("text/markdown")) {
        return reply.type("text/markdown; charset=utf-8").send(renderStatusMarkdown(doc));
      }
      return doc;
    },
  );

  r.patch(
    "/incidents/:ref",
    {
      schema: {
        tags,
        summary: "Change synopsis, severity, impact estimate or ETA",
        params: IncidentRef,
        body: PatchBody,
        response: { ...errors, 200: CommandOut },
      },
    },
    async (request) => runCommand(services, request, request.params.ref, { type: "update", ...request.body }),
  );

  r.put(
    "/incidents/:ref/links",
    {
      schema: {
        tags,
        summary: "Set where the response lives: chat channel, bridge, documents, dashboards",
        description: "The whole list at once (http and https addresses only); those in command set it.",
        params: IncidentRef,
        body: LinksBody,
        response: { ...errors, 200: CommandOut },
      },
    },
    async (request) =>
      runCommand(services, request, request.params.ref, { type: "set-links", links: request.body.links }),
  );

  r.post(
    "/incidents/:ref/status",
    {
      schema: {
        tags,
        summary: "Mark stable, end (with summary) or reopen (with reason)",
        params: IncidentRef,
        body: StatusBody,
        response: { ...errors, 200: CommandOut },
      },
    },
    async (request) =>
      runCommand(services, request, request.params.ref, { type: "set-status", ...request.body }),
  );

  r.get(
    "/incidents/:ref/timeline",
    {
      schema: {
        tags,
        summary: "Events, oldest first",
        params: IncidentRef,
        querystring: TimelineQuery,
        response: { 200: TimelineOut, 404: Problem },
      },
    },
    async (request) => {
      const { id } = await visibleIncident(services, request, request.params.ref);
      const { after, limit, type } = request.query;
      const types = type?.split(",");
      const events = await services.reads.timeline(id, after, limit);
      const filtered = types ? events.filter((e) => types.includes(e.type)) : events;
      const last = events[events.length - 1];
      return { events: filtered, next: events.length === limit && last ? last.seq : null };
    },
  );

  r.get(
    "/incidents/:ref/org",
    {
      schema: {
        tags,
        summary: "The org tree, now or at a past moment",
        params: IncidentRef,
        querystring: OrgQuery,
        response: { 200: OrgOut.or(z.string()), 404: Problem },
      },
    },
    async (request, reply) => {
      const { id } = await visibleIncident(services, request, request.params.ref);
      const state = await stateAt(services, id, request.query);
      const tree = buildOrgTree(state, services.muster.config);
      if (request.headers.accept?.includes("text/plain")) {
        return reply.type("text/plain; charset=utf-8").send(renderOrgTree(tree));
      }
      return { ...tree, seq: state.seq, at: state.updatedAt };
    },
  );

  r.get(
    "/incidents/:ref/roles/history",
    {
      schema: {
        tags,
        summary: "Who held which role from when to when",
        params: IncidentRef,
        response: { 200: RoleHistoryOut, 404: Problem },
      },
    },
    async (request) => {
      const { id } = await visibleIncident(services, request, request.params.ref);
      const state = await stateAt(services, id, {});
      const history: RoleTenure[] = state.roleHistory;
      return { history };
    },
  );
}

/** Current state from the read model; a past moment is folded from the log up to it. */
async function stateAt(
  services: Services,
  id: string,
  q: { seq?: number | undefined; at?: string | undefined },
) {
  const state =
    q.seq === undefined && q.at === undefined
      ? await services.reads.currentState(id)
      : foldEvents(
          await services.reads.eventsUntil(id, {
            seq: q.seq,
            at: q.at === undefined ? undefined : new Date(q.at).toISOString(),
          }),
        );
  if (!state) throw incidentNotFound();
  return state;
}
