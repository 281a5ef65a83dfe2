import type { Consumer } from "../../../app/consumers.js";
import type { Muster } from "../../../app/muster.js";
import type { EventEnvelope, IncidentState } from "../../../domain/index.js";
import { DomainError } from "../../../domain/index.js";
import type { Log } from "../../../log.js";
import type { ReadStore } from "../../../storage/read-store.js";
import type { FollowUp, FollowUpState } from "../domain/index.js";
import { isOpenFollowUp } from "../domain/index.js";
import type { IssueState, TrackerProvider } from "./provider.js";
import { own } from "../../../domain/own.js";

const SYSTEM = { handle: "muster", isAdmin: true };
/** The actor of changes that came from the tracker: they are not sent back to it. */
export const TRACKER_ACTOR = { handle: "github", isAdmin: true };

export type SyncOptions = {
  /** "all": every follow-up of an open incident; "on-request": only those asked for. */
  sync: "all" | "on-request";
  /** Where people reach Muster, for the link back in the issue. */
  publicUrl: string | undefined;
};

/** What an issue event asks of a follow-up (null: nothing). */
export type TrackerChange = { state: FollowUpState; reason?: string };

function issueState(state: FollowUpState): IssueState {
  if (state === "done") return { state: "closed", reason: "completed" };
  if (state === "wont-do") return { state: "closed", reason: "not_planned" };
  return { state: "open" };
}

function issueBody(s: IncidentState, f: FollowUp, publicUrl: string | undefined): string {
  const incident = `#${String(s.number)} ${s.name}`;
  return [
    `Follow-up from incident ${publicUrl ? `[${incident}](${publicUrl}/#/incidents/${String(s.number)})` : incident} in Muster.`,
    "",
    `- Owner in Muster: ${f.owner}`,
    `- Priority: ${f.priority}`,
    `- Due: ${f.dueAt ?? "no date"}`,
    ...(f.source.section ? [`- Postmortem section: ${f.source.section}`] : []),
    "",
    "_Closing this issue marks the follow-up done in Muster; closing it as not planned marks it won't do; reopening it opens it again._",
    "",
    `<!-- muster:follow-up:${s.id}:${f.id} -->`,
  ].join("\n");
}

/**
 * Follow-ups synced with an outside tracker. A durable consumer opens an issue for each
 * follow-up (all of them, or those asked for), records the link through the write path, and
 * closes or reopens the issue when the follow-up's state changes in Muster; the tracker's
 * webhook brings its state changes back (`fromTracker`). Restricted incidents are never synced.
 */
export class TrackerSync {
  constructor(
    private readonly provider: TrackerProvider,
    private readonly muster: Muster,
    private readonly reads: ReadStore,
    private readonly log: Log,
    private readonly options: SyncOptions,
    /** Finds the follow-up synced with an issue, by its key. */
    readonly find: (key: string) => Promise<{ incidentId: string; followUp: FollowUp } | null>,
  ) {}

  /** The durable consumer that sends follow-ups out. */
  consumer(): Consumer {
    return { name: `tracker-${this.provider.name}`, handle: (id, events) => this.handle(id, events) };
  }

  private async handle(incidentId: string, events: EventEnvelope[]): Promise<void> {
    for (const e of events) {
      if (e.type === "follow-up.added" && this.options.sync === "all") {
        await this.open(incidentId, e.data.id, true);
      } else if (e.type === "follow-up.tracking-requested") await this.open(incidentId, e.data.id, false);
      else if (e.type === "follow-up.updated" && e.actor !== TRACKER_ACTOR.handle && e.data.changes.state) {
        await this.push(incidentId, e.data.id, e.data.changes.state);
      }
    }
  }

  /** Opens the issue unless there is one; a crash before the link is recorded may open a second. */
  private async open(incidentId: string, id: string, automatic: boolean): Promise<void> {
    const s = await this.reads.currentState(incidentId);
    const f = s ? own(s.followUps, id) : undefined;
    if (!s || !f || typeof f.tracker === "object" || s.visibility === "restricted") return;
    // On first enabling the sync, follow-ups long closed are not sent out.
    if (automatic && !isOpenFollowUp(f)) return;
    const link = await this.provider.create({
      title: f.title,
      body: issueBody(s, f, this.options.publicUrl),
    });
    try {
      await this.muster.execute(SYSTEM, incidentId, { type: "link-follow-up", id, tracker: link });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      this.log.warn({ incidentId, followUp: id, code: error.code }, "tracker issue opened but not linked");
    }
    if (!isOpenFollowUp(f)) await this.provider.setState(link, issueState(f.state));
  }

  private async push(incidentId: string, id: string, state: FollowUpState): Promise<void> {
    const current = await this.reads.currentState(incidentId);
    const f = current ? own(current.followUps, id) : undefined;
    if (f && typeof f.tracker === "object") await this.provider.setState(f.tracker, issueState(state));
  }

  /** Applies a state change from the tracker; false when there was nothing to change. */
  async fromTracker(incidentId: string, f: FollowUp, change: TrackerChange): Promise<boolean> {
    const same = change.state === "open" ? isOpenFollowUp(f) : f.state === change.state;
    if (same) return false;
    await this.muster.execute(TRACKER_ACTOR, incidentId, { type: "update-follow-up", id: f.id, ...change });
    return true;
  }
}
