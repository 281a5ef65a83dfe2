import type { Abilities, Me, StatusDoc } from "../api.js";
import type { ActionPlace } from "../logic/next-actions.js";

/** What the parts of the room at the top (command bar, next actions) are drawn from. */
export type RoomView = {
  doc: StatusDoc;
  can: Abilities;
  me: Me;
  /** The clock, ticking every second, for countdowns. */
  now: number;
  /** Whether the live stream is up (countdowns are stale while it is not). */
  connected: boolean;
  /** Shows a place in the room: its tab, and the section there. */
  go: (place: ActionPlace) => void;
};
