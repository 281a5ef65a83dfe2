import type { Abilities, StatusDoc } from "../api.js";
import { asksForSomething } from "../../../src/capabilities/needs/domain/model.js";

/** Where in the room an action is done (the tab, or a dialog opened from the command bar). */
export type ActionPlace =
  "overview" | "needs" | "plan" | "changes" | "org" | "handover" | "update" | "dispatch" | "comms";

/** One thing a person should do now, most urgent first. */
export type NextAction = {
  /** Stable across refreshes, so React keeps focus and the list does not flicker. */
  key: string;
  urgent: boolean;
  text: string;
  /** When it is due, for a countdown (tasks, updates, acknowledgements). */
  dueAt: string | null;
  place: ActionPlace;
  /** A one-step answer that can be given right here (acknowledge a task or a page). */
  quick?: { label: string; method: "POST" | "PUT"; path: string; body: unknown };
};

const SOON_MS = 5 * 60_000;
/** Whether a CAN's needs ask for anything ("none", "n/a" and blanks do not): the domain's rule. */
export function hasNeed(needs: string): boolean {
  return asksForSomething(needs);
}

/** Needs not yet answered or withdrawn (open requests from CAN reports). */
export function openNeeds(doc: StatusDoc): StatusDoc["needs"] {
  return doc.needs;
}

function isMine(need: StatusDoc["needs"][number], me: string): boolean {
  return need.assignee === me || (need.assignee === null && need.to === me);
}

function isOpenTask(status: string): boolean {
  return status === "assigned" || status === "acknowledged";
}

function allTasks(doc: StatusDoc): StatusDoc["plan"]["tasks"] {
  return [...doc.plan.objectives.flatMap((o) => o.tasks), ...doc.plan.tasks];
}

