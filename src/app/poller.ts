import type { Log } from "../log.js";
import { silentLog } from "../log.js";

export type PollerOptions<T> = {
  /** Names the loop in the log. */
  name?: string;
  log?: Log;
  clock: () => Date;
  /** Claims up to `limit` items due at `now`, held until `until` (then another instance may retry). */
  claim: (now: Date, until: Date, limit: number) => Promise<T[]>;
  /** Processes a round's items; resolves with how many did something. Throwing leaves the claims to lapse. */
  handle: (items: T[]) => Promise<number>;
  batch?: number;
  claimSeconds?: number;
};

/** A loop that can be ticked by hand (tests, virtual time) or run on an interval. */
export type Ticker = {
  /** Processes everything due now; resolves with how many items did something. */
  tick(): Promise<number>;
  start(ms?: number): void;
  stop(): Promise<void>;
};

/** Several loops run and ticked together (e.g. in-app and outside deliveries). */
export class PollerGroup implements Ticker {
  constructor(private readonly members: Ticker[]) {}

  async tick(): Promise<number> {
    const done = await Promise.all(this.members.map((m) => m.tick()));
    return done.reduce((a, b) => a + b, 0);
  }

  start(ms?: number): void {
    for (const m of this.members) m.start(ms);
  }

  async stop(): Promise<void> {
    await Promise.all(this.members.map((m) => m.stop()));
  }
}

/**
 * The claim-and-process loop behind timers and deliveries: each round claims due items and
 * handles them together, until fewer than a batch are due. Rounds never overlap.
 */
export class Poller<T> implements Ticker {
  private running: Promise<number> | null = null;
  private interval: NodeJS.Timeout | null = null;

  constructor(private readonly options: PollerOptions<T>) {}

  private get log(): Log {
    return this.options.log ?? silentLog;
  }

  /** Processes everything due now; resolves with how many items did something. */
  tick(): Promise<number> {
    this.running ??= this.round().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Ticks every `ms` milliseconds until stopped. */
  start(ms = 1000): void {
    this.interval = setInterval(() => {
      // A failed round (storage down) leaves its claims to lapse; the next tick tries again.
      this.tick().catch((error: unknown) => {
        this.log.warn({ err: error, poller: this.options.name }, "poller round failed");
      });
    }, ms);
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
      if (items.length > 0) {
        done += await this.options.handle(items).catch((error: unknown) => {
          this.log.warn({ err: error, poller: this.options.name }, "poller could not handle a round");
          return 0;
        });
      }
      if (items.length < batch) return done;
    }
  }
}
