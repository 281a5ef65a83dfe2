import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { DomainError } from "../../domain/index.js";
import { requireAdmin } from "../../http/auth.js";
import { HttpProblem } from "../../http/problem.js";
import { CommandOut } from "../../http/responses.js";
import { runCommand } from "../../http/routes/incidents.js";
import {
  AckBody,
  DispatchBody,
  IncidentRef,
  NotifyBody,
  Problem,
  TeamBody,
  TeamParams,
} from "../../http/schemas.js";
import type { Services } from "../../http/services.js";
import { checkScheduleRefs } from "../schedules/routes.js";
import { SCHEDULE_REF } from "../schedules/service.js";

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const ok = { ...errors, 200: CommandOut, 201: CommandOut };
const TeamOut = z.object({ name: z.string(), displayName: z.string(), escalation: z.array(z.string()) });
const TeamNowOut = TeamOut.extend({
  now: z
    .object({
      people: z.array(z.string()).describe("Who a page would ask now, in order"),
      onCall: z.array(z.object({ person: z.string(), schedule: z.string() })),
      uncovered: z.array(z.string()).describe("Schedules on the list with nobody on call now"),
    })
    .describe("The escalation list as it stands now, its schedules resolved"),
});

/** Everyone on the named teams' escalation lists, plus the named people (for notifications). */
export async function resolveAudience(
  services: Services,
  people: string[] = [],
  teams: string[] = [],
): Promise<string[]> {
  const members: string[] = [...people];
  for (const name of teams) {
    // A team's schedules count as whoever is on call on them now.
    const team = await services.onCall.team(name, services.onCall.clock());
    if (!team) throw new DomainError("UNKNOWN_PERSON", `There is no team "${name}".`, "teams");
    members.push(...team.people);
  }
  for (const handle of members) {
    if (!(await services.users.byHandle(handle))) {
      throw new DomainError("UNKNOWN_PERSON", `Nobody is called "${handle}".`, "people");
    }
  }
  return [...new Set(members)];
}

/** Teams, dispatch (asks for a response, escalates) and notification (tells). */
export function dispatchRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["dispatch"];

  r.get(
    "/teams",
    {
      schema: {
        tags,
        summary: "Teams and their escalation lists (with who a page would ask now)",
        response: { 200: z.object({ teams: z.array(TeamNowOut) }) },
      },
    },
    async () => {
      const at = services.onCall.clock();
      const teams = await services.teams.list();
      return {
        teams: await Promise.all(
          teams.map(async (t) => ({ ...t, now: await services.onCall.resolve(t.escalation, at) })),
        ),
      };
    },
  );

  r.put(
    "/teams/:name",
    {
      schema: {
        tags,
        summary: "Admin: create or replace a team",
        params: TeamParams,
        body: TeamBody,
        response: { ...errors, 200: TeamOut },
      },
    },
    async (request) => {
      requireAdmin(request);
      await checkScheduleRefs(services, request.body.escalation);
      await resolveAudience(
        services,
        request.body.escalation.filter((e) => !SCHEDULE_REF.test(e)),
      );
      const team = { name: request.params.name, ...request.body };
      await services.teams.put(team);
      return team;
    },
  );

  r.post(
    "/incidents/:ref/dispatches",
    {
      schema: {
        tags,
        summary: "Ask a person or team to respond (needs an acknowledgement; escalates without one)",
        params: IncidentRef,
        body: DispatchBody,
        response: ok,
      },
    },
    async (request, reply) => {
      const { person, team, message, ackMinutes, all } = request.body;
      let escalation: string[];
      let onCall: { person: string; schedule: string }[] = [];
      if (team !== undefined) {
        // Schedules on the list are resolved now: whoever is on call at the moment of paging.
        const found = await services.onCall.team(team, services.onCall.clock());
        if (!found) {
          throw new HttpProblem(
            404,
            "TEAM_NOT_FOUND",
            "Team not found",
            `There is no team "${team}"; GET /api/v1/teams lists them.`,
            "team",
          );
        }
        if (found.people.length === 0) {
          throw new HttpProblem(
            409,
            "NOBODY_ON_CALL",
            "Nobody on call",
            `Team ${team}'s escalation list names only schedules, and nobody is on call on ${found.uncovered.join(", ")} now; page a person, or add an override.`,
            "team",
          );
        }
        escalation = found.people;
        onCall = found.onCall;
      } else {
        escalation = await resolveAudience(services, [person ?? ""]);
      }
      const target = team !== undefined ? { team } : { person: person ?? "" };
      return reply.code(201).send(
        await runCommand(services, request, request.params.ref, {
          type: "dispatch",
          target,
          escalation,
          onCall,
          message,
          ackMinutes,
          all,
        }),
      );
    },
  );

  r.post(
    "/incidents/:ref/dispatches/:id/ack",
    {
      schema: {
        tags,
        summary: "Acknowledge a dispatch to you (and check in)",
        params: IncidentRef.extend({ id: z.string().min(1).max(64) }),
        body: AckBody,
        response: ok,
      },
    },
    async (request) =>
      runCommand(services, request, request.params.ref, {
        type: "ack-dispatch",
        id: request.params.id,
        checkIn: request.body?.checkIn ?? true,
      }),
  );

  r.post(
    "/incidents/:ref/notifications",
    {
      schema: {
        tags,
        summary: "Tell people or teams something (no answer expected)",
        params: IncidentRef,
        body: NotifyBody,
        response: ok,
      },
    },
    async (request, reply) => {
      const people = await resolveAudience(services, request.body.people, request.body.teams);
      return reply.code(201).send(
        await runCommand(services, request, request.params.ref, {
          type: "notify",
          people,
          teams: request.body.teams ?? [],
          text: request.body.text,
        }),
      );
    },
  );
}