function short(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** What anyone in the response owes: their tasks, offers, pages, objections, needs, checklist. */
function personal(doc: StatusDoc, me: string, now: number): NextAction[] {
  const actions: NextAction[] = [];
  for (const offer of doc.transfers.filter((t) => t.to === me)) {
    actions.push({
      key: `offer:${offer.id}`,
      urgent: true,
      text: `${offer.offeredBy} offers you the ${roleName(doc, offer.role)} role: read the briefing and answer`,
      dueAt: null,
      place: "handover",
    });
  }
  for (const d of doc.dispatches) {
    const asked = d.all ? d.escalation : [d.escalation[d.level]];
    if (d.status === "waiting" && asked.includes(me)) {
      actions.push({
        key: `page:${d.id}`,
        urgent: true,
        text: `You are paged by ${d.requestedBy}: ${short(d.message)}`,
        dueAt: new Date(Date.parse(d.levelSince) + d.ackMinutes * 60_000).toISOString(),
        place: "dispatch",
        quick: {
          label: "Acknowledge and check in",
          method: "POST",
          path: `/dispatches/${d.id}/ack`,
          body: { checkIn: true },
        },
      });
    }
  }
  for (const task of allTasks(doc).filter((t) => t.assignee === me && isOpenTask(t.status))) {
    const overdue = Date.parse(task.dueAt) < now;
    const unacknowledged = task.status === "assigned";
    actions.push({
      key: `task:${task.id}`,
      urgent: overdue || unacknowledged,
      text: `${unacknowledged ? "Acknowledge" : overdue ? "Report on (overdue)" : "Report on"} your task "${short(task.task)}" for ${task.assignedBy}`,
      dueAt: task.dueAt,
      place: "plan",
      ...(unacknowledged
        ? { quick: { label: "Acknowledge", method: "POST", path: `/tasks/${task.id}/ack`, body: undefined } }
        : {}),
    });
  }
  for (const change of doc.changes.filter((c) => c.proposedBy === me)) {
    const open = change.objections.filter((o) => o.status === "open");
    if (open.length > 0) {
      actions.push({
        key: `objection:${change.id}`,
        urgent: true,
        text: `${open.map((o) => o.by).join(", ")} object${open.length === 1 ? "s" : ""} to your change "${short(change.what)}"`,
        dueAt: null,
        place: "changes",
      });
    }
  }
  for (const need of openNeeds(doc).filter((n) => isMine(n, me) && n.from !== me)) {
    actions.push({
      key: `need:${need.id}`,
      urgent: true,
      text: `${need.from} needs: ${short(need.text)}`,
      dueAt: null,
      place: "needs",
    });
  }
  const mine = doc.checklists.filter((c) => c.owner === me);
  const unchecked = mine.flatMap((c) => c.items.filter((i) => i.checkedBy === null));
  if (unchecked.length > 0) {
    actions.push({
      key: "checklist",
      urgent: false,
      text: `${unchecked.length} item${unchecked.length === 1 ? "" : "s"} left on your checklist: next, "${short(unchecked[0]?.text ?? "")}"`,
      dueAt: null,
      place: "overview",
    });
  }
  return actions;
}

/** What the IC (and whoever clears changes) must keep an eye on across the whole response. */
function command(doc: StatusDoc, me: string, can: Abilities, now: number): NextAction[] {
  const actions: NextAction[] = [];
  if (can.postUpdate && doc.nextUpdateDueAt) {
    const left = Date.parse(doc.nextUpdateDueAt) - now;
    if (doc.updateOverdue || left < SOON_MS) {
      actions.push({
        key: "update",
        urgent: doc.updateOverdue || left < 0,
        text:
          doc.updateOverdue || left < 0
            ? "The stakeholder update is overdue: post one"
            : "Post the next stakeholder update",
        dueAt: doc.nextUpdateDueAt,
        place: "update",
      });
    }
  }
  const pending = doc.comms.updates.filter((u) => u.status === "pending-approval");
  if (can.approveUpdates && pending.length > 0) {
    actions.push({
      key: "approve-updates",
      urgent: true,
      text: `${String(pending.length)} update${pending.length === 1 ? "" : "s"} to outside audiences await your approval`,
      dueAt: null,
      place: "comms",
    });
  }
  for (const [audience, due] of Object.entries(doc.comms.nextDue)) {
    if (due === null || !can.speakFor.includes(audience) || Date.parse(due) - now >= SOON_MS) continue;
    actions.push({
      key: `comms-due:${audience}`,
      urgent: Date.parse(due) < now,
      text: `The next update to ${audience} is ${Date.parse(due) < now ? "overdue" : "due soon"}`,
      dueAt: due,
      place: "comms",
    });
  }
  if (!can.command) return actions;
  for (const task of allTasks(doc)) {
    if (task.assignee !== me && isOpenTask(task.status) && Date.parse(task.dueAt) < now) {
      actions.push({
        key: `late:${task.id}`,
        urgent: true,
        text: `${task.assignee} is late reporting on "${short(task.task)}"`,
        dueAt: task.dueAt,
        place: "plan",
      });
    }
  }
  for (const need of openNeeds(doc).filter((n) => !isMine(n, me) && n.from !== me)) {
    actions.push({
      key: `need:${need.id}`,
      urgent: false,
      text: `${need.from} needs: ${short(need.text)}${need.assignee ? ` (with ${need.assignee})` : ""}`,
      dueAt: null,
      place: "needs",
    });
  }
  if (doc.staging.length > 0) {
    actions.push({
      key: "staging",
      urgent: false,
      text: `${doc.staging.length} ${doc.staging.length === 1 ? "person is" : "people are"} waiting in staging: assign or release`,
      dueAt: null,
      place: "org",
    });
  }
  for (const w of doc.warnings) {
    actions.push({
      key: `warning:${w.code}:${w.person ?? ""}`,
      urgent: false,
      text: w.message,
      dueAt: null,
      place: "org",
    });
  }
  return actions;
}

/** Changes that wait on the Tech Lead or IC to clear them. */
function clearances(doc: StatusDoc, can: Abilities): NextAction[] {
  if (!can.clearChanges) return [];
  return doc.changes
    .filter((c) => c.status === "proposed" && c.risk === "high" && c.clearedBy === null)
    .map((c) => ({
      key: `clear:${c.id}`,
      urgent: true,
      text: `High-risk change "${short(c.what)}" by ${c.proposedBy} waits for your clearance`,
      dueAt: null,
      place: "changes" as const,
    }));
}

/**
 * The actions a person should take now, from the status doc and their abilities: the room's
 * first screen. Urgent first, then by due time; nothing at all once the incident has ended.
 */
export function nextActions(doc: StatusDoc, me: string, can: Abilities, now: number): NextAction[] {
  if (doc.status === "ended") return [];
  const actions: NextAction[] = [];
  if (can.takeCommand) {
    actions.push({
      key: "take-command",
      urgent: true,
      text: "Nobody is in command: take command",
      dueAt: null,
      place: "org",
      quick: {
        label: "Take command now",
        method: "PUT",
        path: "/roles/incident-commander",
        body: { person: me },
      },
    });
  }
  actions.push(...continuity(doc, me, can));
  if (can.checkIn) {
    actions.push({
      key: "check-in",
      urgent: false,
      text: "Check in to take part in the response",
      dueAt: null,
      place: "org",
      quick: { label: "Check in now", method: "POST", path: "/responders", body: { person: me } },
    });
  }
  actions.push(...personal(doc, me, now), ...command(doc, me, can, now), ...clearances(doc, can));
  const seen = new Set<string>();
  return actions
    .filter((a) => (seen.has(a.key) ? false : (seen.add(a.key), true)))
    .sort((a, b) => Number(b.urgent) - Number(a.urgent) || (a.dueAt ?? "~").localeCompare(b.dueAt ?? "~"));
}

const clock = (iso: string): string =>
  new Date(iso).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });

/** Stepping away and back: the IC who is away resumes; the one acting knows until when. */
function continuity(doc: StatusDoc, me: string, can: Abilities): NextAction[] {
  const away = doc.command.away;
  if (!away) return [];
  if (can.resumeCommand) {
    return [
      {
        key: "resume",
        urgent: true,
        text: `You stepped away from command until ${clock(away.until)}; ${away.acting} commands meanwhile`,
        dueAt: away.until,
        place: "overview",
        quick: { label: "Resume command", method: "POST", path: "/command/resume", body: {} },
      },
    ];
  }
  if (away.acting === me && doc.commander === me) {
    const notes = away.notes ? `: ${short(away.notes)}` : "";
    return [
      {
        key: "acting",
        urgent: false,
        text: `You command while ${away.commander} is away, until ${clock(away.until)}${notes}`,
        dueAt: away.until,
        place: "overview",
      },
    ];
  }
  return [];
}

/** A role's human name: its label where the doc has one, else "tech-lead" → "Tech Lead". */
export function roleName(doc: StatusDoc, role: string): string {
  const known = doc.roles.find((r) => r.role === role)?.label;
  if (known) return known;
  const [kind = role, scope] = role.split(":");
  const words = kind.split("-").map((w) => w.charAt(0).toUpperCase() + w.slice(1));
  return scope ? `${words.join(" ")} (${scope})` : words.join(" ");
}
