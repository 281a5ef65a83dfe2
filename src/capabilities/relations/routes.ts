import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { DomainError, incidentNotFound } from "../../domain/index.js";
import { caller } from "../../http/auth.js";
import { CommandOut } from "../../http/responses.js";
import { IncidentRef, Problem, optionalBody } from "../../http/schemas.js";
import type { Services } from "../../http/services.js";
import { runCommand } from "../../http/routes/incidents.js";
import type { Target } from "./domain/index.js";
import { conflictsOf } from "./domain/index.js";
import { ConflictsOut, LinkBody, MergeBody, UmbrellaBody } from "./schemas.js";

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const ok = { ...errors, 200: CommandOut };
const OtherParams = IncidentRef.extend({ other: z.string().min(1).max(64) });

/**
 * The other incident named in a request, as the caller can see it. Missing and invisible are
 * the same answer, so a restricted incident's existence does not leak.
 */
async function target(
  services: Services,
  request: FastifyRequest,
  ref: string,
  field: string,
): Promise<Target> {
  const found = await services.reads.findVisible(ref, caller(request));
  if (!found) {
    // The reference is not echoed, so that nothing tells a hidden incident from a missing one.
    throw new DomainError(
      "RELATED_NOT_FOUND",
      "No incident you can see has that number or id; check the reference.",
      field,
    );
  }
  const d = found.doc;
  return {
    id: d.id,
    number: d.number,
    name: d.name,
    visibility: d.visibility,
    status: d.status,
    umbrella: d.relations.umbrella,
    commander: d.commander,
  };
}

/** Meta-response: links between incidents, merging a duplicate, umbrellas, resource conflicts. */
export function relationRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["meta-response"];

  r.post(
    "/incidents/:ref/relations",
    {
      schema: {
        tags,
        summary: "Link another incident (related, duplicate-of, caused-by); the other side shows the inverse",
        params: IncidentRef,
        body: LinkBody,
        response: ok,
      },
    },
    async (request) =>
      runCommand(services, request, request.params.ref, {
        type: "link-incident",
        target: await target(services, request, request.body.incident, "incident"),
        kind: request.body.kind,
      }),
  );

  r.delete(
    "/incidents/:ref/relations/:other",
    {
      schema: { tags, summary: "Remove a link (from both sides)", params: OtherParams, response: ok },
    },
    async (request) => {
      const other = await target(services, request, request.params.other, "incident");
      return runCommand(services, request, request.params.ref, {
        type: "unlink-incident",
        target: { id: other.id, number: other.number, name: other.name },
      });
    },
  );

  r.post(
    "/incidents/:ref/merge",
    {
      schema: {
        tags,
        summary:
          "Merge this duplicate into another incident: it ends, its responders check in there, its audience is told",
        description:
          "Ending with work in flight needs `confirm`, as for any end. The other incident's timeline references this one's key log entries and decisions.",
        params: IncidentRef,
        body: MergeBody,
        response: ok,
      },
    },
    async (request) =>
      runCommand(services, request, request.params.ref, {
        type: "merge-into",
        target: await target(services, request, request.body.into, "into"),
        confirm: request.body.confirm,
      }),
  );

  r.put(
    "/incidents/:ref/umbrella",
    {
      schema: {
        tags,
        summary: "Put this incident under an umbrella (its IC or Deputy, or the umbrella's IC)",
        description:
          "The incident's IC then names a Liaison to the umbrella (role liaison:umbrella), who takes a seat in the umbrella's tree; until then both status docs warn LIAISON_MISSING.",
        params: IncidentRef,
        body: UmbrellaBody,
        response: ok,
      },
    },
    async (request) =>
      runCommand(services, request, request.params.ref, {
        type: "attach-to-umbrella",
        target: await target(services, request, request.body.umbrella, "umbrella"),
      }),
  );

  r.delete(
    "/incidents/:ref/umbrella",
    {
      schema: {
        tags,
        summary: "Take this incident out of its umbrella",
        params: IncidentRef,
        body: optionalBody(z.strictObject({})),
        response: ok,
      },
    },
    async (request) => runCommand(services, request, request.params.ref, { type: "detach-from-umbrella" }),
  );

  r.get(
    "/incidents/:ref/conflicts",
    {
      schema: {
        tags,
        summary: "People committed to more than one running incident (checked in or being paged)",
        description:
          "For an umbrella, across all its children. Only incidents the caller can see are named. Moving someone goes through their release here and check-in there.",
        params: IncidentRef,
        response: { 200: ConflictsOut, 404: Problem },
      },
    },
    async (request) => {
      const viewer = caller(request);
      const found = await services.reads.findVisible(request.params.ref, viewer);
      const subject = found && (await services.reads.currentState(found.id));
      if (!subject) throw incidentNotFound();
      return { conflicts: conflictsOf(subject, await services.reads.runningStates(viewer)) };
    },
  );
}
