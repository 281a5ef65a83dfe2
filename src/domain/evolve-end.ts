import type { Handle } from "./events.js";
import type { IncidentState } from "./state.js";
import { own } from "./own.js";

/** The end releases everyone still in the response; the tree stays drawn as it stood, for the record. */
export function standDown(s: IncidentState, people: Handle[], at: string): void {
  for (const person of people) {
    const r = own(s.responders, person);
    if (!r || r.status === "released") continue;
    r.endedAs = r.status;
    r.status = "released";
    r.releasedAt = at;
  }
}

/** A reopen brings back those the end stood down, where they were. */
export function standUp(s: IncidentState): void {
  for (const r of Object.values(s.responders)) {
    if (r.endedAs === undefined) continue;
    r.status = r.endedAs;
    r.releasedAt = null;
    delete r.endedAs;
  }
}
