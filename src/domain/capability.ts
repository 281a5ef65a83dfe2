import type { DomainConfig } from "./config.js";
import type { DomainEvent, EventEnvelope, Handle } from "./events.js";
import type { IncidentState } from "./state.js";

/** What a command's rules may use besides state: who, when, configuration, ids. */
export type CommandContext = {
  actor: Handle;
  now: Date;
  config: DomainConfig;
  isAdmin: boolean;
  newId: () => string;
};

type Typed = { type: string };
type Envelope<T extends string> = Extract<EventEnvelope, { type: T }>;

/**
 * The pure half of a capability: for each of its command types the rule that turns it into
 * events, and for each of its event types the fold and the one-line description. The mapped
 * types make a missing entry a compile error, so a new command or event cannot be forgotten.
 */
export type CapabilityDomain<C extends Typed, E extends Typed> = {
  name: string;
  eventTypes: readonly E["type"][];
  decide: {
    [T in C["type"]]: (s: IncidentState, cmd: Extract<C, { type: T }>, ctx: CommandContext) => DomainEvent[];
  };
  fold: { [T in E["type"]]: (s: IncidentState, e: Envelope<T>) => void };
  describe: { [T in E["type"]]: (e: Envelope<T>, who: string) => string };
};
