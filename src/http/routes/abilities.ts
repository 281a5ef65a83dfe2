import { z } from "zod";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { abilitiesFor, incidentNotFound } from "../../domain/index.js";
import { caller } from "../auth.js";
import { IncidentRef, Problem } from "../schemas.js";
import type { Services } from "../services.js";
import { visibleIncident } from "./incidents.js";

const Handle = z.string();

const AbilitiesOut = z
  .object({
    person: Handle,
    responder: z.boolean(),
    checkIn: z.boolean(),
    report: z.boolean(),
    message: z.boolean(),
    command: z.boolean(),
    postUpdate: z.boolean(),
    nameAudiences: z.boolean().describe("Name the stakeholder audiences"),
    speakFor: z
      .array(z.string())
      .describe("Audiences this person writes updates to and answers questions for"),
    approveUpdates: z.boolean().describe("Approve or reject updates waiting for approval"),
    assignTasks: z.boolean(),
    clearChanges: z.boolean(),
    overrideChanges: z.boolean(),
    takeCommand: z.boolean(),
    handOverCommand: z.boolean(),
    assumeCommand: z
      .boolean()
      .describe("Take command without a handover, with a reason (Deputy, successor, admin)"),
    stepAway: z.boolean().describe("Step away from command for a while, the Deputy acting"),
    resumeCommand: z.boolean().describe("Take command back after stepping away"),
    staff: z
      .array(z.string())
      .describe(
        'Whom the caller may put staged people under ("" is the IC position): IC, Deputy, group leads',
      ),
    page: z.boolean().describe("Page people into the incident (IC, Deputy, group leads)"),
    wrapUp: z.boolean().describe("After the end: log entries and the Ending and Postmortem checklists"),
    moderate: z.boolean().describe("Control the channel: quiet mode and the floor (IC, Deputy, Tech Lead)"),
    pin: z.boolean().describe("Pin and unpin channel messages"),
    postsTo: z
      .enum(["channel", "side-thread"])
      .describe(
        "Where the caller's messages go now: quiet mode or a stakeholder's question sends them to the side thread",
      ),
    answerNeeds: z.array(z.string()).describe("Open needs (ids) the caller may answer"),
    tickChecklists: z.array(Handle).describe("Owners whose checklists the caller may tick"),
    setStatus: z.array(z.enum(["active", "stable", "ended"])),
    organise: z.array(Handle).describe("People the caller may place others under, move or release"),
  })
  .describe("What the caller may do on this incident now, judged by the same rules as the commands")
  .meta({ id: "Abilities" });

/** What the caller may do on an incident, so clients offer only what the API would accept. */
export function abilityRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/incidents/:ref/abilities",
    {
      schema: {
        tags: ["incidents"],
        summary: "What you may do on this incident now (the web UI shows only these actions)",
        params: IncidentRef,
        response: { 200: AbilitiesOut, 404: Problem },
      },
    },
    async (request) => {
      const { id } = await visibleIncident(services, request, request.params.ref);
      const state = await services.reads.currentState(id);
      if (!state) throw incidentNotFound();
      const user = caller(request);
      return { person: user.handle, ...abilitiesFor(state, user.handle, user.isAdmin) };
    },
  );
}
