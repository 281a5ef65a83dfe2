import type { Log } from "../log.js";
import { silentLog } from "../log.js";
import type { DueTimer, TimerStore } from "../storage/timer-store.js";
import type { Muster } from "./muster.js";
import { Poller } from "./poller.js";

/**
 * Fires due timers through the one write path. The domain decides whether each occasion
 * still stands, which makes a timer fire once however many instances or retries touch it.
 */
export function timerScheduler(
  store: TimerStore,
  muster: Muster,
  clock: () => Date,
  log: Log = silentLog,
): Poller<DueTimer> {
  return new Poller<DueTimer>({
    name: "timers",
    // Large rounds: many incidents' timers commit in one transaction (and one fsync), which
    // is what lets a burst of 10,000 due timers fire within a second. The price on SQLite is
    // that other writes wait for that one transaction (about 0.8 s for 10,000 timers).
    batch: 10000,
    log,
    clock,
    claim: (now, until, limit) => store.claimDue(now, until, limit),
    handle: async (timers) => {
      // All of an incident's due timers fire in one commit.
      const byIncident = new Map<string, DueTimer[]>();
      for (const t of timers) byIncident.set(t.incidentId, [...(byIncident.get(t.incidentId) ?? []), t]);
      const outcomes = await Promise.all(
        [...byIncident].map(async ([incidentId, due]) => {
          try {
            const { idle } = await muster.fireTimers(incidentId, due);
            return { fired: due.length - idle.length, idle };
          } catch (error) {
            log.warn({ err: error, incidentId }, "timers could not fire; they will be retried");
            return { fired: 0, idle: [] }; // the claims lapse and the timers are retried
          }
        }),
      );
      await store.remove(outcomes.flatMap((o) => o.idle.map((t) => t.key)));
      return outcomes.reduce((n, o) => n + o.fired, 0);
    },
  });
}
