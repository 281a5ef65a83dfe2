import type BetterSqlite3 from "better-sqlite3";
import type { IncidentState } from "../domain/index.js";
import { upgradeState } from "../domain/index.js";
import type { CommitPlan } from "./commit-plan.js";
import { planCommit } from "./commit-plan.js";
import { ConcurrencyError, incidentStatements } from "./rows.js";
import type { Batch, DeclareHelpers, Projector, StepResult, WriteStore } from "./write-store.js";
import { owedDeliveries } from "./write-store.js";

// Named parameters: the columns object binds as it is, plus `expected` for the guarded update.
const INCIDENT = incidentStatements((column) => `@${column}`);

/**
 * The SQLite append path: prepared statements on a dedicated connection, every queued
 * batch in one IMMEDIATE transaction (group commit: one fsync for many requests). What to
 * write comes from `planCommit`; this class only executes plans.
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
      insertIncident: db.prepare(INCIDENT.insert.sql),
      updateIncident: db.prepare(INCIDENT.update.sql),
      dropTimer: db.prepare("delete from timers where incident_id = ? and key = ?"),
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
        "insert into incident_access (incident_id, handle, access_until) values (?, ?, ?) on conflict (incident_id, handle) do update set access_until = excluded.access_until",
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
          const plan = planCommit(null, [step], this.helpers(), this.project);
          const result = plan.results[0] ?? { ok: false, error: new Error("no result") };
          // Roll the savepoint back (the number drawn is returned) when the step was refused.
          if (!result.ok) throw new Refused(result);
          this.execute(plan);
          return result;
        })();
      } catch (error) {
        return error instanceof Refused ? error.result : { ok: false as const, error };
      }
    });
  }

  private append(incidentId: string, batch: Batch): StepResult[] {
    const row = this.stmt.load.get(incidentId);
    const loaded = row ? { state: upgradeState(JSON.parse(row.state) as IncidentState), seq: row.seq } : null;
    const plan = planCommit(loaded, batch.steps, this.helpers(), this.project);
    this.execute(plan);
    return plan.results;
  }

  private execute({ write }: CommitPlan): void {
    if (!write) return;
    const id = write.incidentId;
    if (write.expectedSeq === null) {
      this.stmt.insertIncident.run(write.columns);
    } else if (
      this.stmt.updateIncident.run({ ...write.columns, expected: write.expectedSeq }).changes !== 1
    ) {
      throw new ConcurrencyError(id);
    }
    for (const e of write.events) this.stmt.insertEvent.run(e);
    for (const key of write.timers.remove) this.stmt.dropTimer.run(id, key);
    for (const t of write.timers.add) this.stmt.addTimer.run({ ...t, incident_id: id });
    const owed = owedDeliveries(id, write.notices, (h) => this.stmt.contacts.all(h), this.project.channels);
    for (const o of owed) {
      this.stmt.owe.run({
        ...o.notice,
        id: o.id,
        channel: o.channel,
        contact_id: o.contactId,
        incident_id: id,
        at: write.at,
      });
    }
    for (const g of write.grants) this.stmt.grantAccess.run(id, g.handle, g.until);
  }
}

class Refused extends Error {
  constructor(readonly result: StepResult) {
    super("step refused");
  }
}
