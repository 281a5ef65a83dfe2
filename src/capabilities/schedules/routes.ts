import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { DomainError } from "../../domain/index.js";
import { caller, requireAdmin } from "../../http/auth.js";
import { HttpProblem } from "../../http/problem.js";
import { Handle, Problem } from "../../http/schemas.js";
import type { Services } from "../../http/services.js";
import { MAX_RANGE_DAYS } from "./domain/rotation.js";
import type { ScheduleSpec } from "./domain/model.js";
import { SCHEDULE_REF } from "./service.js";
import type { StoredSchedule } from "./store.js";
import {
  OnCallOut,
  OverrideIn,
  OverrideOut,
  ScheduleIn,
  ScheduleOut,
  ScheduleSlug,
  ShiftOut,
} from "./schemas.js";

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const Params = z.object({ slug: ScheduleSlug });
const At = z.object({
  at: z.iso.datetime({ offset: true }).optional().describe("ISO 8601 instant; default now"),
});
const Range = z.object({
  from: z.iso.datetime({ offset: true }).optional().describe("ISO 8601 instant; default now"),
  to: z.iso.datetime({ offset: true }).optional().describe("ISO 8601 instant; default 14 days after from"),
});
const FeedOut = z.object({ url: z.string().describe("Signed iCalendar address; works without signing in") });
const PersonShiftOut = ShiftOut.extend({ schedule: z.string(), scheduleName: z.string() });
const DAY = 86_400_000;
/** Overrides a schedule may have that have not ended. */
const MAX_OVERRIDES = 200;

/** The range asked for, checked: to after from, at most a year. */
function rangeOf(
  query: { from?: string | undefined; to?: string | undefined },
  now: Date,
): { from: Date; to: Date } {
  const from = query.from ? new Date(query.from) : now;
  const to = query.to ? new Date(query.to) : new Date(from.getTime() + 14 * DAY);
  if (to <= from) throw new HttpProblem(422, "VALIDATION", "Invalid request", "to is not after from.", "to");
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY) {
    throw new HttpProblem(
      422,
      "VALIDATION",
      "Invalid request",
      `A range is at most ${String(MAX_RANGE_DAYS)} days; ask for less.`,
      "to",
    );
  }
  return { from, to };
}

async function found(services: Services, slug: string): Promise<StoredSchedule> {
  const s = await services.schedules.get(slug);
  if (!s) {
    throw new HttpProblem(
      404,
      "SCHEDULE_NOT_FOUND",
      "Schedule not found",
      `There is no schedule "${slug}"; GET /api/v1/schedules lists them.`,
    );
  }
  return s;
}

/** Every participant is someone Muster knows. */
async function checkPeople(services: Services, spec: ScheduleSpec): Promise<void> {
  for (const [i, layer] of spec.layers.entries()) {
    for (const [j, handle] of layer.participants.entries()) {
      if (!(await services.users.byHandle(handle))) {
        throw new DomainError(
          "UNKNOWN_PERSON",
          `Nobody is called "${handle}".`,
          `layers.${String(i)}.participants.${String(j)}`,
        );
      }
    }
  }
}

async function onCallOf(services: Services, s: StoredSchedule, at: Date) {
  const { now, next } = await services.onCall.whoIsOn(s, at);
  return { schedule: s.slug, name: s.name, timeZone: s.timeZone, at: at.toISOString(), now, next };
}

async function scheduleOut(services: Services, s: StoredSchedule, at: Date) {
  const { now, next } = await services.onCall.whoIsOn(s, at);
  return {
    ...s,
    overrides: await services.schedules.overrides(s.slug, at),
    onCall: { at: at.toISOString(), now, next },
  };
}

