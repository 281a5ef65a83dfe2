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

/** A timer as a capability sees it when it fires: what it is about and when it was due. */
export type FiringTimer = { subject: string; dueAt: string };

/**
 * A capability's timers: which ones the state calls for, and what each kind does when it
 * fires. Storage keeps the timers table equal to what `want` adds, so a timer survives
 * restarts and vanishes when its occasion passes; firing is judged against the state then.
 */
export type CapabilityTimers<K extends string> = {
  want: (
    s: IncidentState,
    add: (kind: K, subject: string, dueAt: string) => void,
    config: DomainConfig,
  ) => void;
  fire: { [T in K]: (s: IncidentState, timer: FiringTimer, config: DomainConfig) => DomainEvent[] };
};

/** The prefix of a recipient who is an email address rather than a person ("email:ann@example.com"). */
export const EMAIL_RECIPIENT = "email:";

/** A notice a capability words itself for its reader, owed for one event. */
export type ComposedNotice = {
  recipient: Handle;
  title: string;
  body: string;
  only?: "in-app" | "email" | "webhook";
};

/**
 * The pure half of a capability: for each of its command types the rule that turns it into
 * events, and for each of its event types the fold and the one-line description. The mapped
 * types make a missing entry a compile error, so a new command or event cannot be forgotten.
 * Optional: who is told about its events (the outbox) and the timers it keeps.
 */
export type CapabilityDomain<C extends Typed, E extends Typed, K extends string = never> = {
  name: string;
  eventTypes: readonly E["type"][];
  decide: {
    [T in C["type"]]: (s: IncidentState, cmd: Extract<C, { type: T }>, ctx: CommandContext) => DomainEvent[];
  };
  fold: { [T in E["type"]]: (s: IncidentState, e: Envelope<T>) => void };
  describe: { [T in E["type"]]: (e: Envelope<T>, who: string) => string };
  /** Who is owed a notice of each event (its actor never is); events left out tell nobody. */
  recipients?: { [T in E["type"]]?: (s: IncidentState, e: Envelope<T>) => Handle[] };
  timers?: CapabilityTimers<K>;
  /**
   * Notices worded for their readers rather than the event's one-line description (stakeholders
   * read the update itself), owed for any event, the core's included.
   */
  compose?: (s: IncidentState, e: EventEnvelope) => ComposedNotice[];
};
