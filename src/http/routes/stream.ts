import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { EventEnvelope } from "../../domain/index.js";
import { IncidentRef, Problem } from "../schemas.js";
import type { Services } from "../services.js";
import { openEventStream } from "../sse.js";
import { visibleIncident } from "./incidents.js";

const BACKLOG_PAGE = 500;

// Each event is serialised once however many subscribers receive it.
const frames = new WeakMap<EventEnvelope, string>();
function frame(e: EventEnvelope): string {
  let f = frames.get(e);
  if (!f) {
    f = `id: ${e.seq}\nevent: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`;
    frames.set(e, f);
  }
  return f;
}

/** Server-Sent Events of an incident's timeline, resumable with Last-Event-ID. */
export function streamRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/incidents/:ref/stream",
    {
      schema: {
        tags: ["incidents"],
        summary: "Live events (text/event-stream); resume with Last-Event-ID or ?after=SEQ",
        params: IncidentRef,
        querystring: z.object({ after: z.coerce.number().int().min(0).optional() }),
        response: { 404: Problem },
      },
    },
    async (request, reply) => {
      const { id } = await visibleIncident(services, request, request.params.ref);
      const header = Number(request.headers["last-event-id"]);
      let last = Number.isInteger(header) && header >= 0 ? header : (request.query.after ?? 0);
      const pending: EventEnvelope[] = [];
      let live = false;
      // Subscribe before reading the backlog so nothing committed in between is missed.
      const unsubscribe = services.bus.subscribe(id, (events) => {
        if (live) send(events);
        else pending.push(...events);
      });
      const write = openEventStream(reply, unsubscribe);
      const send = (events: EventEnvelope[]): void => {
        for (const e of events) {
          if (e.seq <= last) continue;
          write(frame(e));
          last = e.seq;
        }
      };
      try {
        for (;;) {
          const page = await services.reads.timeline(id, last, BACKLOG_PAGE);
          send(page);
          if (page.length < BACKLOG_PAGE) break;
        }
        send(pending.sort((a, b) => a.seq - b.seq));
        pending.length = 0;
        live = true;
      } catch (error) {
        request.log.error({ err: error }, "stream backlog failed");
        reply.raw.end();
      }
    },
  );
}
