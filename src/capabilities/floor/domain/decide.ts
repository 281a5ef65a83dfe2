import type { CapabilityDomain } from "../../../domain/capability.js";
import { DomainError, ensure } from "../../../domain/errors.js";
import type { IncidentState } from "../../../domain/state.js";
import { commanderOf } from "../../../domain/state.js";
import type { FloorCommand, FloorEvent } from "./model.js";
import { MAX_PINS } from "./model.js";
import { destination, mayModerate, mayPin } from "./rules.js";

function requireModerator(s: IncidentState, actor: string, action: string): void {
  if (!mayModerate(s, actor)) {
    throw new DomainError(
      "NOT_IN_COMMAND",
      `Only the Incident Commander, the Deputy or the Tech Lead can ${action}; ask ${commanderOf(s) ?? "whoever takes command"}.`,
    );
  }
}

/** Quiet mode, the floor, and pinned messages. */
export const decideFloor: CapabilityDomain<FloorCommand, FloorEvent>["decide"] = {
  "set-quiet": (s, cmd, ctx) => {
    requireModerator(s, ctx.actor, cmd.on ? "quieten the channel" : "open the channel");
    ensure(
      s.floor.quiet !== cmd.on,
      "CHANNEL_STATE",
      cmd.on ? "The channel is already in quiet mode." : "The channel is already open to everyone.",
      "on",
    );
    return [{ type: "channel.quiet-set", data: { on: cmd.on } }];
  },
  "request-to-speak": (s, cmd, ctx) => {
    ensure(
      destination(s, ctx.actor) !== "channel",
      "CHANNEL_STATE",
      "You may already post in the channel; there is no need to ask for the floor.",
    );
    ensure(
      !s.floor.requests.some((r) => r.person === ctx.actor),
      "CHANNEL_STATE",
      "You already asked for the floor; the IC or Tech Lead will answer.",
    );
    return [{ type: "channel.speak-requested", data: { text: cmd.text } }];
  },
  "grant-speak": (s, cmd, ctx) => {
    requireModerator(s, ctx.actor, "give someone the floor");
    ensure(
      s.floor.quiet,
      "CHANNEL_STATE",
      "The channel is open to everyone; nobody needs the floor.",
      "person",
    );
    ensure(
      !s.floor.speakers.includes(cmd.person),
      "CHANNEL_STATE",
      `${cmd.person} already has the floor.`,
      "person",
    );
    return [{ type: "channel.speak-granted", data: { person: cmd.person } }];
  },
  "revoke-speak": (s, cmd, ctx) => {
    requireModerator(s, ctx.actor, "take the floor back or turn a request down");
    const known =
      s.floor.speakers.includes(cmd.person) || s.floor.requests.some((r) => r.person === cmd.person);
    ensure(known, "CHANNEL_STATE", `${cmd.person} neither has nor asked for the floor.`, "person");
    return [{ type: "channel.speak-revoked", data: { person: cmd.person } }];
  },
  "pin-message": (s, cmd, ctx) => {
    if (!mayPin(s, ctx.actor)) {
      throw new DomainError(
        "NOT_IN_COMMAND",
        "Only the IC, the Deputy, the Tech Lead or the Scribe pin messages.",
      );
    }
    ensure(
      !s.floor.pinned.some((p) => p.seq === cmd.seq),
      "CHANNEL_STATE",
      "That message is already pinned.",
      "seq",
    );
    ensure(
      s.floor.pinned.length < MAX_PINS,
      "CHANNEL_STATE",
      `${String(MAX_PINS)} messages are pinned already; unpin one first.`,
      "seq",
    );
    return [{ type: "channel.pinned", data: { seq: cmd.seq, text: cmd.text, author: cmd.author } }];
  },
  "unpin-message": (s, cmd, ctx) => {
    if (!mayPin(s, ctx.actor)) {
      throw new DomainError(
        "NOT_IN_COMMAND",
        "Only the IC, the Deputy, the Tech Lead or the Scribe unpin messages.",
      );
    }
    ensure(
      s.floor.pinned.some((p) => p.seq === cmd.seq),
      "CHANNEL_STATE",
      "That message is not pinned.",
      "seq",
    );
    return [{ type: "channel.unpinned", data: { seq: cmd.seq } }];
  },
};
