import type pg from "pg";
import type { IncidentState, Notice } from "../domain/index.js";
import { DomainError, upgradeState } from "../domain/index.js";
import type { CommitPlan, TimerChanges } from "./commit-plan.js";
import { planCommit } from "./commit-plan.js";
import { storageFault } from "./faults.js";
import { ConcurrencyError, incidentStatements } from "./rows.js";
import type { Batch, DeclareHelpers, Projector, Step, StepResult, WriteStore } from "./write-store.js";
import { owedDeliveries } from "./write-store.js";

const INCIDENT = incidentStatements((_column, position) => `$${position}`);

/** Appends never declare: nothing draws a number or needs the open names. */
const NO_DECLARING: DeclareHelpers = { nextNumber: () => 0, openNames: () => [] };

/** Channel on which committed appends are announced to every server instance. */
export const EVENTS_CHANNEL = "muster_events";

/**
 * The PostgreSQL append path: one transaction per incident batch with the incident row
 * locked (`for update`), so instances behind a load balancer serialise per incident while
 * different incidents commit in parallel.
 */
export class PostgresWriteStore implements WriteStore {
  readonly groupsIncidents = false;

  constructor(
    private readonly pool: pg.Pool,
    private readonly project: Projector,
  ) {}

  async commit(batches: Batch[]): Promise<StepResult[][]> {
    return Promise.all(
      batches.map((b) =>
        b.incidentId === null
          ? Promise.all(b.steps.map((s) => this.declare(s)))
          : this.append(b.incidentId, b),
      ),
    );
  }

  close(): Promise<void> {
    return Promise.resolve();
  }

  private async declare(step: Step): Promise<StepResult> {
    return this.inTransaction<StepResult>(async (client) => {
      const number = await client.query<{ value: number }>(
        "update counters set value = value + 1 where name = 'incident_number' returning value",
      );
      const names = await client.query<{ open_name: string }>(
        "select open_name from incidents where open_name is not null",
      );
      const plan = planCommit(
        null,
        [step],
        {
          nextNumber: () => Number(number.rows[0]?.value ?? 1),
          openNames: () => names.rows.map((r) => r.open_name),
        },
        this.project,
      );
      const result: StepResult = plan.results[0] ?? { ok: false, error: new Error("no result") };
      // A refused declaration rolls back, returning the number it drew.
      if (!result.ok) return { result, commit: false };
      await this.execute(client, plan);
      return { result, commit: true };
    }).catch((error: unknown) => {
      if (isUniqueViolation(error, "incidents_open_name")) {
        const detail = "Another open incident took that name at the same moment; choose another name.";
        return { ok: false as const, error: new DomainError("NAME_TAKEN", detail, "name") };
      }
      throw error;
    });
  }

  private async append(incidentId: string, batch: Batch): Promise<StepResult[]> {
    return this.inTransaction(async (client) => {
      const row = await client.query<{ state: string; seq: number }>(
        "select state, seq from incidents where id = $1 for update",
        [incidentId],
      );
      const current = row.rows[0];
      const loaded = current
        ? { state: upgradeState(JSON.parse(current.state) as IncidentState), seq: current.seq }
        : null;
      const plan = planCommit(loaded, batch.steps, NO_DECLARING, this.project);
      await this.execute(client, plan);
      return { result: plan.results, commit: plan.write !== null };
    });
  }

