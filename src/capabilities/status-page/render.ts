import { Feed } from "feed";
import { stageLabel } from "../comms/domain/message.js";
import type { ComponentState } from "../comms/domain/model.js";
import type { DayMark, PublicIncident, Snapshot } from "./model.js";

const STATE_LABEL: Record<ComponentState, string> = {
  operational: "Operational",
  degraded: "Degraded performance",
  "partial-outage": "Partial outage",
  "major-outage": "Major outage",
  maintenance: "Under maintenance",
};

const OVERALL: Record<ComponentState, string> = {
  operational: "All systems operational",
  degraded: "Some systems are degraded",
  "partial-outage": "Partial outage",
  "major-outage": "Major outage",
  maintenance: "Maintenance in progress",
};

/** Escapes text for HTML element content and quoted attributes. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** A time as readers anywhere read it: "2026-12-02 14:51 UTC". */
function when(iso: string): string {
  return `${iso.slice(0, 16).replace("T", " ")} UTC`;
}

/** A colour the admin configured, or the default when it is not a plain hex colour. */
function safeColour(value: string): string {
  return /^#[0-9a-fA-F]{3,8}$/.test(value) ? value : "#1f6feb";
}

function css(accent: string): string {
  return `body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1b1f24;background:#f6f8fa}
main{max-width:52rem;margin:0 auto;padding:1rem}header{display:flex;gap:.75rem;align-items:center}
header img{max-height:2.5rem}h1{font-size:1.5rem;margin:.5rem 0}h2{font-size:1.15rem;margin:1.5rem 0 .5rem}
.banner{padding:1rem;border-radius:.5rem;color:#fff;font-weight:600;background:${accent}}
.s-operational{background:#1a7f37}.s-degraded{background:#9a6700}.s-partial-outage{background:#bc4c00}
.s-major-outage{background:#cf222e}.s-maintenance{background:#0969da}
.card{background:#fff;border:1px solid #d0d7de;border-radius:.5rem;padding:.75rem 1rem;margin:.5rem 0}
.row{display:flex;justify-content:space-between;gap:1rem}.state{font-weight:600}
.bars{display:flex;gap:1px;margin-top:.4rem}.bars span{height:1.5rem;border-radius:1px}
.update{border-left:3px solid #d0d7de;padding-left:.75rem;margin:.5rem 0}small{color:#57606a}
a{color:${accent}}form{display:flex;gap:.5rem;flex-wrap:wrap}input,select,button{font:inherit;padding:.3rem .5rem}`;
}

