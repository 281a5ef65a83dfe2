import type { StatusDoc } from "../../domain/index.js";
import type { ComponentState, Stage } from "../comms/domain/model.js";
import { PUBLIC_AUDIENCE } from "../comms/domain/model.js";

/** A component as an admin defines it. */
export type Component = {
  name: string;
  label: string;
  group: string | null;
  description: string;
  position: number;
};

/** Branding and where the page lives. */
export type PageSettings = {
  title: string;
  /** The page's absolute address (feed ids and links); empty: relative links. */
  url: string;
  logoUrl: string | null;
  accent: string;
  /** Readers can subscribe by email (SMTP and MUSTER_PUBLIC_URL are both set). */
  subscriptions: boolean;
};

/** One public update as readers see it: approved text only, nobody's name. */
export type PublicUpdate = {
  at: string;
  stage: Stage;
  title: string;
  text: string;
  impact: string;
  workaround: string | null;
  components: Record<string, ComponentState>;
};

/** An incident or maintenance as the public sees it. */
export type PublicIncident = {
  id: string;
  kind: "incident" | "maintenance";
  title: string;
  stage: Stage;
  startedAt: string;
  resolvedAt: string | null;
  components: Record<string, ComponentState>;
  /** Newest first. */
  updates: PublicUpdate[];
};

export type DayMark = { date: string; state: ComponentState };

export type PublicComponent = {
  name: string;
  label: string;
  description: string;
  state: ComponentState;
  /** The worst state of each of the last 90 days (UTC), oldest first. */
  history: DayMark[];
};

/** Everything the public page, its JSON and its feed show. */
export type Snapshot = {
  page: PageSettings;
  generatedAt: string;
  overall: ComponentState;
  groups: { label: string | null; components: PublicComponent[] }[];
  active: PublicIncident[];
  scheduled: PublicIncident[];
  /** Resolved in the last 90 days, newest first. */
  past: PublicIncident[];
};

const SEVERITY: Record<ComponentState, number> = {
  operational: 0,
  maintenance: 1,
  degraded: 2,
  "partial-outage": 3,
  "major-outage": 4,
};

const DONE = new Set<Stage>(["resolved", "completed"]);
const DAY_MS = 86_400_000;
export const HISTORY_DAYS = 90;

/** The worse of two states. */
export function worst(a: ComponentState, b: ComponentState): ComponentState {
  return SEVERITY[b] > SEVERITY[a] ? b : a;
}

/**
 * The public face of an incident, or null when it has none: restricted incidents never have
 * one, and an incident appears only once an update to the public audience was published.
 * Only the published updates' own fields are copied (never drafts, names or the codename).
 */
export function publicIncident(doc: StatusDoc, now: Date): PublicIncident | null {
  // Restricted incidents and drills never face the public, whatever was written for it.
  if (doc.visibility === "restricted" || doc.kind === "drill") return null;
  const updates = doc.comms.updates
    .filter((u) => u.audience === PUBLIC_AUDIENCE && u.status === "published" && u.publishedAt !== null)
    .sort((a, b) => (b.publishedAt ?? "").localeCompare(a.publishedAt ?? ""))
    .map((u): PublicUpdate => ({
      at: u.publishedAt ?? "",
      stage: u.stage,
      title: u.title,
      text: u.text,
      impact: u.impact,
      workaround: u.workaround,
      components: { ...u.components },
    }));
  const latest = updates[0];
  if (!latest) return null;
  // The incident's end resolves it publicly too, whatever the last update said.
  const ended = doc.status === "ended" || DONE.has(latest.stage);
  const resolvedAt = ended ? (DONE.has(latest.stage) ? latest.at : (doc.endedAt ?? now.toISOString())) : null;
  const maintenance =
    doc.kind === "planned" || updates.some((u) => u.stage === "scheduled" || u.stage === "in-progress");
  return {
    id: doc.id,
    kind: maintenance ? "maintenance" : "incident",
    title: latest.title,
    stage: ended && !DONE.has(latest.stage) ? (maintenance ? "completed" : "resolved") : latest.stage,
    startedAt: updates.at(-1)?.at ?? latest.at,
    resolvedAt,
    components: ended || latest.stage === "scheduled" ? {} : latest.components,
    updates,
  };
}

/** The UTC dates of the last `days` days, oldest first, ending today. */
function lastDays(now: Date, days: number): string[] {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Array.from({ length: days }, (_, i) =>
    new Date(today - (days - 1 - i) * DAY_MS).toISOString().slice(0, 10),
  );
}

/** Each component's worst state per day, from the periods each public update was current. */
function histories(incidents: PublicIncident[], now: Date): Map<string, Map<string, ComponentState>> {
  const marks = new Map<string, Map<string, ComponentState>>();
  for (const incident of incidents) {
    const oldestFirst = [...incident.updates].reverse();
    oldestFirst.forEach((u, i) => {
      if (u.stage === "scheduled" || DONE.has(u.stage)) return;
      const from = Date.parse(u.at);
      const next = oldestFirst[i + 1]?.at ?? incident.resolvedAt ?? now.toISOString();
      const to = Math.min(Date.parse(next), now.getTime());
      for (const [component, state] of Object.entries(u.components)) {
        const days = marks.get(component) ?? new Map<string, ComponentState>();
        for (let t = from - (from % DAY_MS); t <= to; t += DAY_MS) {
          const date = new Date(t).toISOString().slice(0, 10);
          days.set(date, worst(days.get(date) ?? "operational", state));
        }
        marks.set(component, days);
      }
    });
  }
  return marks;
}

/** Builds the page's content from the components and the public faces of recent incidents. */
export function buildSnapshot(
  page: PageSettings,
  components: Component[],
  incidents: PublicIncident[],
  now: Date,
): Snapshot {
  const active = incidents.filter((i) => i.resolvedAt === null && i.stage !== "scheduled");
  const current = new Map<string, ComponentState>();
  for (const incident of active) {
    for (const [name, state] of Object.entries(incident.components)) {
      current.set(name, worst(current.get(name) ?? "operational", state));
    }
  }
  const history = histories(incidents, now);
  const days = lastDays(now, HISTORY_DAYS);
  const groups = new Map<string | null, PublicComponent[]>();
  for (const c of [...components].sort((a, b) => a.position - b.position || a.name.localeCompare(b.name))) {
    const marks = history.get(c.name);
    const list = groups.get(c.group) ?? [];
    list.push({
      name: c.name,
      label: c.label,
      description: c.description,
      state: current.get(c.name) ?? "operational",
      history: days.map((date) => ({ date, state: marks?.get(date) ?? "operational" })),
    });
    groups.set(c.group, list);
  }
  const known = new Set(components.map((c) => c.name));
  const overall = [...current.entries()]
    .filter(([name]) => known.has(name))
    .reduce<ComponentState>((acc, [, state]) => worst(acc, state), "operational");
  const since = now.getTime() - HISTORY_DAYS * DAY_MS;
  return {
    page,
    generatedAt: now.toISOString(),
    overall,
    groups: [...groups.entries()].map(([label, list]) => ({ label, components: list })),
    active: active.sort((a, b) => b.startedAt.localeCompare(a.startedAt)),
    scheduled: incidents
      .filter((i) => i.resolvedAt === null && i.stage === "scheduled")
      .sort((a, b) => a.startedAt.localeCompare(b.startedAt)),
    past: incidents
      .filter((i) => i.resolvedAt !== null && Date.parse(i.resolvedAt) >= since)
      .sort((a, b) => (b.resolvedAt ?? "").localeCompare(a.resolvedAt ?? "")),
  };
}
