import type { Handle } from "../../../domain/events.js";

/**
 * Explicit access to a restricted incident. Being paged or checked in gives access while one is
 * involved and for a grace period after (see `accessWindows`); a grant lasts until revoked.
 */
export type AccessCommand =
  { type: "grant-access"; person: Handle } | { type: "revoke-access"; person: Handle };

/** The events of the access capability. */
export type AccessEvent =
  { type: "access.granted"; data: { person: Handle } } | { type: "access.revoked"; data: { person: Handle } };

export const ACCESS_EVENT_TYPES = [
  "access.granted",
  "access.revoked",
] as const satisfies readonly AccessEvent["type"][];
