import type { Handle } from "./events.js";

/** Asking a person or team to respond. It needs an acknowledgement, and escalates without one. */
export type Dispatch = {
  id: string;
  /** What was asked: one person, or a team (whose escalation list is copied in). */
  target: { person: Handle } | { team: string };
  message: string;
  /** Who is asked, in order; `level` is the index of who is being asked now. */
  escalation: Handle[];
  level: number;
  ackMinutes: number;
  requestedBy: Handle;
  requestedAt: string;
  /** When the person now asked was asked (the acknowledgement clock runs from here). */
  levelSince: string;
  status: "waiting" | "acknowledged" | "exhausted" | "cancelled";
  acknowledgedBy: Handle | null;
  acknowledgedAt: string | null;
};

/** The person a waiting dispatch is asking now. */
export function pagedNow(d: Dispatch): Handle | null {
  return d.status === "waiting" ? (d.escalation[d.level] ?? null) : null;
}
