import type { DueTimer, TimerStore } from "../storage/timer-store.js";
import type { Muster } from "./muster.js";

export type SchedulerOptions = {
  clock: () => Date;
  /** Timers claimed per round. */
  batch?: number;
  /** How long a claim holds before another instance may retry the timer. */
  claimSeconds?: number;
};

/**
 * Fires due timers through the one write path. Each round claims due timers and fires them
 * together (so group commit batches them). The domain decides whether the occasion still
 * stands, which makes a timer fire once however many instances or retries touch it.
 */
export class TimerScheduler {
  private running: Promise<number> | null = null;
  private interval: NodeJS.Timeout | null = null;

  constructor(
    private readonly store: TimerStore,
    private readonly muster: Muster,
    private readonly options: SchedulerOptions,
  ) {}

  /** Fires everything due now; resolves with how many timers produced events. */
  tick(): Promise<number> {
    this.running ??= this.round().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Ticks every `ms` milliseconds until stopped. */
  start(ms = 1000): void {
    this.interval = setInterval(() => void this.tick().catch(() => undefined), ms);
    this.interval.unref();
  }

  /** Stops ticking and waits for a round in progress. */
  async stop(): Promise<void> {
    if (this.interval) clearInterval(this.interval);
    this.interval = null;
    await this.running?.catch(() => undefined);
  }

  private async round(): Promise<number> {
    const batch = this.options.batch ?? 500;
    let fired = 0;
    for (;;) {
      const now = this.options.clock();
      const until = new Date(now.getTime() + (this.options.claimSeconds ?? 30) * 1000);
      const due = await this.store.claimDue(now, until, batch);
      const results = await Promise.all(due.map((t) => this.fire(t)));
      fired += results.filter(Boolean).length;
      if (due.length < batch) return fired;
    }
  }

  private async fire(timer: DueTimer): Promise<boolean> {
    try {
      const events = await this.muster.fireTimer(timer);
      if (events.length === 0) await this.store.remove(timer.key);
      return events.length > 0;
    } catch {
      // The claim lapses and the timer is retried; nothing was half-written.
      return false;
    }
  }
}
