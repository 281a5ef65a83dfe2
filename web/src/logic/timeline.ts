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

export type TimelineRow =
  | { kind: "day"; day: string }
  | { kind: "event"; event: EventEnvelope }
  /** A run of channel messages, collapsed under "Everything" so chat does not flood it. */
  | { kind: "chat"; count: number; last: EventEnvelope };

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

/**
 * The filtered events with a heading row wherever the local calendar day changes. Under
 * "Everything", consecutive channel messages collapse into one row (the Channel filter and the
 * channel panel show them in full).
 */
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
    const previous = rows[rows.length - 1];
    if (filter === "all" && event.type === "message.posted") {
      if (previous?.kind === "chat") {
        rows[rows.length - 1] = { kind: "chat", count: previous.count + 1, last: event };
      } else {
        rows.push({ kind: "chat", count: 1, last: event });
      }
      continue;
    }
    rows.push({ kind: "event", event });
  }
  return rows;
}

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
// The CLI prints instants in full; on a page read in one place and time, the local time of day says it.
const ISO_TIME = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z\b/g;
// "(…; dispatch <id>)" loses its id: the word left before the bracket goes too.
const DANGLING = /;\s*(?:dispatch|change|task|objective|checklist|offer)?\)/g;
const UUID_REFERENCE = new RegExp(`\\s*\\((?:[a-z ]+ )?${UUID}\\)|\\s+${UUID}`, "g");

/** Server text (a notice's body) without the ids meant for the CLI. */
export function withoutIds(text: string): string {
  return text.replace(UUID_REFERENCE, "").replace(DANGLING, ")");
}

/** What the objects events refer to by id are called: a change, a task, an objective, a page, a checklist. */
export type ObjectNames = ReadonlyMap<string, string>;

/** The id and name an event gives an object it creates, if it creates one. */
function named(e: EventEnvelope): [string, string] | null {
  switch (e.type) {
    case "change.proposed":
      return [e.data.id, e.data.what];
    case "task.assigned":
      return [e.data.id, e.data.task];
    case "objective.set":
      return [e.data.id, e.data.text];
    case "dispatch.requested":
      return [e.data.id, e.data.message];
    case "checklist.attached":
      return [e.data.id, e.data.name];
    default:
      return null;
  }
}

// The log grows in place; index only what was appended since the last call.
const indexes = new WeakMap<readonly EventEnvelope[], { count: number; names: Map<string, string> }>();

/** The names of objects created so far in a log, updated incrementally as it grows. */
export function objectNames(events: readonly EventEnvelope[]): ObjectNames {
  let index = indexes.get(events);
  if (!index || index.count > events.length) {
    index = { count: 0, names: new Map() };
    indexes.set(events, index);
  }
  for (let i = index.count; i < events.length; i++) {
    const pair = named(events[i] as EventEnvelope);
    if (pair) index.names.set(pair[0], pair[1]);
  }
  index.count = events.length;
  return index.names;
}

const quoted = (name: string): string => `“${name.length > 60 ? `${name.slice(0, 59)}…` : name}”`;

/**
 * The readable sentence for an event split around its actor, who is shown with role badges:
 * `{ lead: true, rest: " checked in" }` reads "ann [IC] checked in". An id becomes the name of
 * what it refers to ("kept change “Point DNS at DC2”") when the log so far names it.
 */
export function describeAction(
  e: EventEnvelope,
  names: ObjectNames = new Map(),
): { lead: boolean; rest: string } {
  // Ids help at a terminal; on screen the object's name says which task or change.
  const own = named(e)?.[0];
  const line = describeEvent({ ...e, actorRoles: [] })
    .replace(UUID_REFERENCE, (reference) => {
      const id = new RegExp(UUID).exec(reference)?.[0] ?? "";
      const name = names.get(id);
      // The event that creates an object already says what it is, and "(change <id>)" follows
      // words that name it; elsewhere a bare id is replaced by the object's name.
      return name && id !== own && !reference.trimStart().startsWith("(") ? ` ${quoted(name)}` : "";
    })
    .replace(DANGLING, ")")
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
