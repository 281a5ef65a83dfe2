import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { caller } from "../../http/auth.js";
import { HttpProblem } from "../../http/problem.js";
import { Problem } from "../../http/schemas.js";
import type { Services } from "../../http/services.js";
import type { Run } from "./domain/run.js";
import { MAX_SPEED, addAdhoc, endRun, pause, resume, settle, drillTime } from "./domain/run.js";
import { InjectActionSchema } from "./domain/scenario.js";
import type { Scenario } from "./domain/scenario.js";
import { scenarioLibrary } from "./library.js";
import { RunOut, runView } from "./run-view.js";

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const RunParams = z.object({ id: z.uuid("a drill run's id") });
const InjectParams = RunParams.extend({ inject: z.string().min(1).max(40) });
const Handle = z.string().min(1).max(64);

const StartIn = z.strictObject({
  scenario: z.string().min(1).max(40).describe("The scenario's id (GET /api/v1/drill-scenarios)"),
  participants: z.array(Handle).max(50).describe("Who takes part (members or admins)"),
  slots: z
    .record(z.string().max(40), Handle)
    .default({})
    .describe("Who plays each of the scenario's slots (slot id → participant)"),
  speed: z
    .number()
    .min(1)
    .max(MAX_SPEED)
    .default(1)
    .describe("1 is real time; 10 runs a 45-minute scenario in 4½ minutes"),
});
const AdhocIn = z.strictObject({
  title: z.string().trim().min(1).max(120),
  do: InjectActionSchema,
});
const ResumeIn = z.strictObject({ speed: z.number().min(1).max(MAX_SPEED).optional() }).optional();

function problem(status: number, code: string, title: string, detail: string, field?: string): HttpProblem {
  return new HttpProblem(status, code, title, detail, field);
}

/** The slots and participants a start names, checked against the scenario and the people Muster knows. */
async function checkStart(services: Services, scenario: Scenario, body: z.output<typeof StartIn>) {
  const participants = [...new Set(body.participants)];
  const { min, max } = scenario.participants;
  if (participants.length < min || participants.length > max) {
    throw problem(
      422,
      "VALIDATION",
      "Wrong number of participants",
      `${scenario.title} is for ${String(min)} to ${String(max)} participants; ${String(participants.length)} ${participants.length === 1 ? "was" : "were"} named.`,
      "participants",
    );
  }
  for (const [i, handle] of participants.entries()) {
    const user = await services.users.byHandle(handle);
    if (!user || user.deactivatedAt !== null || (user.role !== "admin" && user.role !== "member")) {
      throw problem(
        422,
        "UNKNOWN_PERSON",
        "Unknown participant",
        `Nobody called "${handle}" can take part: participants are active members or admins.`,
        `participants.${String(i)}`,
      );
    }
  }
  for (const [slot, handle] of Object.entries(body.slots)) {
    if (!scenario.slots.some((s) => s.id === slot)) {
      throw problem(
        422,
        "VALIDATION",
        "Unknown slot",
        `${scenario.title} has no slot "${slot}".`,
        `slots.${slot}`,
      );
    }
    if (!participants.includes(handle)) {
      throw problem(
        422,
        "VALIDATION",
        "Slot for someone not taking part",
        `${handle} plays "${slot}" but is not a participant; add them to participants.`,
        `slots.${slot}`,
      );
    }
  }
  const missing = scenario.slots.find((s) => body.slots[s.id] === undefined);
  if (missing) {
    throw problem(
      422,
      "VALIDATION",
      "Slot not given",
      `Someone must play "${missing.id}": ${missing.brief}`,
      `slots.${missing.id}`,
    );
  }
  return participants;
}

function requireRunning(run: Run): void {
  if (run.status === "ended") {
    throw problem(
      409,
      "RUN_ENDED",
      "The drill has ended",
      "This drill run has ended; start another to run it again.",
    );
  }
}

function pendingInject(run: Run, id: string) {
  const inject = run.injects.find((i) => i.id === id);
  if (!inject) {
    throw problem(404, "INJECT_NOT_FOUND", "Inject not found", `This drill has no inject "${id}".`, "inject");
  }
  if (inject.state !== "pending") {
    throw problem(
      409,
      "INJECT_DONE",
      "Inject already done",
      `"${id}" was ${inject.state} already.`,
      "inject",
    );
  }
  return inject;
}

