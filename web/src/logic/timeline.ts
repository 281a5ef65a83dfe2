import type { EventEnvelope } from "../api.js";
import { describeEvent } from "../../../src/domain/describe.js";

export type TimelineFilter = "all" | "key" | "decisions" | "cans" | "changes" | "roles" | "chat";

export const FILTERS: [TimelineFilter, string][] = [
  ["all", "Everything"],
  ["key", "Key events"],
  ["decisions", "Decisions"],
  ["cans", "CAN reports"],
  ["changes", "Changes"],
  ["roles", "Roles"],
  ["chat", "Channel"],
];

const KEY_TYPES = new Set([
  "incident.declared",
  "incident.status-changed",
  "incident.updated",
  "transfer.accepted",
  "decision.recorded",
  "update.posted",
  "update.overdue",
  "change.started",
  "change.rolled-back",
  "plan.period-started",
]);

/** Whether an event belongs under a timeline filter. */
export function matches(e: EventEnvelope, filter: TimelineFilter): boolean {
  switch (filter) {
    case "all":
      return true;
    case "key":
      return KEY_TYPES.has(e.type) || (e.type === "log.entry" && e.data.key);
    case "decisions":
      return e.type === "decision.recorded";
    case "cans":
      return e.type === "can.reported";
    case "changes":
      return e.type.startsWith("change.");
    case "roles":
      return e.type.startsWith("role.") || e.type.startsWith("transfer.") || e.type.startsWith("group.");
    case "chat":
      return e.type === "message.posted";
  }
}

export type TimelineRow = { kind: "day"; day: string } | { kind: "event"; event: EventEnvelope };

// Rows are rebuilt as events stream in; a 50,000-event log should not re-parse every date each time.
const days = new WeakMap<EventEnvelope, string>();
function dayOf(e: EventEnvelope): string {
  let day = days.get(e);
  if (day === undefined) {
    day = new Date(e.at).toDateString();
    days.set(e, day);
  }
  return day;
}

/** The filtered events with a heading row wherever the local calendar day changes. */
export function timelineRows(events: readonly EventEnvelope[], filter: TimelineFilter): TimelineRow[] {
  const rows: TimelineRow[] = [];
  let day = "";
  for (const event of events) {
    if (!matches(event, filter)) continue;
    const d = dayOf(event);
    if (d !== day) {
      rows.push({ kind: "day", day: d });
      day = d;
    }
    rows.push({ kind: "event", event });
  }
  return rows;
}

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
// The CLI prints instants in full; on a page read in one place and time, the local time of day says it.
const ISO_TIME = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z\b/g;
const UUID_REFERENCE = new RegExp(`\\s*\\((?:[a-z ]+ )?${UUID}\\)|\\s+${UUID}`, "g");

/**
 * The readable sentence for an event split around its actor, who is shown with role badges:
 * `{ lead: true, rest: " checked in" }` reads "ann [IC] checked in".
 */
export function describeAction(e: EventEnvelope): { lead: boolean; rest: string } {
  // Ids help at a terminal; on screen the surrounding words already say which task or change.
  const line = describeEvent({ ...e, actorRoles: [] })
    .replace(UUID_REFERENCE, "")
    .replace(ISO_TIME, (iso) => new Date(iso).toLocaleTimeString());
  const next = line.charAt(e.actor.length);
  return line.startsWith(e.actor) && (next === " " || next === ":")
    ? { lead: true, rest: line.slice(e.actor.length) }
    : { lead: false, rest: line };
}

/**
 * Whether to keep following the end after a scroll. Only a scroll *up*, away from the end, stops
 * following: while events stream in, the scroll event of our own jump to the end can arrive after
 * the list has grown again, and judging by distance alone would then stop following by mistake.
 */
export function stillFollowing(
  el: { scrollTop: number; scrollHeight: number; clientHeight: number },
  wasFollowing: boolean,
  lastTop: number,
): boolean {
  if (el.scrollHeight - el.scrollTop - el.clientHeight < 40) return true;
  return wasFollowing && el.scrollTop >= lastTop;
}
