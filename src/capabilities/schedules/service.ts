import ical, { ICalEventTransparency } from "ical-generator";
import type { LinkSigner } from "../../storage/server-keys.js";
import type { Team, TeamStore } from "../../storage/teams.js";
import type { Shift } from "./domain/model.js";
import { onCallAt, personAt, shiftsBetween } from "./domain/rotation.js";
import type { ScheduleStore, StoredSchedule } from "./store.js";

const DAY = 86_400_000;
/** How far back overrides are read for "now and next" (a shift can have begun weeks ago). */
const LOOKBACK_DAYS = 62;
/** A calendar feed covers a month back and three ahead. */
const FEED_BACK_DAYS = 31;
const FEED_AHEAD_DAYS = 92;
/** An escalation list entry that names a schedule rather than a person. */
export const SCHEDULE_REF = /^schedule:([a-z][a-z0-9-]{0,39})$/;

/** What a team's escalation list is at a moment: the people, and who came from which schedule. */
export type Resolved = {
  people: string[];
  onCall: { person: string; schedule: string }[];
  /** Schedules named in the list with nobody on call (or gone), skipped. */
  uncovered: string[];
};

/** A shift of one person's, with the schedule it belongs to (for per-person views and feeds). */
export type PersonShift = Shift & { schedule: string; scheduleName: string };

/** Who is on call: now and next, shifts, escalation lists resolved at a moment, calendar feeds. */
export class OnCall {
  constructor(
    private readonly store: ScheduleStore,
    private readonly teams: TeamStore,
    private readonly signer: LinkSigner,
    private readonly publicUrl: string | undefined,
    /** The time "now" means (the runtime's clock, so tests can set it). */
    readonly clock: () => Date = () => new Date(),
  ) {}

  /** Who is on call on a schedule at a moment, and who is next. */
  async whoIsOn(s: StoredSchedule, at: Date): Promise<{ now: Shift | null; next: Shift | null }> {
    const overrides = await this.store.overrides(s.slug, new Date(at.getTime() - LOOKBACK_DAYS * DAY));
    return onCallAt(s, overrides, at);
  }

  /** A schedule's shifts between two instants (layers and overrides combined). */
  async shifts(s: StoredSchedule, from: Date, to: Date): Promise<Shift[]> {
    return shiftsBetween(s, await this.store.overrides(s.slug, from), from, to);
  }

  /** One person's shifts on every schedule between two instants, by start. */
  async personShifts(handle: string, from: Date, to: Date): Promise<PersonShift[]> {
    const found: PersonShift[] = [];
    for (const s of await this.store.list()) {
      const overrides = await this.store.overrides(s.slug, from);
      // Only schedules that can put them on call are walked.
      const inIt =
        s.layers.some((l) => l.participants.includes(handle)) || overrides.some((o) => o.person === handle);
      if (!inIt) continue;
      for (const shift of shiftsBetween(s, overrides, from, to)) {
        if (shift.person === handle) found.push({ ...shift, schedule: s.slug, scheduleName: s.name });
      }
    }
    return found.sort((a, b) => a.start.localeCompare(b.start));
  }

  /**
   * A team's escalation list at a moment: each `schedule:<id>` entry becomes whoever is on call
   * then; a person already asked earlier in the list is not asked twice.
   */
  async resolve(entries: readonly string[], at: Date): Promise<Resolved> {
    const resolved: Resolved = { people: [], onCall: [], uncovered: [] };
    for (const entry of entries) {
      const slug = SCHEDULE_REF.exec(entry)?.[1];
      let person: string | null = entry;
      if (slug !== undefined) {
        const s = await this.store.get(slug);
        // Only who is on now matters here, judged directly: no shifts are walked.
        person = s ? personAt(s, await this.store.overrides(s.slug, at), at) : null;
        if (person === null) resolved.uncovered.push(slug);
        else resolved.onCall.push({ person, schedule: slug });
      }
      if (person !== null && !resolved.people.includes(person)) resolved.people.push(person);
    }
    return resolved;
  }

  /** A team and its escalation list as it stands at a moment; undefined when there is no such team. */
  async team(name: string, at: Date): Promise<(Resolved & { team: Team }) | undefined> {
    const team = await this.teams.get(name);
    return team ? { team, ...(await this.resolve(team.escalation, at)) } : undefined;
  }

  /** The signed address of a calendar feed: `schedules/<id>` or `people/<handle>`. */
  async feedUrl(kind: "schedules" | "people", subject: string): Promise<string> {
    const version = await this.store.feedVersion(feedSubject(kind, subject));
    const key = this.signer.sign("calendar", `${kind}/${subject}/v${String(version)}`);
    return `${this.publicUrl ?? ""}/api/v1/calendars/${kind}/${subject}.ics?key=${key}`;
  }

  /** Whether a feed's key is the one its current link is signed with. */
  async feedKeyValid(kind: "schedules" | "people", subject: string, key: string): Promise<boolean> {
    const version = await this.store.feedVersion(feedSubject(kind, subject));
    return this.signer.verify("calendar", `${kind}/${subject}/v${String(version)}`, key);
  }

  /** Revokes a feed's link and returns the new one. */
  async rotateFeed(kind: "schedules" | "people", subject: string): Promise<string> {
    await this.store.rotateFeed(feedSubject(kind, subject));
    return this.feedUrl(kind, subject);
  }

  /** A schedule's calendar (iCalendar): one event per shift, named for the person. */
  async scheduleCalendar(s: StoredSchedule, now: Date): Promise<string> {
    const { from, to } = feedRange(now);
    const shifts = await this.shifts(s, from, to);
    return calendar(
      `On call: ${s.name}`,
      shifts.map((shift) => ({ shift, schedule: s.slug, summary: `${shift.person} on call (${s.name})` })),
    );
  }

  /** A person's calendar: their shifts on every schedule. */
  async personCalendar(handle: string, now: Date): Promise<string> {
    const { from, to } = feedRange(now);
    const shifts = await this.personShifts(handle, from, to);
    return calendar(
      `On call: ${handle}`,
      shifts.map((shift) => ({ shift, schedule: shift.schedule, summary: `On call: ${shift.scheduleName}` })),
    );
  }
}

function feedSubject(kind: "schedules" | "people", subject: string): string {
  return `${kind === "schedules" ? "schedule" : "person"}:${subject}`;
}

function feedRange(now: Date): { from: Date; to: Date } {
  return {
    from: new Date(now.getTime() - FEED_BACK_DAYS * DAY),
    to: new Date(now.getTime() + FEED_AHEAD_DAYS * DAY),
  };
}

function calendar(name: string, entries: { shift: Shift; schedule: string; summary: string }[]): string {
  const cal = ical({ name, prodId: { company: "Muster", product: "on-call", language: "EN" }, ttl: 900 });
  for (const { shift, schedule, summary } of entries) {
    const source = "override" in shift.source ? "override" : `layer ${shift.source.name}`;
    cal.createEvent({
      // Stable across fetches, so a calendar app updates a shift rather than duplicating it.
      id: `${schedule}-${shift.person}-${shift.start}@muster`,
      start: new Date(shift.start),
      end: new Date(shift.end),
      summary,
      description: `Schedule ${schedule} (${source})`,
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  return cal.toString();
}