/** Drill runs: starting one, the facilitator's controls, and watching it. */
export function runRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["drills"];
  const view = async (run: Run) => runView(run, services, services.drills.now().getTime());
  const control = (
    id: string,
    request: Parameters<typeof caller>[0],
    change: (run: Run, now: number) => void,
  ) => services.drills.control(id, caller(request), change).then(view);

  r.get(
    "/drills",
    {
      schema: {
        tags,
        summary: "Drill runs, newest first (restricted drills only to those who may see them)",
        querystring: z.object({ scenario: z.string().max(40).optional() }),
        response: { ...errors, 200: z.object({ runs: z.array(RunOut) }) },
      },
    },
    async (request) => {
      const runs = await services.drillRuns.list(100, request.query.scenario);
      const visible: Run[] = [];
      for (const run of runs) if (await services.drills.visible(run, caller(request))) visible.push(run);
      return { runs: await Promise.all(visible.slice(0, 50).map(view)) };
    },
  );

  r.post(
    "/drills",
    {
      schema: {
        tags,
        summary: "Start a drill: opens a drill incident for the participants and runs the scenario's injects",
        body: StartIn,
        response: { ...errors, 201: RunOut },
      },
    },
    async (request, reply) => {
      const found = (await scenarioLibrary(services.scenarios)).find(
        (e) => e.scenario.id === request.body.scenario,
      );
      if (!found) {
        throw problem(
          404,
          "SCENARIO_NOT_FOUND",
          "Scenario not found",
          `There is no scenario "${request.body.scenario}"; GET /api/v1/drill-scenarios lists them.`,
          "scenario",
        );
      }
      const participants = await checkStart(services, found.scenario, request.body);
      const run = await services.drills.begin(
        { scenario: found.scenario, participants, slots: request.body.slots, speed: request.body.speed },
        caller(request).handle,
      );
      return reply.code(201).send(await view(run));
    },
  );

  r.get(
    "/drills/:id",
    {
      schema: {
        tags,
        summary: "A drill run: its clock, upcoming and past injects",
        params: RunParams,
        response: { ...errors, 200: RunOut },
      },
    },
    async (request) => view(await services.drills.find(request.params.id, caller(request))),
  );

  r.post(
    "/drills/:id/pause",
    {
      schema: {
        tags,
        summary: "Pause the drill's clock (facilitator)",
        params: RunParams,
        response: { ...errors, 200: RunOut },
      },
    },
    async (request) =>
      control(request.params.id, request, (run, now) => {
        requireRunning(run);
        pause(run, now);
      }),
  );

  r.post(
    "/drills/:id/resume",
    {
      schema: {
        tags,
        summary: "Resume the drill's clock, optionally at another speed (facilitator)",
        params: RunParams,
        body: ResumeIn,
        response: { ...errors, 200: RunOut },
      },
    },
    async (request) =>
      control(request.params.id, request, (run, now) => {
        requireRunning(run);
        resume(run, now, request.body?.speed);
      }),
  );

  r.post(
    "/drills/:id/end",
    {
      schema: {
        tags,
        summary: "End the drill run (facilitator); injects not yet sent are skipped",
        params: RunParams,
        response: { ...errors, 200: RunOut },
      },
    },
    async (request) =>
      control(request.params.id, request, (run, now) => {
        requireRunning(run);
        endRun(run, now, `ended by ${caller(request).handle}`);
      }),
  );

  r.post(
    "/drills/:id/injects/:inject/skip",
    {
      schema: {
        tags,
        summary: "Skip an inject that has not been sent (facilitator)",
        params: InjectParams,
        response: { ...errors, 200: RunOut },
      },
    },
    async (request) =>
      control(request.params.id, request, (run, now) => {
        requireRunning(run);
        pendingInject(run, request.params.inject);
        settle(run, request.params.inject, "skipped", drillTime(run, now));
      }),
  );

  r.post(
    "/drills/:id/injects/:inject/fire",
    {
      schema: {
        tags,
        summary: "Send an inject now, before it is due (facilitator)",
        params: InjectParams,
        response: { ...errors, 200: RunOut },
      },
    },
    async (request) =>
      control(request.params.id, request, (run) => {
        requireRunning(run);
        pendingInject(run, request.params.inject).early = true;
      }),
  );

  r.post(
    "/drills/:id/injects",
    {
      schema: {
        tags,
        summary: "Add an ad-hoc inject, sent at once (facilitator)",
        params: RunParams,
        body: AdhocIn,
        response: { ...errors, 200: RunOut },
      },
    },
    async (request) =>
      control(request.params.id, request, (run, now) => {
        requireRunning(run);
        const act = request.body.do;
        if ("from" in act && !run.scenario.cast.some((c) => c.id === act.from)) {
          throw problem(
            422,
            "VALIDATION",
            "Not in the cast",
            `${act.from} is not in the scenario's cast.`,
            "do.from",
          );
        }
        if (act.type === "arrival" && run.slots[act.slot] === undefined) {
          throw problem(422, "VALIDATION", "Unknown slot", `${act.slot} is not one of the slots.`, "do.slot");
        }
        addAdhoc(run, request.body.title, act, now);
      }),
  );
}
