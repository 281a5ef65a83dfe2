import { z } from "zod";
import type { Services } from "../../http/services.js";
import type { Run, RunInject } from "./domain/run.js";
import { describeWhen, drillTime, dueAt, lengthOf, speedOf } from "./domain/run.js";

const InjectOut = z.object({
  id: z.string(),
  title: z.string(),
  type: z.string().describe("alert, message, finding, question, change-goes-wrong, arrival, drop-out…"),
  text: z.string(),
  when: z.string().describe("The scenario's timing in words: 'at 10m', '2m after the first can.reported'"),
  state: z.enum(["pending", "fired", "skipped"]),
  dueAtMs: z
    .number()
    .nullable()
    .describe("Drill time it is due (ms from the start); null while it waits on a condition"),
  doneAtMs: z.number().nullable().describe("Drill time it was sent or skipped"),
  adhoc: z.boolean(),
  early: z.boolean().describe("The facilitator asked for it now"),
});

/** A drill run as the API shows it. */
export const RunOut = z
  .object({
    id: z.string(),
    scenario: z.object({
      id: z.string(),
      title: z.string(),
      passMark: z.number(),
      cast: z.array(z.object({ id: z.string(), name: z.string() })).describe("Who the scenario plays"),
    }),
    incident: z.object({ id: z.string(), number: z.number().int(), name: z.string() }).nullable(),
    facilitator: z.string(),
    participants: z.array(z.string()),
    slots: z.record(z.string(), z.string()),
    status: z.enum(["running", "paused", "ended"]),
    endedReason: z.string().nullable(),
    speed: z.number(),
    startedAt: z.string(),
    endedAt: z.string().nullable(),
    clock: z.object({
      elapsedMs: z.number().describe("Drill time now (ms since the start, at the drill's speed)"),
      lengthMs: z.number().describe("The scenario's length in drill time"),
    }),
    injects: z.array(InjectOut),
  })
  .meta({ id: "DrillRun" });

function injectOut(i: RunInject) {
  const due = dueAt(i);
  const text = i.do.type === "alert" ? i.do.title : i.do.text;
  return {
    id: i.id,
    title: i.title,
    type: i.do.type,
    text,
    when: i.adhoc ? "ad hoc" : describeWhen(i.when),
    state: i.state,
    dueAtMs: Number.isFinite(due) ? due : null,
    doneAtMs: i.doneAt,
    adhoc: i.adhoc,
    early: i.early,
  };
}

/** A run for the API: its clock read at `now`, its incident's number and name. */
export async function runView(run: Run, services: Pick<Services, "reads">, now: number) {
  const state = await services.reads.currentState(run.incidentId);
  return {
    id: run.id,
    scenario: {
      id: run.scenario.id,
      title: run.scenario.title,
      passMark: run.scenario.passMark,
      cast: run.scenario.cast.map((c) => ({ id: c.id, name: c.name })),
    },
    incident: state ? { id: state.id, number: state.number, name: state.name } : null,
    facilitator: run.facilitator,
    participants: run.participants,
    slots: run.slots,
    status: run.status,
    endedReason: run.endedReason,
    speed: speedOf(run),
    startedAt: run.startedAt,
    endedAt: run.endedAt,
    clock: { elapsedMs: Math.round(drillTime(run, now)), lengthMs: lengthOf(run) },
    injects: run.injects.map(injectOut),
  };
}
