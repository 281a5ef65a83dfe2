import type { Batch, Step, StepResult, WriteStore } from "../storage/write-store.js";

type Pending = {
  steps: Step[];
  settle: { resolve: (r: StepResult) => void; reject: (e: unknown) => void }[];
};

const DECLARE_KEY = "\u0000declare";
const MAX_BATCH = 256;

/**
 * Group commit. Commands queue per incident; whatever has queued while the previous
 * commit was in flight goes into the next one. On SQLite every incident's queue goes into
 * one transaction (one fsync); on PostgreSQL each incident's queue is its own transaction,
 * one in flight per incident, many incidents in parallel.
 */
export class GroupCommitter {
  private readonly queues = new Map<string, Pending>();
  private readonly inFlight = new Set<string>();
  private scheduled = false;

  constructor(private readonly store: WriteStore) {}

  /** Queues one step for an incident (null: a declaration) and resolves once committed. */
  submit(incidentId: string | null, step: Step): Promise<StepResult> {
    const key = incidentId ?? DECLARE_KEY;
    return new Promise((resolve, reject) => {
      let pending = this.queues.get(key);
      if (!pending) {
        pending = { steps: [], settle: [] };
        this.queues.set(key, pending);
      }
      pending.steps.push(step);
      pending.settle.push({ resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // setImmediate lets requests that arrived in the same turn join the batch.
    setImmediate(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    const ready = [...this.queues.keys()].filter((k) => !this.inFlight.has(k));
    if (ready.length === 0) return;
    if (this.store.groupsIncidents) {
      if (this.inFlight.size > 0) return;
      void this.run(ready);
    } else {
      for (const key of ready) void this.run([key]);
    }
  }

  private async run(keys: string[]): Promise<void> {
    const taken = keys.map((key) => {
      const pending = this.queues.get(key) as Pending;
      const steps = pending.steps.splice(0, MAX_BATCH);
      const settle = pending.settle.splice(0, MAX_BATCH);
      if (pending.steps.length === 0) this.queues.delete(key);
      this.inFlight.add(key);
      return { key, steps, settle };
    });
    const batches: Batch[] = taken.map((t) => ({
      incidentId: t.key === DECLARE_KEY ? null : t.key,
      steps: t.steps,
    }));
    try {
      const results = await this.store.commit(batches);
      taken.forEach((t, i) => {
        t.settle.forEach((s, j) => {
          s.resolve(results[i]?.[j] ?? missing());
        });
      });
    } catch (error) {
      for (const t of taken) for (const s of t.settle) s.reject(error);
    } finally {
      for (const t of taken) this.inFlight.delete(t.key);
      if (this.queues.size > 0) this.schedule();
    }
  }
}

function missing(): StepResult {
  return { ok: false, error: new Error("the store returned no result for a step") };
}
