import type { EventEnvelope, Handle, Kind } from "../../../domain/events.js";
import { applyInPlace } from "../../../domain/evolve.js";
import type { RoleKey } from "../../../domain/roles.js";
import type { IncidentState } from "../../../domain/state.js";
import { activeResponders } from "../../../domain/state.js";

/** What a person did in one incident: "responder" for the time checked in, and each role held. */
export type Held = { person: Handle; role: RoleKey | "responder"; ms: number; firstAt: string };

/** An incident's contribution to training records: its kind, and who held what for how long. */
export type IncidentTraining = { kind: Kind; declaredAt: string; ended: boolean; held: Held[] };

/** The events after which who holds what may have changed. */
export const TRAINING_EVENTS = new Set([
  "incident.declared",
  "responder.checked-in",
  "responder.released",
  "role.filled",
  "role.vacated",
  "transfer.accepted",
  "command.assumed",
  "command.stepped-away",
  "command.resumed",
  "incident.status-changed",
  "drill.ended",
]);

/** Every (person, role) held now, the time checked in counted as "responder". */
function holding(s: IncidentState): Set<string> {
  const now = new Set<string>();
  if (s.status === "ended") return now;
  for (const p of activeResponders(s)) now.add(`${p}\u0000responder`);
  for (const [role, people] of Object.entries(s.roles)) {
    for (const p of people ?? []) now.add(`${p}\u0000${role}`);
  }
  return now;
}

/**
 * Who held which role, and for how long, read from an incident's record: each stretch runs from
 * the event that began it to the one that ended it (or the last event, while it runs).
 */
export function trainingOf(events: Iterable<EventEnvelope>): IncidentTraining | null {
  let s: IncidentState | null = null;
  const open = new Map<string, number>();
  const total = new Map<string, { ms: number; firstAt: string }>();
  let last = 0;
  const close = (key: string, at: number) => {
    const from = open.get(key);
    if (from === undefined) return;
    open.delete(key);
    const t = total.get(key);
    if (t) t.ms += at - from;
  };
  for (const e of events) {
    s = applyInPlace(s, e);
    const at = Date.parse(e.at);
    last = at;
    if (!TRAINING_EVENTS.has(e.type)) continue;
    const now = holding(s);
    for (const key of [...open.keys()]) if (!now.has(key)) close(key, at);
    for (const key of now) {
      if (open.has(key)) continue;
      open.set(key, at);
      if (!total.has(key)) total.set(key, { ms: 0, firstAt: e.at });
    }
  }
  if (!s) return null;
  for (const key of [...open.keys()]) close(key, last);
  const held = [...total].map(([key, t]): Held => {
    const [person = "", role = "responder"] = key.split("\u0000");
    return { person, role: role as Held["role"], ms: t.ms, firstAt: t.firstAt };
  });
  return { kind: s.kind, declaredAt: s.declaredAt, ended: s.status === "ended", held };
}
