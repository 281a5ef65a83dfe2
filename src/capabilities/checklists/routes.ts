import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ChecklistTemplate } from "../../domain/index.js";
import { DomainError } from "../../domain/index.js";
import { caller, requireAdmin } from "../../http/auth.js";
import { ChecklistOut, ChecklistTemplateOut, CommandOut } from "../../http/responses.js";
import { AttachBody, IncidentRef, Problem, TemplateBody, TemplateParams } from "../../http/schemas.js";
import type { Services } from "../../http/services.js";
import { runCommand, visibleIncident } from "../../http/routes/incidents.js";

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const ok = { ...errors, 200: CommandOut, 201: CommandOut };
const ItemParams = IncidentRef.extend({ id: z.string().min(1).max(64), item: z.string().min(1).max(10) });

function templateNotFound(id: string): DomainError {
  return new DomainError(
    "TEMPLATE_NOT_FOUND",
    `There is no checklist template "${id}"; GET /api/v1/checklist-templates lists them.`,
    "templateId",
  );
}

/** Checklist templates (admin-editable) and the checklists attached to incidents. */
export function checklistRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["checklists"];

  r.get(
    "/checklist-templates",
    {
      schema: {
        tags,
        summary: "Checklist templates",
        response: { 200: z.object({ templates: z.array(ChecklistTemplateOut) }) },
      },
    },
    async () => ({
      templates: await services.templates.list(),
    }),
  );

  r.put(
    "/checklist-templates/:id",
    {
      schema: {
        tags,
        summary: "Admin: create or replace a template (applies to checklists attached from now on)",
        params: TemplateParams,
        body: TemplateBody,
        response: { ...errors, 200: ChecklistTemplateOut },
      },
    },
    async (request) => {
      requireAdmin(request);
      const template: ChecklistTemplate = {
        id: request.params.id,
        ...request.body,
        trigger: request.body.trigger as ChecklistTemplate["trigger"],
      };
      await services.templates.put(template);
      await services.muster.refreshTemplates();
      return template;
    },
  );

  r.delete(
    "/checklist-templates/:id",
    {
      schema: {
        tags,
        summary: "Admin: delete a template",
        params: TemplateParams,
        response: { ...errors, 204: z.null() },
      },
    },
    async (request, reply) => {
      requireAdmin(request);
      if (!(await services.templates.delete(request.params.id))) throw templateNotFound(request.params.id);
      await services.muster.refreshTemplates();
      return reply.code(204).send(null);
    },
  );

  r.get(
    "/incidents/:ref/checklists",
    {
      schema: {
        tags,
        summary: "The incident's checklists",
        params: IncidentRef,
        response: { 200: z.object({ checklists: z.array(ChecklistOut) }), 404: Problem },
      },
    },
    async (request) => {
      const { doc } = await visibleIncident(services, request, request.params.ref);
      return { checklists: doc.checklists };
    },
  );

  r.post(
    "/incidents/:ref/checklists",
    {
      schema: {
        tags,
        summary: "Attach a checklist from a template",
        params: IncidentRef,
        body: AttachBody,
        response: ok,
      },
    },
    async (request, reply) => {
      const template = services.muster.checklistTemplates().find((t) => t.id === request.body.templateId);
      if (!template) throw templateNotFound(request.body.templateId);
      const owner = request.body.owner ?? caller(request).handle;
      return reply.code(201).send(
        await runCommand(services, request, request.params.ref, {
          type: "attach-checklist",
          template,
          owner,
        }),
      );
    },
  );

  for (const verb of ["check", "uncheck"] as const) {
    r.post(
      `/incidents/:ref/checklists/:id/items/:item/${verb}`,
      {
        schema: {
          tags,
          summary: `${verb === "check" ? "Check" : "Uncheck"} an item (records who and when)`,
          params: ItemParams,
          response: ok,
        },
      },
      async (request) =>
        runCommand(services, request, request.params.ref, {
          type: "check-item",
          checklistId: request.params.id,
          itemId: request.params.item,
          checked: verb === "check",
        }),
    );
  }
}
