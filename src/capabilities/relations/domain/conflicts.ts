import { pagedNow } from "../../dispatch/domain/model.js";
import type { Handle, IncidentStatus } from "../../../domain/events.js";
import type { IncidentState } from "../../../domain/state.js";
import { activeResponders, isActiveResponder, rolesOf } from "../../../domain/state.js";
import type { IncidentRef } from "./model.js";

export type Conflict = {
  person: Handle;
  incidents: (IncidentRef & { status: IncidentStatus; roles: string[]; standing: "checked-in" | "paged" })[];
};

function standing(s: IncidentState, person: Handle): "checked-in" | "paged" | null {
  if (isActiveResponder(s, person)) {
    // A Liaison's seat in an umbrella is the point of the umbrella, not a second commitment.
    const roles = rolesOf(s, person);
    const seatOnly =
      s.relations.umbrella && roles.length > 0 && roles.every((r) => r.startsWith("liaison:inc-"));
    return seatOnly ? null : "checked-in";
  }
  return Object.values(s.dispatches).some((d) => pagedNow(d).includes(person)) ? "paged" : null;
}

function people(s: IncidentState): Handle[] {
  return [...activeResponders(s), ...Object.values(s.dispatches).flatMap((d) => pagedNow(d))];
}

/**
 * People committed to more than one running incident (checked in or being paged), among those
 * of `subject` (and, for an umbrella, of its children), with every incident they are in.
 */
export function conflictsOf(subject: IncidentState, running: IncidentState[]): Conflict[] {
  const all = [subject, ...running.filter((r) => r.id !== subject.id)];
  const scope = subject.relations.umbrella
    ? all.filter((s) => s.id === subject.id || s.relations.parent?.id === subject.id)
    : [subject];
  const candidates = [...new Set(scope.flatMap(people))].sort();
  const out: Conflict[] = [];
  for (const person of candidates) {
    const incidents = all.flatMap((s) => {
      const st = s.status === "ended" ? null : standing(s, person);
      return st
        ? [
            {
              id: s.id,
              number: s.number,
              name: s.name,
              status: s.status,
              roles: rolesOf(s, person),
              standing: st,
            },
          ]
        : [];
    });
    if (incidents.length >= 2) out.push({ person, incidents: incidents.sort((a, b) => a.number - b.number) });
  }
  return out;
}
