import { randomUUID } from "node:crypto";
import type { Consumer } from "../../app/consumers.js";
import { DomainError, commanderOf } from "../../domain/index.js";
import type { IncidentState } from "../../domain/index.js";
import type { Log } from "../../log.js";
import type { ReadStore, Viewer } from "../../storage/read-store.js";
import type { Postmortem, PostmortemCommand, PostmortemConfig } from "./domain/index.js";
import { decidePostmortem, draftPostmortem, draftsAutomatically, scheduleFrom } from "./domain/index.js";
import type { PostmortemStore } from "./store.js";
import { StaleVersion } from "./store.js";

const ATTEMPTS = 4;

/** The last Incident Commander: the default owner of the postmortem. */
function lastCommander(s: IncidentState): string {
  const tenures = s.roleHistory.filter((t) => t.role === "incident-commander");
  return commanderOf(s) ?? tenures.at(-1)?.holder ?? s.declaredBy;
}

function notFound(): DomainError {
  return new DomainError(
    "POSTMORTEM_NOT_FOUND",
    "This incident has no postmortem yet; it is drafted when the incident ends, or on demand (POST …/postmortem).",
  );
}

/** The one write path for postmortems: drafted from the record, then decided and appended with a version guard. */
export class Postmortems {
  constructor(
    private readonly store: PostmortemStore,
    private readonly reads: ReadStore,
    private readonly clock: () => Date,
    private readonly config: PostmortemConfig,
  ) {}

  /** The incident's postmortem, or POSTMORTEM_NOT_FOUND. */
  async get(incidentId: string): Promise<Postmortem> {
    const p = await this.store.byIncident(incidentId);
    if (!p) throw notFound();
    return p;
  }

  /** Whether an end this long ago calls for a draft by itself (see `draftsAutomatically`). */
  draftsAutomatically(endedAt: string): boolean {
    return draftsAutomatically(endedAt, this.clock(), this.config);
  }

  /** Every postmortem not yet published (for reminders). */
  unpublished(): Promise<Postmortem[]> {
    return this.store.unpublished();
  }

  /** Postmortems of the incidents the viewer may see. */
  list(
    filter: { stage?: string | undefined; owner?: string | undefined },
    viewer: Viewer,
  ): Promise<Postmortem[]> {
    return this.store.list(filter, viewer);
  }

  /** Drafts the postmortem from the incident's record (once per incident). */
  async create(actor: string, incidentId: string): Promise<Postmortem> {
    if (await this.store.byIncident(incidentId)) {
      throw new DomainError(
        "POSTMORTEM_EXISTS",
        "This incident has a postmortem already; GET …/postmortem shows it.",
      );
    }
    const state = await this.reads.currentState(incidentId);
    if (!state) throw new DomainError("INCIDENT_NOT_FOUND", "No incident you can see has that number or id.");
    const events = await this.reads.eventsUntil(incidentId, {});
    const now = this.clock();
    const created = {
      type: "postmortem.created" as const,
      data: {
        id: randomUUID(),
        incidentId,
        incidentNumber: state.number,
        incidentName: state.name,
        owner: lastCommander(state),
        commander: lastCommander(state),
        participants: Object.keys(state.responders).sort(),
        markdown: draftPostmortem(state, events),
        schedule: scheduleFrom(state.endedAt ? new Date(state.endedAt) : now, this.config),
      },
    };
    try {
      return await this.store.append(null, [created], actor, now);
    } catch (error) {
      // Two creators at once: the unique incident id lets one through; the other sees it.
      if (await this.store.byIncident(incidentId)) {
        throw new DomainError(
          "POSTMORTEM_EXISTS",
          "This incident has a postmortem already; GET …/postmortem shows it.",
        );
      }
      throw error;
    }
  }

  /**
   * Runs a command on the incident's postmortem; a concurrent write makes it decide again on the
   * new state. `at` is when it is judged (the reminder job passes its own clock).
   */
  async execute(actor: Viewer, incidentId: string, cmd: PostmortemCommand, at?: Date): Promise<Postmortem> {
    for (let attempt = 1; ; attempt++) {
      const p = await this.get(incidentId);
      const now = this.clock();
      const ctx = { actor: actor.handle, isAdmin: actor.isAdmin, now: at ?? now, newId: randomUUID };
      const events = decidePostmortem(p, cmd, ctx);
      try {
        return await this.store.append(p, events, actor.handle, now);
      } catch (error) {
        if (!(error instanceof StaleVersion) || attempt >= ATTEMPTS) throw error;
      }
    }
  }
}

/** Drafts each incident's postmortem when it ends (durable: an end is never missed). */
export function postmortemConsumer(postmortems: Postmortems, log: Log): Consumer {
  return {
    name: "postmortems",
    async handle(incidentId, events) {
      const ended = events.findLast((e) => e.type === "incident.status-changed" && e.data.to === "ended");
      if (!ended || !postmortems.draftsAutomatically(ended.at)) return;
      try {
        await postmortems.create("muster", incidentId);
      } catch (error) {
        if (!(error instanceof DomainError && error.code === "POSTMORTEM_EXISTS")) throw error;
        log.debug({ incidentId }, "postmortem exists already");
      }
    },
  };
}

const SYSTEM = { handle: "muster", isAdmin: true };
const STEPS = ["draft", "review", "publish"] as const;

/**
 * Reminds the owner and the last IC once for each step that is past due (the draft, the
 * review, publication). Runs on every instance: the version guard lets one reminder through.
 */
export function postmortemReminders(postmortems: Postmortems, clock: () => Date, log: Log) {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<number> | null = null;
  async function round(): Promise<number> {
    const now = clock();
    let sent = 0;
    for (const p of await postmortems.unpublished()) {
      for (const step of STEPS) {
        if (p.reminded[step] !== undefined || Date.parse(p.schedule[step]) > now.getTime()) continue;
        try {
          const after = await postmortems.execute(SYSTEM, p.incidentId, { type: "remind", step }, now);
          if (after.reminded[step] !== undefined && after.version > p.version) sent++;
        } catch (error) {
          log.warn(
            { err: error, incidentId: p.incidentId, step },
            "postmortem reminder failed; retrying next round",
          );
        }
      }
    }
    return sent;
  }
  return {
    /** One round now; resolves with how many reminders were recorded. */
    tick(): Promise<number> {
      running ??= round().finally(() => {
        running = null;
      });
      return running;
    },
    start(everyMs = 60_000): void {
      timer ??= setInterval(() => {
        this.tick().catch((error: unknown) => {
          log.warn({ err: error }, "postmortem reminders failed");
        });
      }, everyMs);
      timer.unref();
    },
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
  };
}
