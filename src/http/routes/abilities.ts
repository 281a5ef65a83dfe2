import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { abilitiesFor, incidentNotFound } from "../../domain/index.js";
import { caller } from "../auth.js";
import { AbilitiesOut } from "../responses.js";
import { IncidentRef, Problem } from "../schemas.js";
import type { Services } from "../services.js";
import { visibleIncident } from "./incidents.js";

/** What the caller may do on an incident, so clients offer only what the API would accept. */
export function abilityRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/incidents/:ref/abilities",
    {
      schema: {
        tags: ["incidents"],
        summary: "What you may do on this incident now (the web UI shows only these actions)",
        params: IncidentRef,
        response: { 200: AbilitiesOut, 404: Problem },
      },
    },
    async (request) => {
      const { id } = await visibleIncident(services, request, request.params.ref);
      const state = await services.reads.currentState(id);
      if (!state) throw incidentNotFound();
      const user = caller(request);
      return { person: user.handle, ...abilitiesFor(state, user.handle, user.isAdmin) };
    },
  );
}
