import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { accessWindows } from "../../domain/index.js";
import { CommandOut } from "../../http/responses.js";
import { Handle, IncidentRef, Problem } from "../../http/schemas.js";
import type { Services } from "../../http/services.js";
import { runCommand, visibleIncident } from "../../http/routes/incidents.js";

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const ok = { ...errors, 200: CommandOut };

const AccessOut = z
  .object({
    visibility: z.enum(["open", "restricted"]),
    graceHours: z.number().describe("How long access lasts after someone is no longer involved"),
    people: z.array(
      z.object({
        handle: z.string(),
        until: z.string().nullable().describe("When their access ends (null: while involved, or granted)"),
        granted: z.boolean().describe("Given access explicitly (until revoked)"),
      }),
    ),
  })
  .meta({ id: "Access" });

/** Who may see a restricted incident and until when; explicit grants and their revocation. */
export function accessRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["access"];

  r.get(
    "/incidents/:ref/access",
    {
      schema: {
        tags,
        summary: "Who may see this incident besides admins, and until when",
        description:
          "Restricted incidents only: the declarer, the audience and people granted access keep it; responders and people paged keep it while involved and for the grace period after (MUSTER_RESTRICTED_GRACE_HOURS).",
        params: IncidentRef,
        response: { ...errors, 200: AccessOut },
      },
    },
    async (request) => {
      const { id } = await visibleIncident(services, request, request.params.ref);
      const state = await services.reads.currentState(id);
      const graceHours = services.muster.config.accessGraceHours;
      const now = new Date().toISOString();
      const people = state
        ? [...accessWindows(state, graceHours * 3_600_000)]
            .filter(([, until]) => until === null || until > now)
            .map(([handle, until]) => ({ handle, until, granted: state.grants.includes(handle) }))
            .sort((a, b) => a.handle.localeCompare(b.handle))
        : [];
      return {
        visibility: state?.visibility === "restricted" ? ("restricted" as const) : ("open" as const),
        graceHours,
        people,
      };
    },
  );

  r.post(
    "/incidents/:ref/access",
    {
      schema: {
        tags,
        summary: "Give someone access to a restricted incident until it is revoked (IC or admin)",
        params: IncidentRef,
        body: z.strictObject({ person: Handle }),
        response: ok,
      },
    },
    async (request) =>
      runCommand(services, request, request.params.ref, {
        type: "grant-access",
        person: request.body.person,
      }),
  );

  r.delete(
    "/incidents/:ref/access/:person",
    {
      schema: {
        tags,
        summary: "Revoke an explicit grant (IC or admin); involvement and its grace period still count",
        params: IncidentRef.extend({ person: Handle }),
        response: ok,
      },
    },
    async (request) =>
      runCommand(services, request, request.params.ref, {
        type: "revoke-access",
        person: request.params.person,
      }),
  );
}
