import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { parseRole } from "../../domain/index.js";
import { AnswerBody, FillRoleBody, IncidentRef, OfferBody, Problem, RoleName } from "../schemas.js";
import type { Services } from "../services.js";
import { CommandOut, OfferOut, TransfersOut } from "../responses.js";
import { runCommand, visibleIncident } from "./incidents.js";

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const ok = { ...errors, 200: CommandOut };
const TransferParams = IncidentRef.extend({ id: z.string().min(1).max(64) });

/** Filling roles and the transfer-of-responsibility protocol. */
export function roleRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["roles"];

  r.put(
    "/incidents/:ref/roles/:role",
    {
      schema: {
        tags,
        summary: "Fill a vacant role",
        params: IncidentRef.extend({ role: RoleName }),
        body: FillRoleBody,
        response: ok,
      },
    },
    async (request) =>
      runCommand(services, request, request.params.ref, {
        type: "fill-role",
        role: parseRole(request.params.role),
        person: request.body.person,
      }),
  );

  r.post(
    "/incidents/:ref/transfers",
    {
      schema: {
        tags,
        summary: "Offer a role to someone, with a briefing",
        params: IncidentRef,
        body: OfferBody,
        response: { ...errors, 201: OfferOut },
      },
    },
    async (request, reply) => {
      const result = await runCommand(services, request, request.params.ref, {
        type: "offer-transfer",
        role: parseRole(request.body.role),
        to: request.body.to,
        notes: request.body.briefing,
      });
      const offered = result.events.find((e) => e.type === "transfer.offered");
      return reply
        .code(201)
        .send({ ...result, offer: offered?.type === "transfer.offered" ? offered.data : null });
    },
  );

  r.get(
    "/incidents/:ref/transfers",
    {
      schema: {
        tags,
        summary: "Open transfer offers with their briefings",
        params: IncidentRef,
        response: { 200: TransfersOut, 404: Problem },
      },
    },
    async (request) => {
      const { id } = await visibleIncident(services, request, request.params.ref);
      const state = await services.reads.currentState(id);
      return { transfers: Object.values(state?.transfers ?? {}) };
    },
  );

  for (const [verb, type] of [
    ["accept", "accept-transfer"],
    ["decline", "decline-transfer"],
    ["withdraw", "withdraw-transfer"],
  ] as const) {
    r.post(
      `/incidents/:ref/transfers/:id/${verb}`,
      {
        schema: {
          tags,
          summary: `${verb[0]?.toUpperCase()}${verb.slice(1)} a transfer offer`,
          params: TransferParams,
          body: AnswerBody,
          response: ok,
        },
      },
      async (request) =>
        runCommand(services, request, request.params.ref, {
          type,
          id: request.params.id,
          reason: request.body?.reason,
        }),
    );
  }
}