  /** Executes a plan in the open transaction, then announces the commit to other instances. */
  private async execute(client: pg.PoolClient, { write }: CommitPlan): Promise<void> {
    if (!write) return;
    const id = write.incidentId;
    const c = write.columns;
    if (write.expectedSeq === null) {
      await client.query(INCIDENT.insert.sql, INCIDENT.insert.values(c));
    } else {
      const updated = await client.query(INCIDENT.update.sql, INCIDENT.update.values(c, write.expectedSeq));
      if (updated.rowCount !== 1) throw new ConcurrencyError(id);
    }
    const values: unknown[] = [];
    const tuples = write.events.map((r, i) => {
      values.push(r.incident_id, r.seq, r.type, r.at, r.actor, r.actor_roles, r.data);
      const base = i * 7;
      return `($${base + 1},$${base + 2},$${base + 3},$${base + 4},$${base + 5},$${base + 6},$${base + 7})`;
    });
    await client.query(
      `insert into events (incident_id, seq, type, at, actor, actor_roles, data) values ${tuples.join(",")}`,
      values,
    );
    if (write.grants.length > 0) {
      await client.query(
        "insert into incident_access (incident_id, handle, access_until) select $1, h, u from unnest($2::text[], $3::text[]) as t(h, u) on conflict (incident_id, handle) do update set access_until = excluded.access_until",
        [id, write.grants.map((g) => g.handle), write.grants.map((g) => g.until)],
      );
    }
    await this.changeTimers(client, id, write.timers);
    if (write.notices.length > 0) await this.owe(client, id, write.notices, write.at);
    await client.query("select pg_notify($1, $2)", [EVENTS_CHANNEL, `${id}:${c.seq}`]);
  }

  private async changeTimers(client: pg.PoolClient, id: string, changes: TimerChanges): Promise<void> {
    if (changes.remove.length > 0) {
      await client.query("delete from timers where incident_id = $1 and key = any($2::text[])", [
        id,
        changes.remove,
      ]);
    }
    const timers = changes.add;
    if (timers.length === 0) return;
    await client.query(
      "insert into timers (key, incident_id, kind, subject, due_at) select unnest($1::text[]), $2, unnest($3::text[]), unnest($4::text[]), unnest($5::text[]) on conflict do nothing",
      [
        timers.map((t) => t.key),
        id,
        timers.map((t) => t.kind),
        timers.map((t) => t.subject),
        timers.map((t) => t.dueAt),
      ],
    );
  }

  private async owe(client: pg.PoolClient, id: string, notices: Notice[], at: string): Promise<void> {
    const recipients = [...new Set(notices.map((n) => n.recipient))];
    const contacts = await client.query<{ id: string; kind: string; handle: string }>(
      "select id, kind, handle from contact_methods where handle = any($1::text[])",
      [recipients],
    );
    const owed = owedDeliveries(
      id,
      notices,
      (h) => contacts.rows.filter((c) => c.handle === h),
      this.project.channels,
    );
    await client.query(
      "insert into deliveries (id, incident_id, event_seq, recipient, channel, contact_id, kind, title, body, status, next_attempt_at, created_at) select unnest($1::text[]), $2, unnest($3::int[]), unnest($4::text[]), unnest($5::text[]), unnest($6::text[]), unnest($7::text[]), unnest($8::text[]), unnest($9::text[]), 'pending', $10, $10 on conflict do nothing",
      [
        owed.map((o) => o.id),
        id,
        owed.map((o) => o.notice.seq),
        owed.map((o) => o.notice.recipient),
        owed.map((o) => o.channel),
        owed.map((o) => o.contactId),
        owed.map((o) => o.notice.kind),
        owed.map((o) => o.notice.title),
        owed.map((o) => o.notice.body),
        at,
      ],
    );
  }

  private async inTransaction<T>(
    work: (client: pg.PoolClient) => Promise<{ result: T; commit: boolean }>,
  ): Promise<T> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    try {
      await client.query("begin");
      const { result, commit } = await work(client);
      await client.query(commit ? "commit" : "rollback");
      return result;
    } catch (error) {
      if (storageFault(error)) {
        // A dropped or stalled connection cannot roll back; the server aborts the transaction
        // when the session ends, so destroy the client instead of returning it to the pool.
        broken = error instanceof Error ? error : new Error(String(error));
      } else {
        await client.query("rollback").catch(() => undefined);
      }
      throw error;
    } finally {
      client.release(broken);
    }
  }
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    (error as { code?: string }).code === "23505" &&
    (error as { constraint?: string }).constraint === constraint
  );
}
