import type { Handle } from "../../../domain/events.js";

/**
 * A need from a CAN report, kept as an open request until someone answers it: the supervisor
 * the report went to (or command) sees it, may give it to someone, and records the answer.
 */
export type Need = {
  id: string;
  text: string;
  /** Who reported it, and whom the report went to (null: the IC position). */
  from: Handle;
  to: Handle | null;
  raisedAt: string;
  /** The seq of the CAN report it came from. */
  canSeq: number;
  state: "open" | "answered" | "withdrawn";
  /** Who was asked to see to it (null: nobody yet). */
  assignee: Handle | null;
  answer: string | null;
  answeredBy: Handle | null;
  answeredAt: string | null;
  answerSeq: number | null;
};

/** The commands of the needs capability (needs are raised by CAN reports). */
export type NeedCommand =
  | { type: "answer-need"; id: string; answer: string }
  | { type: "assign-need"; id: string; assignee: Handle }
  | { type: "withdraw-need"; id: string; reason?: string | undefined };

/** The events of the needs capability. */
export type NeedEvent =
  | {
      type: "need.raised";
      data: { id: string; text: string; from: Handle; to: Handle | null; canSeq: number };
    }
  | { type: "need.assigned"; data: { id: string; text: string; assignee: Handle } }
  | { type: "need.answered"; data: { id: string; answer: string; from: Handle } }
  | { type: "need.withdrawn"; data: { id: string; text: string; reason: string } };

export const NEED_EVENT_TYPES = [
  "need.raised",
  "need.assigned",
  "need.answered",
  "need.withdrawn",
] as const satisfies readonly NeedEvent["type"][];

// "Needs: none" is the common CAN answer; it raises nothing.
const NOTHING = /^(none|nothing|no|nope|n\/?a|nil|-+|—|ok|all good|nothing needed|no needs)[.!]?$/i;

/** Whether the needs line of a CAN asks for something. */
export function asksForSomething(needs: string): boolean {
  const text = needs.trim();
  return text !== "" && !NOTHING.test(text);
}

/** Needs not yet answered or withdrawn, oldest first. */
export function openNeeds(needs: Record<string, Need>): Need[] {
  return Object.values(needs)
    .filter((n) => n.state === "open")
    .sort((a, b) => a.canSeq - b.canSeq);
}
