import type BetterSqlite3 from "better-sqlite3";
import { DomainError } from "../domain/index.js";
import type { EventEnvelope, IncidentState } from "../domain/index.js";
import { ConcurrencyError, eventToRow, incidentColumns } from "./rows.js";
import type { Batch, DeclareHelpers, Outcome, Projector, StepResult, WriteStore } from "./write-store.js";
import { accessHandles, owedDeliveries, runSteps, timerKeys, withDoc } from "./write-store.js";

/**
 * The SQLite append path: prepared statements on a dedicated connection, every queued
 * batch in one IMMEDIATE transaction (group commit: one fsync for many requests).
 */
export class SqliteWriteStore implements WriteStore {
  readonly groupsIncidents = true;
  private readonly stmt;
  private readonly commitAll;

  constructor(
    private readonly db: BetterSqlite3.Database,
    private readonly project: Projector,
  ) {
    this.stmt = {
      load: db.prepare<[string], { state: string; seq: number }>(
        "select state, seq from incidents where id = ?",
      ),
      nextNumber: db.prepare<[], { value: number }>(
        "update counters set value = value + 1 where name = 'incident_number' returning value",
      ),
      openNames: db.prepare<[], { open_name: string }>(
        "select open_name from incidents where open_name is not null",
      ),
      insertEvent: db.prepare(
        "insert into events (incident_id, seq, type, at, actor, actor_roles, data) values (@incident_id, @seq, @type, @at, @actor, @actor_roles, @data)",
      ),
      insertIncident: db.prepare(
        "insert into incidents (id, number, name, open_name, status, severity, kind, visibility, commander, seq, declared_at, updated_at, state, doc) values (@id, @number, @name, @open_name, @status, @severity, @kind, @visibility, @commander, @seq, @declared_at, @updated_at, @state, @doc)",
      ),
      updateIncident: db.prepare(
        "update incidents set name = @name, open_name = @open_name, status = @status, severity = @severity, kind = @kind, visibility = @visibility, commander = @commander, seq = @seq, updated_at = @updated_at, state = @state, doc = @doc where id = @id and seq = @expected",
      ),
      dropTimers: db.prepare(
        "delete from timers where incident_id = ? and key not in (select value from json_each(?))",
      ),
      addTimer: db.prepare(
        "insert into timers (key, incident_id, kind, subject, due_at) values (@key, @incident_id, @kind, @subject, @dueAt) on conflict do nothing",
      ),
      owe: db.prepare(
        "insert into deliveries (id, incident_id, event_seq, recipient, channel, contact_id, kind, title, body, status, next_attempt_at, created_at) values (@id, @incident_id, @seq, @recipient, @channel, @contact_id, @kind, @title, @body, 'pending', @at, @at) on conflict do nothing",
      ),
      contacts: db.prepare<[string], { id: string; kind: string }>(
        "select id, kind from contact_methods where handle = ?",
      ),
      grantAccess: db.prepare(
        "insert into incident_access (incident_id, handle) values (?, ?) on conflict do nothing",
      ),
    };
    this.commitAll = db.transaction((batches: Batch[]) =>
      batches.map((b) => (b.incidentId === null ? this.declareAll(b) : this.append(b.incidentId, b))),
    );
  }

  commit(batches: Batch[]): Promise<StepResult[][]> {
    try {
      return Promise.resolve(this.commitAll.immediate(batches));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  close(): Promise<void> {
    this.db.close();
    return Promise.resolve();
  }

  private helpers(): DeclareHelpers {
    return {
      nextNumber: () => this.stmt.nextNumber.get()?.value ?? 1,
      openNames: () => this.stmt.openNames.all().map((r) => r.open_name),
    };
  }

  /** Each declaration in its own savepoint, so one bad name does not sink the others. */
  private declareAll(batch: Batch): StepResult[] {
    return batch.steps.map((step) => {
      try {
        return this.db.transaction(() => {
          const { results, state, envelopes } = runSteps(null, [step], this.helpers());
          const result = results[0] as Outcome;
          if (!result.ok || state === null) {
            throw new StepFailed(result);
          }
          const doc = this.project.doc(state);
          this.stmt.insertIncident.run(incidentColumns(state, doc));
          this.persist(state, envelopes);
          return { ...result, doc };
        })();
      } catch (error) {
        if (error instanceof StepFailed) {
          return {
            ok: false as const,
            error: error.result.ok ? new Error("declaration produced no state") : error.result.error,
          };
        }
        return { ok: false as const, error };
      }
    });
  }

  private append(incidentId: string, batch: Batch): StepResult[] {
    const row = this.stmt.load.get(incidentId);
    if (!row) {
      const error = new DomainError("INCIDENT_NOT_FOUND", `No incident ${incidentId}.`);
      return batch.steps.map(() => ({ ok: false as const, error }));
    }
    const initial = JSON.parse(row.state) as IncidentState;
    // Most commands leave the timers alone; only touch the timers table when they changed.
    const timersBefore = timerKeys(this.project.timers(initial));
    const { results, state, envelopes } = runSteps(initial, batch.steps, this.helpers());
    if (state === null || envelopes.length === 0) {
      return results as StepResult[];
    }
    const doc = this.project.doc(state);
    const changed = this.stmt.updateIncident.run({ ...incidentColumns(state, doc), expected: row.seq });
    if (changed.changes !== 1) {
      throw new ConcurrencyError(incidentId);
    }
    this.persist(state, envelopes, timersBefore);
    return withDoc(results, doc);
  }

  private persist(
    state: IncidentState,
    envelopes: EventEnvelope[],
    timersBefore: string | null = null,
  ): void {
    for (const e of envelopes) {
      this.stmt.insertEvent.run(eventToRow(state.id, e));
    }
    const timers = this.project.timers(state);
    if (timersBefore !== timerKeys(timers)) {
      this.stmt.dropTimers.run(state.id, JSON.stringify(timers.map((t) => t.key)));
      for (const t of timers) {
        this.stmt.addTimer.run({ ...t, incident_id: state.id });
      }
    }
    const at = envelopes[envelopes.length - 1]?.at ?? state.updatedAt;
    const notices = this.project.notices(state, envelopes);
    const owed = owedDeliveries(state.id, notices, (h) => this.stmt.contacts.all(h), this.project.channels);
    for (const o of owed) {
      this.stmt.owe.run({
        ...o.notice,
        id: o.id,
        channel: o.channel,
        contact_id: o.contactId,
        incident_id: state.id,
        at,
      });
    }
    for (const handle of accessHandles(envelopes)) {
      this.stmt.grantAccess.run(state.id, handle);
    }
  }
}

class StepFailed extends Error {
  constructor(readonly result: Outcome) {
    super("step failed");
  }
}
