import { storageFault } from "../storage/faults.js";
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

  /** `observe` hears of every commit: its number of commands, how long it took, and whether it held. */
  constructor(
    private readonly store: WriteStore,
    private readonly observe: (steps: number, seconds: number, ok: boolean) => void = () => undefined,
  ) {}

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
    const started = performance.now();
    const steps = batches.reduce((n, b) => n + b.steps.length, 0);
    try {
      const results = await commitAlone(this.store, batches);
      this.observe(steps, (performance.now() - started) / 1000, true);
      taken.forEach((t, i) => {
        t.settle.forEach((s, j) => {
          s.resolve(results[i]?.[j] ?? missing());
        });
      });
    } catch (error) {
      this.observe(steps, (performance.now() - started) / 1000, false);
      for (const t of taken) for (const s of t.settle) s.reject(error);
    } finally {
      for (const t of taken) this.inFlight.delete(t.key);
      if (this.queues.size > 0) this.schedule();
    }
  }
}

/**
 * Commits batches; if the storage refuses the whole transaction for a reason other than being
 * unavailable (a constraint, text it cannot store), one step is at fault and must not sink the
 * others: each step is then committed alone, in order, and only the guilty one fails.
 */
async function commitAlone(store: WriteStore, batches: Batch[]): Promise<StepResult[][]> {
  try {
    return await store.commit(batches);
  } catch (error) {
    const steps = batches.reduce((n, b) => n + b.steps.length, 0);
    if (storageFault(error) || steps === 1) throw error;
    const results: StepResult[][] = [];
    for (const batch of batches) {
      const own: StepResult[] = [];
      for (const step of batch.steps) {
        try {
          const [[result] = []] = await store.commit([{ incidentId: batch.incidentId, steps: [step] }]);
          own.push(result ?? missing());
        } catch (stepError) {
          own.push({ ok: false, error: stepError });
        }
      }
      results.push(own);
    }
    return results;
  }
}

function missing(): StepResult {
  return { ok: false, error: new Error("the store returned no result for a step") };
}
