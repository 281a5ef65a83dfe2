import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { caller, requireAdmin } from "../auth.js";
import { HttpProblem } from "../problem.js";
import { Problem } from "../schemas.js";
import type { Services } from "../services.js";
import { openEventStream } from "../sse.js";

const InboxItemOut = z.object({
  id: z.string(),
  incidentId: z.string(),
  eventSeq: z.number(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

/** Each person's in-app notifications, and delivery problems for admins. */
export function inboxRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["notifications"];

  r.get(
    "/inbox",
    {
      schema: {
        tags,
        summary: "Your notifications, newest first",
        querystring: z.object({
          unread: z.enum(["true", "false"]).optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
        response: { 200: z.object({ items: z.array(InboxItemOut) }) },
      },
    },
    async (request) => ({
      items: await services.outbox.inbox(caller(request).handle, {
        unread: request.query.unread === "true",
        limit: request.query.limit,
      }),
    }),
  );

  r.post(
    "/inbox/:id/read",
    {
      schema: {
        tags,
        summary: "Mark a notification read",
        params: z.object({ id: z.string().min(1).max(300) }),
        response: { 204: z.null(), 404: Problem },
      },
    },
    async (request, reply) => {
      if (!(await services.outbox.markRead(caller(request).handle, request.params.id, new Date()))) {
        throw new HttpProblem(
          404,
          "NOTIFICATION_NOT_FOUND",
          "Notification not found",
          "You have no notification with that id.",
          "id",
        );
      }
      return reply.code(204).send(null);
    },
  );

  r.get(
    "/inbox/stream",
    { schema: { tags, summary: "Your new notifications, live (text/event-stream)" } },
    async (request, reply) => {
      const me = caller(request).handle;
      let unsubscribe = (): void => undefined;
      const write = openEventStream(reply, me, () => {
        unsubscribe();
      });
      unsubscribe = services.inboxBus.subscribe(me, (item) => {
        write(`id: ${item.id}\nevent: notification\ndata: ${JSON.stringify(item)}\n\n`);
      });
    },
  );

  r.get(
    "/deliveries/problems",
    {
      schema: {
        tags,
        summary: "Admin: deliveries being retried or given up on, with their last error",
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }),
      },
    },
    async (request) => {
      requireAdmin(request);
      return { deliveries: await services.outbox.problems(request.query.limit) };
    },
  );
}
