import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { caller } from "../auth.js";
import { HttpProblem } from "../problem.js";
import { Handle, Problem } from "../schemas.js";
import type { Services } from "../services.js";

const ContactOut = z.object({
  id: z.string(),
  handle: z.string(),
  kind: z.enum(["email", "webhook"]),
  address: z.string(),
  createdAt: z.string(),
});

const ContactBody = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("email"), address: z.email() }),
  z.strictObject({
    kind: z.literal("webhook"),
    address: z.url({ protocol: /^https?$/, error: "address must be an http(s) URL" }).max(2000),
  }),
]);

/** People manage their own contact methods; admins anyone's. */
function mayManage(request: FastifyRequest, handle: string): void {
  const me = caller(request);
  if (!me.isAdmin && me.handle !== handle) {
    throw new HttpProblem(
      403,
      "ADMIN_ONLY",
      "Admin only",
      "Only an admin can change someone else's contact methods.",
    );
  }
}

/** Contact methods: email addresses and webhook URLs that notifications go to. */
export function contactRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["notifications"];
  const params = z.object({ handle: Handle });

  r.get(
    "/users/:handle/contacts",
    {
      schema: {
        tags,
        summary: "A person's contact methods",
        params,
        response: { 200: z.object({ contacts: z.array(ContactOut) }), 403: Problem },
      },
    },
    async (request) => {
      mayManage(request, request.params.handle);
      return { contacts: await services.contacts.list(request.params.handle) };
    },
  );

  r.post(
    "/users/:handle/contacts",
    {
      schema: {
        tags,
        summary: "Add an email address or a webhook URL (a webhook's signing secret is shown once)",
        params,
        body: ContactBody,
        response: {
          201: ContactOut.extend({ secret: z.string().nullable() }),
          403: Problem,
          404: Problem,
          422: Problem,
        },
      },
    },
    async (request, reply) => {
      mayManage(request, request.params.handle);
      if (!(await services.users.byHandle(request.params.handle))) {
        throw new HttpProblem(
          404,
          "USER_NOT_FOUND",
          "User not found",
          `Nobody is called "${request.params.handle}".`,
          "handle",
        );
      }
      if (request.body.kind === "webhook") {
        await services.outbound.check(request.body.address).catch((error: unknown) => {
          throw new HttpProblem(
            422,
            "VALIDATION",
            "Invalid request",
            error instanceof Error ? error.message : "That address cannot receive webhooks.",
            "address",
          );
        });
      }
      return reply
        .code(201)
        .send(await services.contacts.add(request.params.handle, request.body.kind, request.body.address));
    },
  );

  r.delete(
    "/users/:handle/contacts/:id",
    {
      schema: {
        tags,
        summary: "Remove a contact method",
        params: params.extend({ id: z.string().min(1).max(64) }),
        response: { 204: z.null(), 403: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      mayManage(request, request.params.handle);
      if (!(await services.contacts.remove(request.params.handle, request.params.id))) {
        throw new HttpProblem(
          404,
          "CONTACT_NOT_FOUND",
          "Contact method not found",
          `${request.params.handle} has no contact method ${request.params.id}.`,
          "id",
        );
      }
      return reply.code(204).send(null);
    },
  );
}
