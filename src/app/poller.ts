export type PollerOptions<T> = {
  clock: () => Date;
  /** Claims up to `limit` items due at `now`, held until `until` (then another instance may retry). */
  claim: (now: Date, until: Date, limit: number) => Promise<T[]>;
  /** Processes a round's items; resolves with how many did something. Throwing leaves the claims to lapse. */
  handle: (items: T[]) => Promise<number>;
  batch?: number;
  claimSeconds?: number;
};

/**
 * The claim-and-process loop behind timers and deliveries: each round claims due items and
 * handles them together, until fewer than a batch are due. Rounds never overlap.
 */
export class Poller<T> {
  private running: Promise<number> | null = null;
  private interval: NodeJS.Timeout | null = null;

  constructor(private readonly options: PollerOptions<T>) {}

  /** Processes everything due now; resolves with how many items did something. */
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
    let done = 0;
    for (;;) {
      const now = this.options.clock();
      const until = new Date(now.getTime() + (this.options.claimSeconds ?? 30) * 1000);
      const items = await this.options.claim(now, until, batch);
      if (items.length > 0) done += await this.options.handle(items).catch(() => 0);
      if (items.length < batch) return done;
    }
  }
}
