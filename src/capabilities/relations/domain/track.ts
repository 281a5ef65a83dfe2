import type { DomainEvent, Handle } from "../../../domain/events.js";
import type { IncidentState } from "../../../domain/state.js";
import { holdersOf, isActiveResponder } from "../../../domain/state.js";
import type { ChildSummary } from "./model.js";
import { refLabel, seatFor } from "./model.js";

/** What changed between two roll-ups of a child, by field name. */
function changes(before: ChildSummary, after: ChildSummary): string[] {
  const fields: [string, unknown, unknown][] = [
    ["status", before.status, after.status],
    ["severity", before.severity, after.severity],
    ["commander", before.commander, after.commander],
    ["liaison", before.liaison, after.liaison],
    ["can", before.lastCan?.at ?? null, after.lastCan?.at ?? null],
    ["needs", before.openNeeds.join("\n"), after.openNeeds.join("\n")],
    ["name", before.incident.name, after.incident.name],
  ];
  return fields.filter(([, a, b]) => a !== b).map(([name]) => name);
}

/** The child's Liaison takes the child's seat in the umbrella's tree (and whoever held it leaves it). */
function seat(s: IncidentState, summary: ChildSummary): DomainEvent[] {
  if (s.status === "ended") return [];
  const role = seatFor(summary.incident);
  const holders = holdersOf(s, role);
  const events: DomainEvent[] = holders
    .filter((h) => h !== summary.liaison)
    .map((person) => ({
      type: "role.vacated" as const,
      data: { role, person, reason: `no longer the Liaison of ${refLabel(summary.incident)}` },
    }));
  const liaison: Handle | null = summary.liaison;
  if (liaison === null || holders.includes(liaison)) return events;
  if (!isActiveResponder(s, liaison)) {
    events.push({
      type: "responder.checked-in",
      data: { person: liaison, skills: [], note: `Liaison of ${refLabel(summary.incident)}` },
    });
  }
  events.push({ type: "role.filled", data: { role, person: liaison } });
  return events;
}

/**
 * The umbrella's side of a child: attached, rolled up again (only when something it shows
 * changed, and never from an older summary than the last), or detached.
 */
export function trackChild(s: IncidentState, summary: ChildSummary, attached: boolean): DomainEvent[] {
  const entry = s.relations.children[summary.incident.id];
  if (!attached) {
    if (!entry) return [];
    const vacate = holdersOf(s, seatFor(summary.incident)).map((person) => ({
      type: "role.vacated" as const,
      data: {
        role: seatFor(summary.incident),
        person,
        reason: `${refLabel(summary.incident)} left the umbrella`,
      },
    }));
    return [...vacate, { type: "umbrella.child-detached", data: { child: summary.incident } }];
  }
  if (!entry) {
    return [{ type: "umbrella.child-attached", data: { summary } }, ...seat(s, summary)];
  }
  if (summary.seq <= entry.seq) return [];
  const changed = changes(entry, summary);
  if (changed.length === 0) return [];
  return [
    { type: "umbrella.child-reported", data: { summary, changed } },
    ...(changed.includes("liaison") ? seat(s, summary) : []),
  ];
}
