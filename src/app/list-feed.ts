import { mayView } from "../domain/index.js";
import type { Log } from "../log.js";
import type { IncidentSummary, ReadStore, Viewer } from "../storage/read-store.js";
import type { EventBus } from "./event-bus.js";

/** Bursts of commits collapse into one update of the rows they touched. */
const COALESCE_MS = 50;
const EVERYONE: Viewer = { handle: "", isAdmin: true };

/** A changed row and its SSE frame, serialised once for every viewer. */
export type ListChange = { row: IncidentSummary; frame: string };

type Watcher = { viewer: Viewer; send: (changes: ListChange[]) => void };

/** The SSE frame of a list row; its id (the change time) is what a client resumes from. */
export function listFrame(row: IncidentSummary): string {
  return `id: ${row.updatedAt}\nevent: incident\ndata: ${JSON.stringify(row)}\n\n`;
}

/** What a board shows of a row: everything but the bookkeeping that changes with every event. */
function fingerprint(row: IncidentSummary): string {
  return JSON.stringify({ ...row, seq: 0, updatedAt: "" });
}

/**
 * The live incident list for every viewer at once: a burst of commits costs one read of the
 * changed rows (and their access lists), whatever the number of viewers, and each viewer gets
 * only the rows the visibility rule lets them see, filtered in memory.
 */
export class ListFeed {
  private readonly watchers = new Set<Watcher>();
  private readonly changed = new Set<string>();
  /** What each incident's row last looked like when sent, so unchanged rows are not re-sent. */
  private readonly shown = new Map<string, string>();
  private timer: NodeJS.Timeout | null = null;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly bus: EventBus,
    private readonly reads: ReadStore,
    private readonly log: Log,
  ) {}

  /** Follows changes as `viewer`; returns the function that stops following. */
  watch(viewer: Viewer, send: (changes: ListChange[]) => void): () => void {
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
      // Nobody follows the list now; what was shown is no guide to what the next viewer has.
      this.shown.clear();
    };
  }

  private async flush(): Promise<void> {
    this.timer = null;
    const ids = [...this.changed];
    this.changed.clear();
    if (this.watchers.size === 0 || ids.length === 0) return;
    const rows = (await this.reads.list({ ids, limit: ids.length }, EVERYONE))
      .sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))
      // A CAN report or a log entry changes nothing a board shows: no row goes out for it.
      .filter((row) => {
        const print = fingerprint(row);
        if (this.shown.get(row.id) === print) return false;
        this.shown.set(row.id, print);
        return true;
      });
    if (rows.length === 0) return;
    const access = await this.reads.accessFor(rows.filter((r) => r.visibility !== "open").map((r) => r.id));
    const changes = rows.map((row) => ({ row, frame: listFrame(row) }));
    for (const { viewer, send } of this.watchers) {
      const visible = changes.filter(({ row }) =>
        mayView(row.visibility, access.get(row.id) ?? [], viewer.handle, viewer.isAdmin),
      );
      if (visible.length > 0) send(visible);
    }
  }
}
