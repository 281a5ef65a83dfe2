import { mayView } from "../domain/index.js";
import type { Log } from "../log.js";
import type { IncidentSummary, ReadStore, Viewer } from "../storage/read-store.js";
import type { EventBus } from "./event-bus.js";

/** Bursts of commits collapse into one update of the rows they touched. */
const COALESCE_MS = 50;
const EVERYONE: Viewer = { handle: "", isAdmin: true };

type Watcher = { viewer: Viewer; send: (rows: IncidentSummary[]) => void };

/**
 * The live incident list for every viewer at once: a burst of commits costs one read of the
 * changed rows (and their access lists), whatever the number of viewers, and each viewer gets
 * only the rows the visibility rule lets them see, filtered in memory.
 */
export class ListFeed {
  private readonly watchers = new Set<Watcher>();
  private readonly changed = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly bus: EventBus,
    private readonly reads: ReadStore,
    private readonly log: Log,
  ) {}

  /** Follows changes as `viewer`; returns the function that stops following. */
  watch(viewer: Viewer, send: (rows: IncidentSummary[]) => void): () => void {
    const watcher = { viewer, send };
    this.watchers.add(watcher);
    this.unsubscribe ??= this.bus.subscribeAny((incidentId) => {
      this.changed.add(incidentId);
      this.timer ??= setTimeout(() => {
        this.flush().catch((error: unknown) => {
          this.log.warn({ err: error }, "live incident list update failed");
        });
      }, COALESCE_MS);
    });
    return () => {
      this.watchers.delete(watcher);
      if (this.watchers.size > 0) return;
      this.unsubscribe?.();
      this.unsubscribe = null;
    };
  }

  private async flush(): Promise<void> {
    this.timer = null;
    const ids = [...this.changed];
    this.changed.clear();
    if (this.watchers.size === 0 || ids.length === 0) return;
    const rows = (await this.reads.list({ ids, limit: ids.length }, EVERYONE)).sort((a, b) =>
      a.updatedAt.localeCompare(b.updatedAt),
    );
    const access = await this.reads.accessFor(rows.filter((r) => r.visibility !== "open").map((r) => r.id));
    for (const { viewer, send } of this.watchers) {
      const visible = rows.filter((r) =>
        mayView(r.visibility, access.get(r.id) ?? [], viewer.handle, viewer.isAdmin),
      );
      if (visible.length > 0) send(visible);
    }
  }
}