function page(snapshot: Snapshot, title: string, body: string): string {
  const { page: settings } = snapshot;
  const logo = settings.logoUrl ? `<img src="${escapeHtml(settings.logoUrl)}" alt="">` : "";
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="alternate" type="application/atom+xml" title="${escapeHtml(settings.title)}" href="${escapeHtml(settings.url)}/status/feed.atom">
<style>${css(safeColour(settings.accent))}</style></head>
<body><main><header>${logo}<h1><a href="${escapeHtml(settings.url)}/status">${escapeHtml(settings.title)}</a></h1></header>
${body}
<footer><small>Updated ${escapeHtml(when(snapshot.generatedAt))} · <a href="${escapeHtml(settings.url)}/status.json">JSON</a> · <a href="${escapeHtml(settings.url)}/status/feed.atom">Atom feed</a></small></footer>
</main></body></html>
`;
}

function updatesHtml(incident: PublicIncident): string {
  return incident.updates
    .map(
      (u) => `<div class="update"><strong>${escapeHtml(stageLabel(u.stage))}</strong> — ${escapeHtml(u.text)}
<br><small>Impact: ${escapeHtml(u.impact)}${u.workaround ? ` · Workaround: ${escapeHtml(u.workaround)}` : ""} · <time datetime="${escapeHtml(u.at)}">${escapeHtml(when(u.at))}</time></small></div>`,
    )
    .join("\n");
}

function incidentCard(snapshot: Snapshot, incident: PublicIncident): string {
  const href = `${snapshot.page.url}/status/incidents/${incident.id}`;
  return `<section class="card"><h3><a href="${escapeHtml(href)}">${escapeHtml(incident.title)}</a></h3>
${updatesHtml({ ...incident, updates: incident.updates.slice(0, 3) })}</section>`;
}

/**
 * 90 days as one bar: a run of days in the same state is one segment sized by its length, so a
 * quiet quarter costs a few bytes rather than ninety elements per component.
 */
function historyBars(history: DayMark[]): string {
  const runs: { state: ComponentState; from: string; to: string; days: number }[] = [];
  for (const d of history) {
    const last = runs.at(-1);
    if (last?.state === d.state) {
      last.to = d.date;
      last.days++;
    } else {
      runs.push({ state: d.state, from: d.date, to: d.date, days: 1 });
    }
  }
  return runs
    .map(
      (r) =>
        `<span class="s-${r.state}" style="flex:${String(r.days)}" title="${r.from}${r.days > 1 ? ` to ${r.to}` : ""}: ${STATE_LABEL[r.state]}"></span>`,
    )
    .join("");
}

function componentsHtml(snapshot: Snapshot): string {
  return snapshot.groups
    .map(({ label, components }) => {
      const rows = components
        .map(
          (
            c,
          ) => `<div class="card"><div class="row"><span>${escapeHtml(c.label)}</span><span class="state">${STATE_LABEL[c.state]}</span></div>
<div class="bars" aria-label="Last 90 days">${historyBars(c.history)}</div></div>`,
        )
        .join("\n");
      return label ? `<h2>${escapeHtml(label)}</h2>\n${rows}` : rows;
    })
    .join("\n");
}

function subscribeForm(snapshot: Snapshot, scope: string): string {
  if (!snapshot.page.subscriptions) return "";
  return `<h2>Get updates by email</h2>
<form method="post" action="${escapeHtml(snapshot.page.url)}/status/subscribe"><input type="hidden" name="scope" value="${escapeHtml(scope)}">
<label>Email <input type="email" name="email" required maxlength="254"></label><button type="submit">Subscribe</button></form>`;
}

/** The public page: overall state, active incidents, maintenance, components with 90 days, history. */
export function renderStatusHtml(snapshot: Snapshot): string {
  const sections = [
    `<p class="banner s-${snapshot.overall}">${OVERALL[snapshot.overall]}</p>`,
    ...(snapshot.active.length > 0
      ? ["<h2>Current incidents</h2>", ...snapshot.active.map((i) => incidentCard(snapshot, i))]
      : []),
    ...(snapshot.scheduled.length > 0
      ? ["<h2>Scheduled maintenance</h2>", ...snapshot.scheduled.map((i) => incidentCard(snapshot, i))]
      : []),
    componentsHtml(snapshot),
    "<h2>Past incidents</h2>",
    snapshot.past.length > 0
      ? snapshot.past.map((i) => incidentCard(snapshot, i)).join("\n")
      : "<p>No incidents in the last 90 days.</p>",
    subscribeForm(snapshot, "all"),
  ];
  return page(snapshot, snapshot.page.title, sections.join("\n"));
}

/** One incident's page: every public update, newest first. */
export function renderIncidentHtml(snapshot: Snapshot, incident: PublicIncident): string {
  const affected = Object.entries(incident.components)
    .map(([name, state]) => `${escapeHtml(name)}: ${STATE_LABEL[state]}`)
    .join(", ");
  const body = `<h2>${escapeHtml(incident.title)}</h2>
<p><strong>${escapeHtml(stageLabel(incident.stage))}</strong>${affected ? ` · ${affected}` : ""}</p>
${updatesHtml(incident)}
${subscribeForm(snapshot, `incident:${incident.id}`)}`;
  return page(snapshot, `${incident.title} — ${snapshot.page.title}`, body);
}

/** A short page for the subscription steps (confirm, unsubscribe, check your inbox). */
export function renderMessageHtml(snapshot: Snapshot, heading: string, text: string): string {
  return page(
    snapshot,
    `${heading} — ${snapshot.page.title}`,
    `<h2>${escapeHtml(heading)}</h2><p>${escapeHtml(text)}</p>`,
  );
}

/** The Atom feed: one entry per public update. */
export function renderAtom(snapshot: Snapshot): string {
  // Atom wants absolute addresses; without MUSTER_PUBLIC_URL the best guess is this machine.
  const base = snapshot.page.url || "http://localhost";
  const feed = new Feed({
    id: `${base}/status`,
    title: snapshot.page.title,
    link: `${base}/status`,
    updated: new Date(snapshot.generatedAt),
    generator: "Muster",
    feedLinks: { atom: `${base}/status/feed.atom` },
  });
  const incidents = [...snapshot.active, ...snapshot.scheduled, ...snapshot.past];
  const entries = incidents
    .flatMap((i) => i.updates.map((u) => ({ incident: i, update: u })))
    .sort((a, b) => b.update.at.localeCompare(a.update.at))
    .slice(0, 100);
  // The library marks titles and content as HTML (type="html" in CDATA): our text is plain, so it
  // is escaped first, or a reader would render markup from an update (and "]]>" could end the CDATA).
  for (const { incident, update } of entries) {
    feed.addItem({
      id: `${base}/status/incidents/${incident.id}#${update.at}`,
      title: escapeHtml(`${stageLabel(update.stage)}: ${update.title}`),
      link: `${base}/status/incidents/${incident.id}`,
      date: new Date(update.at),
      content: escapeHtml(
        `${update.text}\n\nImpact: ${update.impact}${update.workaround ? `\nWorkaround: ${update.workaround}` : ""}`,
      ).replace(/\n/g, "<br>"),
    });
  }
  return feed.atom1();
}
