import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { DomainError } from "../../domain/index.js";
import { CommandOut } from "../../http/responses.js";
import { IncidentRef, Problem } from "../../http/schemas.js";
import type { Services } from "../../http/services.js";
import { runCommand, visibleIncident } from "../../http/routes/incidents.js";
import { PersonBody, QuietBody, SpeakRequestBody } from "./schemas.js";

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const ok = { ...errors, 200: CommandOut };
const PinParams = IncidentRef.extend({
  seq: z.coerce
    .number()
    .int()
    .min(1)
    .max(2 ** 31),
});
const SpeakerParams = IncidentRef.extend({ person: z.string().min(1).max(64) });

/** Channel discipline: quiet mode, asking for and granting the floor, pinned messages. */
export function floorRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["channel"];

  r.put(
    "/incidents/:ref/channel/quiet",
    {
      schema: {
        tags,
        summary: "Quiet mode on or off (IC, Deputy, Tech Lead)",
        description:
          "In quiet mode only the org tree posts in the channel; other messages go to a side thread that the Liaison (else the Comms Lead, else the IC) reads, and the sender sees that they did.",
        params: IncidentRef,
        body: QuietBody,
        response: ok,
      },
    },
    async (request) =>
      runCommand(services, request, request.params.ref, { type: "set-quiet", on: request.body.on }),
  );

  r.post(
    "/incidents/:ref/channel/requests",
    {
      schema: {
        tags,
        summary: "Ask for the floor in a quiet channel",
        params: IncidentRef,
        body: SpeakRequestBody,
        response: ok,
      },
    },
    async (request) =>
      runCommand(services, request, request.params.ref, {
        type: "request-to-speak",
        text: request.body.text,
      }),
  );

  r.post(
    "/incidents/:ref/channel/speakers",
    {
      schema: {
        tags,
        summary: "Give someone the floor while quiet mode lasts (IC, Deputy, Tech Lead)",
        params: IncidentRef,
        body: PersonBody,
        response: ok,
      },
    },
    async (request) =>
      runCommand(services, request, request.params.ref, { type: "grant-speak", person: request.body.person }),
  );

  r.delete(
    "/incidents/:ref/channel/speakers/:person",
    {
      schema: {
        tags,
        summary: "Take the floor back, or turn a request for it down",
        params: SpeakerParams,
        response: ok,
      },
    },
    async (request) =>
      runCommand(services, request, request.params.ref, {
        type: "revoke-speak",
        person: request.params.person,
      }),
  );

  r.put(
    "/incidents/:ref/channel/pins/:seq",
    {
      schema: {
        tags,
        summary: "Pin a channel message or log entry (IC, Deputy, Tech Lead, Scribe)",
        params: PinParams,
        response: ok,
      },
    },
    async (request) => {
      const { id } = await visibleIncident(services, request, request.params.ref);
      const [event] = await services.reads.timeline(id, request.params.seq - 1, 1);
      if (
        event?.seq !== request.params.seq ||
        (event.type !== "message.posted" && event.type !== "log.entry")
      ) {
        throw new DomainError(
          "CHANNEL_STATE",
          `Event ${String(request.params.seq)} is not a channel message or log entry; only those can be pinned.`,
          "seq",
        );
      }
      return runCommand(services, request, request.params.ref, {
        type: "pin-message",
        seq: event.seq,
        text: event.data.text,
        author: event.actor,
      });
    },
  );

  r.delete(
    "/incidents/:ref/channel/pins/:seq",
    {
      schema: { tags, summary: "Unpin a message", params: PinParams, response: ok },
    },
    async (request) =>
      runCommand(services, request, request.params.ref, { type: "unpin-message", seq: request.params.seq }),
  );
}
