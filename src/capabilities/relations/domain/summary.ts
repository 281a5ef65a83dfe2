import { openNeeds } from "../../needs/domain/model.js";
import type { IncidentState } from "../../../domain/state.js";
import { commanderOf, holdersOf } from "../../../domain/state.js";
import { refOf } from "./decide.js";
import type { ChildSummary } from "./model.js";
import { UMBRELLA_LIAISON } from "./model.js";

/** What an umbrella shows of a child: status, severity, IC, Liaison, last CAN, open needs. */
export function childSummary(s: IncidentState): ChildSummary {
  const last = Object.values(s.cans).sort((a, b) => b.seq - a.seq)[0];
  return {
    incident: refOf(s),
    status: s.status,
    severity: s.severity,
    commander: commanderOf(s),
    liaison: holdersOf(s, UMBRELLA_LIAISON)[0] ?? null,
    lastCan: last
      ? {
          reporter: last.reporter,
          at: last.at,
          conditions: last.conditions,
          actions: last.actions,
          needs: last.needs,
        }
      : null,
    openNeeds: openNeeds(s.needs).map((n) => n.text),
    seq: s.seq,
  };
}
