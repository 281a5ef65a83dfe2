import { Readable } from "node:stream";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { DomainError } from "../../domain/index.js";
import { requireAdmin } from "../auth.js";
import { Problem } from "../schemas.js";
import type { Services } from "../services.js";

const PAGE = 200;
const EVENTS_PAGE = 5000;

/** Everything Muster holds, one JSON object per line, read page by page (memory stays flat). */
async function* lines(services: Services): AsyncGenerator<string> {
  const line = (value: unknown) => `${JSON.stringify(value)}\n`;
  yield line({ type: "muster-export", version: 1, at: new Date().toISOString() });
  // People without their token hashes: tokens are not portable secrets.
  for (const user of await services.users.list()) yield line({ type: "user", ...user });
  for (const team of await services.teams.list()) yield line({ type: "team", ...team });
  for (const template of await services.templates.list()) {
    yield line({ type: "checklist-template", ...template });
  }
  for (let after = 0; ;) {
    const page = await services.reads.incidentPage(after, PAGE);
    for (const incident of page) {
      const events = [];
      for (let seq = 0; ;) {
        const run = await services.reads.timeline(incident.id, seq, EVENTS_PAGE);
        events.push(...run);
        if (run.length < EVENTS_PAGE) break;
        seq = run[run.length - 1]?.seq ?? seq;
      }
      yield line({
        type: "incident",
        id: incident.id,
        number: incident.number,
        statusDoc: incident.doc,
        events,
      });
      // Only "no postmortem" is expected; a storage failure must end the export, not thin it.
      const postmortem = await services.postmortems.get(incident.id).catch((error: unknown) => {
        if (error instanceof DomainError && error.code === "POSTMORTEM_NOT_FOUND") return null;
        throw error;
      });
      if (postmortem) yield line({ type: "postmortem", ...postmortem });
    }
    if (page.length < PAGE) break;
    after = page[page.length - 1]?.number ?? after;
  }
}

/** Admin: export of everything as NDJSON (incidents with their timelines, postmortems, follow-ups…). */
export function exportRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/export",
    {
      schema: {
        tags: ["operations"],
        summary:
          "Admin: everything as NDJSON, one object per line (people, teams, templates, each incident with its status doc and whole timeline, postmortems); follow-ups are in each status doc",
        response: { 200: z.string().describe("application/x-ndjson"), 403: Problem },
      },
    },
    async (request, reply) => {
      requireAdmin(request);
      const day = new Date().toISOString().slice(0, 10);
      return (
        reply
          .type("application/x-ndjson; charset=utf-8")
          .header("content-disposition", `attachment; filename="muster-export-${day}.ndjson"`)
          // Fastify streams a Readable itself; the schema (a string) documents what arrives.
          .send(Readable.from(lines(services)) as unknown as string)
      );
    },
  );
}
