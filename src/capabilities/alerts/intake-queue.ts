import type { Delivery } from "./domain/intake.js";
import type { AlertStore } from "./store.js";

type Stored = { groupId: string; status: "firing" | "resolved" };
type Waiting = {
  source: string;
  deliveries: Delivery[];
  resolve: (r: Stored[]) => void;
  reject: (e: unknown) => void;
};

/**
 * Gathers the deliveries that arrive together (while the previous batch is being written, or in
 * the same turn of the event loop) and writes them in one transaction: a storm pays one fsync per
 * batch rather than one per request. Each request is answered only after its batch committed; a
 * failed batch fails every request in it (the senders retry), so nothing acknowledged is lost.
 */
export class IntakeQueue {
  private waiting: Waiting[] = [];
  private busy = false;

  constructor(
    private readonly store: AlertStore,
    private readonly clock: () => Date,
    private readonly maxBatch = 200,
  ) {}

  /** Stores a request's deliveries; resolves with their groups once committed. */
  submit(source: string, deliveries: Delivery[]): Promise<Stored[]> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ source, deliveries, resolve, reject });
      if (!this.busy) {
        this.busy = true;
        setImmediate(() => {
          void this.drain();
        });
      }
    });
  }

  private async drain(): Promise<void> {
    while (this.waiting.length > 0) {
      const batch = this.waiting.splice(0, this.maxBatch);
      const items = batch.flatMap((w) => w.deliveries.map((delivery) => ({ source: w.source, delivery })));
      try {
        const results = await this.store.receiveAll(items, this.clock());
        let at = 0;
        for (const w of batch) {
          w.resolve(results.slice(at, at + w.deliveries.length));
          at += w.deliveries.length;
        }
      } catch (error) {
        for (const w of batch) w.reject(error);
      }
    }
    this.busy = false;
  }
}
