import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { HttpProblem } from "../../http/problem.js";
import { Problem } from "../../http/schemas.js";
import type { Services } from "../../http/services.js";

const Params = z.object({
  kind: z.enum(["schedules", "people"]),
  file: z
    .string()
    .regex(/^[a-z][a-z0-9._-]{0,39}\.ics$/, "a feed's file is <id>.ics")
    .describe("`<schedule id>.ics` or `<handle>.ics`"),
});
const Query = z.object({ key: z.string().max(100).describe("The signature the feed's address carries") });

/**
 * Calendar feeds (iCalendar), for calendar apps that cannot sign in: the address carries a
 * signature of the feed and its version, so rotating a feed revokes every copy of the old
 * address. A wrong key, an unknown schedule and a deactivated person get the same answer.
 */
export function calendarFeedRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/calendars/:kind/:file",
    {
      schema: {
        tags: ["on-call"],
        summary: "A schedule's or a person's on-call shifts as iCalendar (signed address, no sign-in)",
        params: Params,
        querystring: Query,
        response: { 200: z.string().describe("text/calendar"), 400: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      const { kind, file } = request.params;
      const subject = file.slice(0, -".ics".length);
      const gone = new HttpProblem(
        404,
        "FEED_NOT_FOUND",
        "No calendar here",
        "There is no calendar feed at this address, or it was replaced; copy the current one from Muster.",
      );
      if (!(await services.onCall.feedKeyValid(kind, subject, request.query.key))) throw gone;
      const now = services.onCall.clock();
      let body: string;
      if (kind === "schedules") {
        const s = await services.schedules.get(subject);
        if (!s) throw gone;
        body = await services.onCall.scheduleCalendar(s, now);
      } else {
        const person = await services.users.byHandle(subject);
        if (!person || person.deactivatedAt !== null) throw gone;
        body = await services.onCall.personCalendar(subject, now);
      }
      return reply
        .header("content-type", "text/calendar; charset=utf-8")
        .header("cache-control", "private, max-age=300")
        .send(body);
    },
  );
}
