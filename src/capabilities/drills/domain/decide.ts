import type { CapabilityDomain } from "../../../domain/capability.js";
import type { DomainEvent } from "../../../domain/events.js";
import { ensure } from "../../../domain/errors.js";
import { commanderOf } from "../../../domain/state.js";
import type { IncidentState } from "../../../domain/state.js";
import type { DrillCommand, DrillEvent, InjectRecord } from "./model.js";
import { RUN_ENDED_MARK } from "./model.js";

type Domain = CapabilityDomain<DrillCommand, DrillEvent>;
type Inject = Extract<DrillCommand, { type: "drill-inject" }>;

/** An address nobody receives mail at (RFC 2606): a cast member asks, nobody outside is told. */
function castAddress(record: InjectRecord): string {
  return `${record.inject}@drill.invalid`;
}

/** The alert group an `alert` inject attaches, as alert routing would have built it. */
function alertEvents(cmd: Inject): DomainEvent[] {
  const a = cmd.alerts;
  if (!a) return [];
  const alerts = Array.from({ length: Math.min(a.count, 20) }, (_, i) => ({
    fingerprint: `${a.id}-${String(i + 1)}`,
    name: cmd.record.title,
    summary: `DRILL: ${cmd.record.text}`,
    status: "firing" as const,
    startsAt: a.at,
    endsAt: null,
    url: null,
  }));
  const group = {
    id: a.id,
    source: "drill",
    title: `DRILL: ${cmd.record.text}`.slice(0, 200),
    status: "firing" as const,
    firing: a.count,
    resolved: 0,
    firstAt: a.at,
    lastAt: a.at,
    labels: { ...a.labels, drill: "true" },
    alerts,
  };
  return [{ type: "alerts.attached", data: { group } }];
}

/** What else an inject does through the capabilities that own it: a question, a need, alerts. */
function effects(s: IncidentState, cmd: Inject, newId: () => string): DomainEvent[] {
  const r = cmd.record;
  switch (r.action) {
    case "alert":
      return alertEvents(cmd);
    case "question":
      return [
        {
          type: "comms.question-asked",
          data: {
            id: newId(),
            audience: null,
            from: { kind: "email", name: r.from ?? "A stakeholder", address: castAddress(r) },
            text: r.text,
          },
        },
      ];
    case "need":
      return [
        {
          type: "need.raised",
          data: {
            id: newId(),
            text: r.from ? `${r.from}: ${r.text}` : r.text,
            from: s.declaredBy,
            to: commanderOf(s),
            canSeq: s.seq + 1,
          },
        },
      ];
    default:
      return [];
  }
}

/** The rule of injects: only in a drill, each once (a retried round finds it done). */
export const decideDrills: Domain["decide"] = {
  "drill-inject": (s, cmd, ctx) => {
    ensure(s.kind === "drill", "NOT_A_DRILL", `${s.name} is not a drill; injects go only to drills.`);
    if (s.drillInjected.includes(cmd.record.inject) || s.status === "ended") return [];
    return [{ type: "drill.injected", data: cmd.record }, ...effects(s, cmd, ctx.newId)];
  },
  "drill-end": (s, cmd) => {
    ensure(s.kind === "drill", "NOT_A_DRILL", `${s.name} is not a drill.`);
    if (s.drillInjected.includes(RUN_ENDED_MARK)) return [];
    return [{ type: "drill.ended", data: { reason: cmd.reason } }];
  },
};