/** On-call schedules: who is on call now and next, shifts, overrides, calendar feeds. */
export function scheduleRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["on-call"];

  r.get(
    "/schedules",
    {
      schema: {
        tags,
        summary: "Schedules, each with who is on call now and next",
        querystring: At,
        response: { ...errors, 200: z.object({ schedules: z.array(OnCallOut) }) },
      },
    },
    async (request) => {
      const at = request.query.at ? new Date(request.query.at) : services.onCall.clock();
      const schedules = await services.schedules.list();
      return { schedules: await Promise.all(schedules.map((s) => onCallOf(services, s, at))) };
    },
  );

  r.get(
    "/schedules/:slug",
    {
      schema: {
        tags,
        summary: "A schedule: its layers, overrides, and who is on call",
        params: Params,
        response: { ...errors, 200: ScheduleOut },
      },
    },
    async (request) =>
      scheduleOut(services, await found(services, request.params.slug), services.onCall.clock()),
  );

  r.put(
    "/schedules/:slug",
    {
      schema: {
        tags,
        summary: "Admin: create or replace a schedule",
        params: Params,
        body: ScheduleIn,
        response: { ...errors, 200: ScheduleOut, 201: ScheduleOut },
      },
    },
    async (request, reply) => {
      requireAdmin(request);
      await checkPeople(services, request.body);
      const created = await services.schedules.put(
        request.params.slug,
        request.body,
        services.onCall.clock(),
      );
      const s = await found(services, request.params.slug);
      return reply.code(created ? 201 : 200).send(await scheduleOut(services, s, services.onCall.clock()));
    },
  );

  r.delete(
    "/schedules/:slug",
    {
      schema: {
        tags,
        summary: "Admin: delete a schedule no team's escalation list names",
        params: Params,
        response: { ...errors, 204: z.null() },
      },
    },
    async (request, reply) => {
      requireAdmin(request);
      await found(services, request.params.slug);
      const ref = `schedule:${request.params.slug}`;
      const users = (await services.teams.list())
        .filter((t) => t.escalation.includes(ref))
        .map((t) => t.name);
      if (users.length > 0) {
        throw new HttpProblem(
          409,
          "SCHEDULE_IN_USE",
          "Schedule in use",
          `The escalation lists of ${users.join(", ")} name this schedule; take it out of them first.`,
        );
      }
      await services.schedules.delete(request.params.slug);
      return reply.code(204).send(null);
    },
  );

  r.get(
    "/schedules/:slug/on-call",
    {
      schema: {
        tags,
        summary: "Who is on call at a moment (default now), and who is next",
        params: Params,
        querystring: At,
        response: { ...errors, 200: OnCallOut },
      },
    },
    async (request) => {
      const at = request.query.at ? new Date(request.query.at) : services.onCall.clock();
      return onCallOf(services, await found(services, request.params.slug), at);
    },
  );

  r.get(
    "/schedules/:slug/shifts",
    {
      schema: {
        tags,
        summary: "A schedule's shifts in a range (layers and overrides combined)",
        params: Params,
        querystring: Range,
        response: { ...errors, 200: z.object({ shifts: z.array(ShiftOut) }) },
      },
    },
    async (request) => {
      const s = await found(services, request.params.slug);
      const { from, to } = rangeOf(request.query, services.onCall.clock());
      return { shifts: await services.onCall.shifts(s, from, to) };
    },
  );

  r.post(
    "/schedules/:slug/overrides",
    {
      schema: {
        tags,
        summary: "Put someone on call for a while (a swap, cover for a sick day)",
        params: Params,
        body: OverrideIn,
        response: { ...errors, 201: OverrideOut },
      },
    },
    async (request, reply) => {
      const user = caller(request);
      await found(services, request.params.slug);
      if (!(await services.users.byHandle(request.body.person))) {
        throw new DomainError("UNKNOWN_PERSON", `Nobody is called "${request.body.person}".`, "person");
      }
      // Every override is weighed at every moment computed, so a schedule keeps a bounded number.
      const now = services.onCall.clock();
      if ((await services.schedules.overrides(request.params.slug, now)).length >= MAX_OVERRIDES) {
        throw new HttpProblem(
          409,
          "TOO_MANY_OVERRIDES",
          "Too many overrides",
          `Schedule "${request.params.slug}" already has ${String(MAX_OVERRIDES)} overrides that have not ended; remove some, or change the layers instead.`,
        );
      }
      const o = await services.schedules.addOverride(
        request.params.slug,
        { ...request.body, note: request.body.note ?? null, createdBy: user.handle },
        services.onCall.clock(),
      );
      return reply.code(201).send(o);
    },
  );

  r.delete(
    "/schedules/:slug/overrides/:id",
    {
      schema: {
        tags,
        summary: "Remove an override",
        params: Params.extend({ id: z.string().min(1).max(64) }),
        response: { ...errors, 204: z.null() },
      },
    },
    async (request, reply) => {
      if (!(await services.schedules.deleteOverride(request.params.slug, request.params.id))) {
        throw new HttpProblem(
          404,
          "OVERRIDE_NOT_FOUND",
          "Override not found",
          `Schedule "${request.params.slug}" has no override ${request.params.id}.`,
        );
      }
      return reply.code(204).send(null);
    },
  );

  r.get(
    "/schedules/:slug/calendar",
    {
      schema: {
        tags,
        summary: "The schedule's signed iCalendar feed address",
        params: Params,
        response: { ...errors, 200: FeedOut },
      },
    },
    async (request) => {
      await found(services, request.params.slug);
      return { url: await services.onCall.feedUrl("schedules", request.params.slug) };
    },
  );

  r.post(
    "/schedules/:slug/calendar/rotate",
    {
      schema: {
        tags,
        summary: "Admin: revoke the schedule's feed address and make a new one",
        params: Params,
        response: { ...errors, 200: FeedOut },
      },
    },
    async (request) => {
      requireAdmin(request);
      await found(services, request.params.slug);
      return { url: await services.onCall.rotateFeed("schedules", request.params.slug) };
    },
  );

  personRoutes(app, services);
}

