import { randomUUID } from "node:crypto";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { DomainError } from "../../domain/index.js";
import type { StatusDoc } from "../../domain/index.js";
import { caller } from "../../http/auth.js";
import { HttpProblem } from "../../http/problem.js";
import { IncidentRef, Problem, text } from "../../http/schemas.js";
import type { Services } from "../../http/services.js";
import { visibleIncident } from "../../http/routes/incidents.js";
import { speaksForDoc } from "./preview.js";
import { audienceOf } from "./domain/index.js";
import { GroupName } from "./schemas.js";
import type { StakeholderLink } from "./store.js";

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

const LinkOut = z
  .object({
    id: z.string(),
    audience: z.string(),
    label: z.string(),
    url: z
      .string()
      .describe("The read-only stakeholder view; anyone holding it can read updates and ask questions"),
    createdBy: z.string(),
    createdAt: z.string(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: "StakeholderLink" });

/** The signed address of a link's stakeholder view (absolute when MUSTER_PUBLIC_URL is set). */
export function linkUrl(services: Services, id: string): string {
  return `${services.publicUrl ?? ""}/stakeholder/${id}?sig=${services.signer.sign("stakeholder", id)}`;
}

function out(services: Services, link: StakeholderLink) {
  return {
    id: link.id,
    audience: link.audience,
    label: link.label,
    createdBy: link.createdBy,
    createdAt: link.createdAt,
    revokedAt: link.revokedAt,
    url: linkUrl(services, link.id),
  };
}

async function asComms(
  services: Services,
  request: FastifyRequest,
  ref: string,
  audience: string | null,
): Promise<{ id: string; doc: StatusDoc }> {
  const found = await visibleIncident(services, request, ref);
  const user = caller(request);
  if (!user.isAdmin && !speaksForDoc(found.doc, user.handle, audience)) {
    throw new DomainError(
      "NOT_COMMS",
      "Only the Comms Lead, the Incident Commander or the group's Liaison gives out stakeholder links.",
    );
  }
  return found;
}

/** Signed read-only links to an incident's stakeholder view: given out, listed, revoked. */
export function stakeholderLinkRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["comms"];

  r.post(
    "/incidents/:ref/comms/links",
    {
      schema: {
        tags,
        summary: "Give a stakeholder group a signed read-only link to the incident's updates (revocable)",
        params: IncidentRef,
        body: z.strictObject({ audience: GroupName, label: text(120, "label") }),
        response: { ...errors, 201: LinkOut },
      },
    },
    async (request, reply) => {
      const { id: incidentId, doc } = await asComms(
        services,
        request,
        request.params.ref,
        request.body.audience,
      );
      if (doc.visibility === "restricted") {
        throw new DomainError(
          "PUBLIC_RESTRICTED",
          `${doc.name} is restricted: it is not shared by link. Grant access to named people instead.`,
        );
      }
      audienceOf(doc, request.body.audience);
      const link: StakeholderLink = {
        id: randomUUID(),
        incidentId,
        audience: request.body.audience,
        label: request.body.label,
        createdBy: caller(request).handle,
        createdAt: new Date().toISOString(),
        revokedAt: null,
      };
      await services.stakeholders.createLink(link);
      return reply.code(201).send(out(services, link));
    },
  );

  r.get(
    "/incidents/:ref/comms/links",
    {
      schema: {
        tags,
        summary: "The stakeholder links given out for an incident (Comms Lead, IC, Liaisons)",
        params: IncidentRef,
        response: { ...errors, 200: z.object({ links: z.array(LinkOut) }) },
      },
    },
    async (request) => {
      const { id } = await asComms(services, request, request.params.ref, null);
      return { links: (await services.stakeholders.links(id)).map((l) => out(services, l)) };
    },
  );

  r.delete(
    "/incidents/:ref/comms/links/:id",
    {
      schema: {
        tags,
        summary: "Revoke a stakeholder link: it stops working at once",
        params: IncidentRef.extend({ id: z.uuid() }),
        response: { ...errors, 204: z.null() },
      },
    },
    async (request, reply) => {
      const { id } = await asComms(services, request, request.params.ref, null);
      if (!(await services.stakeholders.revokeLink(id, request.params.id, new Date()))) {
        throw new HttpProblem(
          404,
          "LINK_NOT_FOUND",
          "Stakeholder link not found",
          "No live link with that id on this incident; GET the incident's links to see them.",
        );
      }
      return reply.code(204).send(null);
    },
  );
}
