import { createHash } from "node:crypto";
import type { EventBus } from "../../app/event-bus.js";
import type { Log } from "../../log.js";
import type { PageSettings, PublicIncident, Snapshot } from "./model.js";
import { buildSnapshot, HISTORY_DAYS, publicIncident } from "./model.js";
import { renderAtom, renderIncidentHtml, renderStatusHtml } from "./render.js";
import type { StatusStore } from "./store.js";

/** A rendered body with its validator, served as it is to every reader. */
export type Rendered = { body: string; etag: string; type: string };

function rendered(body: string, type: string): Rendered {
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  return { body, etag, type };
}

type Pages = {
  snapshot: Snapshot;
  html: Rendered;
  json: Rendered;
  atom: Rendered;
  incidents: Map<string, { incident: PublicIncident; html: Rendered; json: Rendered }>;
};

// Events that can change what the public sees: a public update published, the end (or a reopening).
const RELEVANT = /^(comms\.update-published|incident\.status-changed)$/;
const DEBOUNCE_MS = 100;
const REFRESH_MS = 60_000;

/**
 * The public status page, rendered once per change and served from memory: readers never cause
 * a query, however many there are during an outage. Rebuilt when a relevant event commits (on
 * any instance: the bus carries other instances' events), when an admin edits components, and
 * every minute (other instances' component edits, the 90-day window moving on).
 */
export class StatusPage {
  private pages: Pages | null = null;
  private timer: NodeJS.Timeout | null = null;
  private refresh: NodeJS.Timeout | null = null;
  private building: Promise<void> | null = null;
  private again = false;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly store: StatusStore,
    private readonly settings: PageSettings,
    private readonly clock: () => Date,
    private readonly log: Log,
  ) {}

  /** Follows the bus and rebuilds periodically. */
  start(bus: EventBus): void {
    this.unsubscribe = bus.subscribeAny((_id, events) => {
      if (events.some((e) => RELEVANT.test(e.type))) this.soon();
    });
    this.refresh = setInterval(() => {
      this.soon();
    }, REFRESH_MS);
    this.refresh.unref();
  }

  stop(): void {
    this.unsubscribe?.();
    if (this.timer) clearTimeout(this.timer);
    if (this.refresh) clearInterval(this.refresh);
  }

  /** Asks for a rebuild shortly (many events in a burst make one). */
  soon(): void {
    this.timer ??= setTimeout(() => {
      this.timer = null;
      void this.rebuild().catch((error: unknown) => {
        this.log.warn({ err: error }, "the status page could not be rebuilt; the last one is still served");
      });
    }, DEBOUNCE_MS);
  }

  /** Rebuilds now; concurrent calls share one build and one more after it. */
  rebuild(): Promise<void> {
    if (this.building) {
      this.again = true;
      return this.building;
    }
    this.building = this.build().finally(() => {
      this.building = null;
      if (this.again) {
        this.again = false;
        this.soon();
      }
    });
    return this.building;
  }

  /** The current pages, built on first use. */
  async current(): Promise<Pages> {
    if (!this.pages) await this.rebuild();
    if (!this.pages) throw new Error("the status page could not be built");
    return this.pages;
  }

  private async build(): Promise<void> {
    const now = this.clock();
    const since = new Date(now.getTime() - HISTORY_DAYS * 86_400_000);
    const [components, docs] = await Promise.all([
      this.store.components(),
      this.store.publicCandidates(since),
    ]);
    const incidents = docs.flatMap((doc) => publicIncident(doc, now) ?? []);
    const snapshot = buildSnapshot(this.settings, components, incidents, now);
    const shown = [...snapshot.active, ...snapshot.scheduled, ...snapshot.past];
    this.pages = {
      snapshot,
      html: rendered(renderStatusHtml(snapshot), "text/html; charset=utf-8"),
      json: rendered(JSON.stringify(snapshot), "application/json; charset=utf-8"),
      atom: rendered(renderAtom(snapshot), "application/atom+xml; charset=utf-8"),
      incidents: new Map(
        shown.map((incident) => [
          incident.id,
          {
            incident,
            html: rendered(renderIncidentHtml(snapshot, incident), "text/html; charset=utf-8"),
            json: rendered(JSON.stringify(incident), "application/json; charset=utf-8"),
          },
        ]),
      ),
    };
  }
}