/** Yourself (or, for an admin, anyone): your shifts and your own calendar feed. */
function personRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["on-call"];
  const PersonParams = z.object({ handle: Handle });
  const self = (request: FastifyRequest, handle: string): void => {
    if (caller(request).handle !== handle) requireAdmin(request);
  };

  r.get(
    "/users/:handle/shifts",
    {
      schema: {
        tags,
        summary: "A person's on-call shifts on every schedule in a range",
        params: PersonParams,
        querystring: Range,
        response: { ...errors, 200: z.object({ shifts: z.array(PersonShiftOut) }) },
      },
    },
    async (request) => {
      const { from, to } = rangeOf(request.query, services.onCall.clock());
      return { shifts: await services.onCall.personShifts(request.params.handle, from, to) };
    },
  );

  r.get(
    "/users/:handle/calendar",
    {
      schema: {
        tags,
        summary: "Your signed iCalendar feed address (an admin: anyone's)",
        params: PersonParams,
        response: { ...errors, 200: FeedOut },
      },
    },
    async (request) => {
      self(request, request.params.handle);
      return { url: await services.onCall.feedUrl("people", request.params.handle) };
    },
  );

  r.post(
    "/users/:handle/calendar/rotate",
    {
      schema: {
        tags,
        summary: "Revoke your feed address and make a new one",
        params: PersonParams,
        response: { ...errors, 200: FeedOut },
      },
    },
    async (request) => {
      self(request, request.params.handle);
      return { url: await services.onCall.rotateFeed("people", request.params.handle) };
    },
  );
}

/** Checks the schedules an escalation list names exist (PUT /teams). */
export async function checkScheduleRefs(services: Services, entries: readonly string[]): Promise<void> {
  for (const [i, entry] of entries.entries()) {
    const slug = SCHEDULE_REF.exec(entry)?.[1];
    if (slug !== undefined && !(await services.schedules.get(slug))) {
      throw new HttpProblem(
        404,
        "SCHEDULE_NOT_FOUND",
        "Schedule not found",
        `There is no schedule "${slug}"; GET /api/v1/schedules lists them.`,
        `escalation.${String(i)}`,
      );
    }
  }
}
