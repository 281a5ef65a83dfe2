import type { DueTimer, TimerStore } from "../storage/timer-store.js";
import type { Muster } from "./muster.js";
import { Poller } from "./poller.js";

/**
 * Fires due timers through the one write path. The domain decides whether each occasion
 * still stands, which makes a timer fire once however many instances or retries touch it.
 */
export function timerScheduler(store: TimerStore, muster: Muster, clock: () => Date): Poller<DueTimer> {
  return new Poller<DueTimer>({
    clock,
    claim: (now, until, limit) => store.claimDue(now, until, limit),
    handle: async (timers) => {
      const fired = await Promise.all(
        timers.map(async (timer) => {
          try {
            const events = await muster.fireTimer(timer);
            if (events.length === 0) await store.remove(timer.key);
            return events.length > 0;
          } catch {
            return false; // the claim lapses and the timer is retried
          }
        }),
      );
      return fired.filter(Boolean).length;
    },
  });
}
