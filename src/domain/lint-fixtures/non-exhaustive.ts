// A fixture that breaks the exhaustiveness rule on purpose (see impure.ts).
import type { EventEnvelope } from "../events.js";

/** Forgets most event types: the lint must say which. */
export function forgetful(e: EventEnvelope): string {
  switch (e.type) {
    case "incident.declared":
      return "declared";
  }
  return "other";
}
