import { randomUUID } from "node:crypto";
import type {
  ChecklistTemplate,
  Command,
  DeclareCommand,
  DomainConfig,
  EventEnvelope,
  IncidentState,
  StatusDoc,
} from "../domain/index.js";
import {
  DomainError,
  checklistsFor,
  decide,
  decideDeclare,
  fireTimer,
  incidentNotFound,
  isVisibleTo,
  stamp,
} from "../domain/index.js";
import type { ReadStore, Viewer } from "../storage/read-store.js";
import type { DueTimer } from "../storage/timer-store.js";
import type { Step } from "../storage/write-store.js";
import type { EventBus } from "./event-bus.js";
import type { GroupCommitter } from "./group-commit.js";

export type Actor = Viewer;

export type CommandOutcome = { incidentId: string; events: EventEnvelope[]; doc: StatusDoc };

export type MusterDeps = {
  committer: GroupCommitter;
  reads: ReadStore;
  bus: EventBus;
  config: DomainConfig;
  clock: () => Date;
  /** The checklist templates in force (a cached snapshot; see `refreshTemplates`). */
  loadTemplates: () => Promise<ChecklistTemplate[]>;
  /** Whether a handle names a known person; commands naming strangers are refused. */
  personExists: (handle: string) => Promise<boolean>;
};

/**
 * The application commands: the one write path that HTTP, CLI, chat and timers all call.
 * Each command runs in the group committer against freshly loaded state; committed events
 * are published to the bus only after the commit.
 */
export class Muster {
  private readonly numbers = new Map<number, string>();
  private templates: ChecklistTemplate[] = [];

  constructor(private readonly deps: MusterDeps) {}

  get config(): DomainConfig {
    return this.deps.config;
  }

  /** Reloads checklist templates (after an edit here, and periodically for other instances). */
  async refreshTemplates(): Promise<void> {
    this.templates = await this.deps.loadTemplates();
  }

  /** The templates in force. */
  checklistTemplates(): ChecklistTemplate[] {
    return this.templates;
  }

  /**
   * Declares an incident; the caller becomes IC unless they say otherwise. `id` fixes the new
   * incident's id (alert routing records it first, so a retried declaration is recognised).
   */
  async declare(actor: Actor, cmd: DeclareCommand, id: string = randomUUID()): Promise<CommandOutcome> {
    if (cmd.commander !== undefined) await this.requirePerson(cmd.commander, "commander");
    const step: Step = (_state, helpers) => {
      const now = this.deps.clock();
      const events = decideDeclare(cmd, {
        actor: actor.handle,
        now,
        config: this.deps.config,
        id,
        number: helpers.nextNumber(),
        openNames: helpers.openNames(),
      });
      return this.withChecklists(stamp(null, events, actor.handle, now), actor.handle, now);
    };
    return this.run(null, step);
  }

  /**
   * Runs a command on an incident (by id or number) the actor can see. Visibility is checked
   * inside the step, against the same locked state the command runs on; an invisible
   * incident fails exactly like a missing one.
   */
  async execute(actor: Actor, ref: string, cmd: Command): Promise<CommandOutcome> {
    for (const [field, handle] of namedPeople(cmd)) {
      await this.requirePerson(handle, field);
    }
    const incidentId = await this.idOf(ref);
    const step: Step = (state) => {
      const now = this.deps.clock();
      const grace = this.deps.config.accessGraceHours * 3_600_000;
      if (state === null || !isVisibleTo(state, actor.handle, actor.isAdmin, now, grace)) {
        throw incidentNotFound();
      }
      const events = decide(state, cmd, {
        actor: actor.handle,
        now,
        config: this.deps.config,
        isAdmin: actor.isAdmin,
        newId: randomUUID,
      });
      return this.withChecklists(stamp(state, events, actor.handle, now, "in-place"), actor.handle, now);
    };
    if (incidentId === undefined) {
      throw incidentNotFound();
    }
    return this.run(incidentId, step);
  }

  /** The system's own handle on the timeline (timers, automatic actions). */
  static readonly SYSTEM = "muster";

  /**
   * Fires an incident's due timers in one step (one commit, however many are due): the domain
   * judges each against current state, whether its occasion still stands and what to record.
   * Resolves with the timers that recorded nothing (their occasion had passed).
   */
  async fireTimers(
    incidentId: string,
    timers: DueTimer[],
  ): Promise<{ events: EventEnvelope[]; idle: DueTimer[] }> {
    const idle: DueTimer[] = [];
    const step: Step = (state) => {
      if (state === null) throw incidentNotFound();
      const now = this.deps.clock();
      const envelopes: EventEnvelope[] = [];
      idle.length = 0; // a retried step starts afresh
      for (const timer of timers) {
        const events = fireTimer(state, timer, this.deps.config);
        if (events.length === 0) {
          idle.push(timer);
          continue;
        }
        envelopes.push(...stamp(state, events, Muster.SYSTEM, now, "in-place").envelopes);
      }
      return { envelopes, state };
    };
    const result = await this.deps.committer.submit(incidentId, step);
    if (!result.ok) throw result.error;
    if (result.envelopes.length > 0) this.deps.bus.publish(incidentId, result.envelopes);
    return { events: result.envelopes, idle };
  }

  /** Adds the checklists that the command's events start (roles taken, phases begun). */
  private withChecklists(
    first: { envelopes: EventEnvelope[]; state: IncidentState },
    actor: string,
    now: Date,
  ): { envelopes: EventEnvelope[]; state: IncidentState } {
    const attach = checklistsFor(first.state, first.envelopes, this.templates, randomUUID);
    if (attach.length === 0) return first;
    const second = stamp(first.state, attach, actor, now, "in-place");
    return { envelopes: [...first.envelopes, ...second.envelopes], state: second.state };
  }

  /** Incident numbers map to ids forever, so the mapping is cached. */
  private async idOf(ref: string): Promise<string | undefined> {
    if (!/^\d{1,9}$/.test(ref)) {
      return ref;
    }
    const number = Number(ref);
    const cached = this.numbers.get(number);
    if (cached !== undefined) {
      return cached;
    }
    const id = await this.deps.reads.idForNumber(number);
    if (id !== undefined) this.numbers.set(number, id);
    return id;
  }

  private async run(incidentId: string | null, step: Step): Promise<CommandOutcome> {
    const result = await this.deps.committer.submit(incidentId, step);
    if (!result.ok) {
      throw result.error;
    }
    const id = result.state.id;
    this.deps.bus.publish(id, result.envelopes);
    return { incidentId: id, events: result.envelopes, doc: result.doc };
  }

  private async requirePerson(handle: string, field: string): Promise<void> {
    if (!(await this.deps.personExists(handle))) {
      throw new DomainError(
        "UNKNOWN_PERSON",
        `Nobody called "${handle}" can be given work here: create the user first (muster user create ${handle}); deactivated people, viewers and stakeholders cannot respond.`,
        field,
      );
    }
  }
}

function namedPeople(cmd: Command): [string, string][] {
  switch (cmd.type) {
    case "check-in":
      return [["person", cmd.person]];
    case "offer-transfer":
      return [["to", cmd.to]];
    case "add-follow-up":
      return [["owner", cmd.owner]];
    case "update-follow-up":
      return cmd.owner === undefined ? [] : [["owner", cmd.owner]];
    default:
      return [];
  }
}
