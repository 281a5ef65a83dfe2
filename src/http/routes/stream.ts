import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { EventEnvelope } from "../../domain/index.js";
import type { ListChange } from "../../app/list-feed.js";
import { listFrame } from "../../app/list-feed.js";
import { caller } from "../auth.js";
import { IncidentRef, ListQuery, Problem } from "../schemas.js";
import type { Services } from "../services.js";
import { openEventStream } from "../sse.js";
import { visibleIncident } from "./incidents.js";

const BACKLOG_PAGE = 500;
const LIST_LIMIT = 500;
/** Changes from other instances may carry a slightly earlier clock; resume re-sends a little. */
const RESUME_SLACK_MS = 5_000;

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
      const write = openEventStream(reply, caller(request).handle, unsubscribe);
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

  r.get(
    "/incidents/stream",
    {
      schema: {
        tags: ["incidents"],
        summary:
          "The live incident list (text/event-stream): an `incident` event with the list row whenever one you may see changes. First the rows matching ?status (default active,stable); with Last-Event-ID, every row changed since",
        querystring: ListQuery.pick({ status: true }),
        response: { 401: Problem },
      },
    },
    async (request, reply) => {
      const viewer = caller(request);
      const since = Date.parse(String(request.headers["last-event-id"] ?? ""));
      // Rows changed while the backlog is read are held back, then sent after it.
      let held: ListChange[] | null = [];
      const stop = services.listFeed.watch(viewer, (changes) => {
        if (held) held.push(...changes);
        else for (const change of changes) write(change.frame);
      });
      const write = openEventStream(reply, viewer.handle, stop);
      try {
        const backlog = Number.isFinite(since)
          ? { changedSince: new Date(since - RESUME_SLACK_MS).toISOString(), limit: LIST_LIMIT }
          : { status: (request.query.status ?? "active,stable").split(","), limit: LIST_LIMIT };
        // Oldest change first, so the last id seen is the one to resume from.
        const rows = (await services.reads.list(backlog, viewer)).sort((a, b) =>
          a.updatedAt.localeCompare(b.updatedAt),
        );
        for (const row of rows) write(listFrame(row));
        for (const change of held) write(change.frame);
        held = null;
        write(`event: ready\ndata: {}\n\n`);
      } catch (error) {
        request.log.error({ err: error }, "list stream backlog failed");
        reply.raw.end();
      }
    },
  );
}
