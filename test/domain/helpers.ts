import { expect } from "vitest";
import type {
  Command,
  DeclareCommand,
  DomainConfig,
  EventEnvelope,
  IncidentState,
} from "../../src/domain/index.js";
import { DomainError, decide, decideDeclare, defaultDomainConfig, stamp } from "../../src/domain/index.js";

/** Drives the pure core: declare, then run commands as named actors, keeping the log. */
export class Scenario {
  state: IncidentState;
  log: EventEnvelope[] = [];
  private clock = Date.parse("2026-11-23T10:00:00Z");
  private ids = 0;

  constructor(
    declarer = "ic",
    cmd: Partial<DeclareCommand> = {},
    readonly config: DomainConfig = defaultDomainConfig,
    where: { id: string; number: number } = { id: "inc-1", number: 1 },
  ) {
    const now = this.tick();
    const events = decideDeclare(
      { synopsis: "Checkout is failing", ...cmd },
      { actor: declarer, now, config, ...where, openNames: [] },
    );
    const out = stamp(null, events, declarer, now);
    this.state = out.state;
    this.log.push(...out.envelopes);
  }

  /** Moves virtual time forward (each command also advances it by one minute). */
  advance(minutes: number): void {
    this.clock += minutes * 60_000;
  }

  /** The time the next command will run at. */
  get nextNow(): Date {
    return new Date(this.clock + 60_000);
  }

  private tick(): Date {
    this.clock += 60_000;
    return new Date(this.clock);
  }

  /** Runs a command; returns the new events. Throws the DomainError on refusal. */
  run(actor: string, cmd: Command, isAdmin = false): EventEnvelope[] {
    const now = this.tick();
    const events = decide(this.state, cmd, {
      actor,
      now,
      config: this.config,
      isAdmin,
      newId: () => `t${++this.ids}`,
    });
    const out = stamp(this.state, events, actor, now);
    this.state = out.state;
    this.log.push(...out.envelopes);
    return out.envelopes;
  }

  /** Checks people in (by the IC) and assigns them under `supervisor` (null: the IC). */
  staff(people: string[], supervisor: string | null = null, by = "ic"): void {
    for (const p of people) {
      this.run(by, { type: "check-in", person: p });
      this.run(by, { type: "assign", person: p, supervisor });
    }
  }
}

/** Asserts that `fn` throws a DomainError with this code (and field, if given). */
export function expectRefusal(fn: () => unknown, code: string, field?: string): DomainError {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(DomainError);
  const err = caught as DomainError;
  expect(err.code).toBe(code);
  if (field !== undefined) expect(err.field).toBe(field);
  expect(err.message.length).toBeGreaterThan(10);
  return err;
}
