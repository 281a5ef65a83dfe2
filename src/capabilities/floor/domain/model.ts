import type { Handle } from "../../../domain/events.js";

/** A message kept in view at the top of the channel. */
export type Pin = { seq: number; text: string; author: Handle; pinnedBy: Handle; pinnedAt: string };

/**
 * Who holds the floor of the incident channel. In quiet mode only the org tree speaks there;
 * everyone else's messages go to a side thread that the Liaison (or Comms Lead) reads, unless
 * the IC or TL granted them the floor.
 */
export type Floor = {
  quiet: boolean;
  quietSince: string | null;
  quietBy: Handle | null;
  /** Granted the floor while quiet mode lasts. */
  speakers: Handle[];
  /** Waiting for the floor: who, when, and what about. */
  requests: { person: Handle; at: string; text: string }[];
  pinned: Pin[];
};

/** The commands of the floor capability (posting itself is the core's post-message). */
export type FloorCommand =
  | { type: "set-quiet"; on: boolean }
  | { type: "request-to-speak"; text: string }
  | { type: "grant-speak"; person: Handle }
  | { type: "revoke-speak"; person: Handle }
  /** The message is looked up by the caller, who passes its text and author. */
  | { type: "pin-message"; seq: number; text: string; author: Handle }
  | { type: "unpin-message"; seq: number };

/** The events of the floor capability. */
export type FloorEvent =
  | { type: "channel.quiet-set"; data: { on: boolean } }
  /** A message that did not go to the channel: quiet mode, or a spectator's question. */
  | { type: "channel.sidelined"; data: { text: string; why: "quiet" | "spectator" } }
  | { type: "channel.speak-requested"; data: { text: string } }
  | { type: "channel.speak-granted"; data: { person: Handle } }
  | { type: "channel.speak-revoked"; data: { person: Handle } }
  | { type: "channel.pinned"; data: { seq: number; text: string; author: Handle } }
  | { type: "channel.unpinned"; data: { seq: number } };

export const FLOOR_EVENT_TYPES = [
  "channel.quiet-set",
  "channel.sidelined",
  "channel.speak-requested",
  "channel.speak-granted",
  "channel.speak-revoked",
  "channel.pinned",
  "channel.unpinned",
] as const satisfies readonly FloorEvent["type"][];

/** The floor of a new incident: open, nothing pinned. */
export function openFloor(): Floor {
  return { quiet: false, quietSince: null, quietBy: null, speakers: [], requests: [], pinned: [] };
}

/** At most this many pins: a pinned list longer than a screen is no longer "in view". */
export const MAX_PINS = 10;
