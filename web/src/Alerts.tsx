import { useCallback, useEffect, useState } from "react";
import type { Answer } from "../../src/contract/client.js";
import type { Me } from "./api.js";
import { ApiError, api } from "./api.js";
import { AlertSetup } from "./AlertSetup.js";

type Group = Answer<"/api/v1/alert-groups", "get">["groups"][number];
type Detail = Answer<"/api/v1/alert-groups/{id}", "get">;
type Source = Answer<"/api/v1/alert-sources", "get">["sources"][number];
type Rule = Answer<"/api/v1/alert-rules", "get">["rules"][number];

function where(g: Group): string {
  if (g.incident) return `#${String(g.incident.number)} ${g.incident.name}`;
  return g.outcome ?? "not routed yet";
}

function GroupDetail({ id }: { id: string }) {
  const [detail, setDetail] = useState<Detail | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api<Detail>("GET", `/alert-groups/${id}`)
      .then(setDetail)
      .catch((e: unknown) => {
        setError(e instanceof ApiError ? e.message : "Could not load the group.");
      });
  }, [id]);
  if (error) return <p className="error">{error}</p>;
  if (!detail) return <p className="muted">Loading…</p>;
  return (
    <section className="panel" aria-label="Alert group">
      <h2>
        {detail.title} <span className="muted">from {detail.source}</span>
      </h2>
      <p>
        {detail.firing} firing, {detail.resolved} resolved · {detail.received} received · key{" "}
        <code>{detail.groupKey}</code>
      </p>
      <table className="board" aria-label="Alerts of the group">
        <thead>
          <tr>
            <th>Status</th>
            <th>Alert</th>
            <th>Labels</th>
            <th>Started</th>
            <th>Received</th>
          </tr>
        </thead>
        <tbody>
          {detail.all.map((a) => (
            <tr key={a.fingerprint} className={a.status === "resolved" ? "alert-resolved" : ""}>
              <td>{a.status}</td>
              <td>
                {a.url ? (
                  <a href={a.url} target="_blank" rel="noreferrer noopener">
                    {a.summary}
                  </a>
                ) : (
                  a.summary
                )}
              </td>
              <td>
                {Object.entries(a.labels)
                  .map(([k, v]) => `${k}=${v}`)
                  .join(" ")}
              </td>
              <td>{new Date(a.startsAt).toLocaleString()}</td>
              <td>{a.received}×</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/**
 * Alerts: the groups the sources sent and what routing made of them (open one's incident, attach
 * one by hand); admins also manage sources (each with its own secret, shown once) and rules.
 */
export function Alerts({ me, group }: { me: Me; group: string | null }) {
  const [groups, setGroups] = useState<Group[]>([]);
  const [sources, setSources] = useState<Source[]>([]);
  const [rules, setRules] = useState<Rule[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [attachTo, setAttachTo] = useState<Record<string, string>>({});
  const load = useCallback(async () => {
    setGroups((await api<{ groups: Group[] }>("GET", "/alert-groups")).groups);
    setRules((await api<{ rules: Rule[] }>("GET", "/alert-rules")).rules);
    if (me.isAdmin) setSources((await api<{ sources: Source[] }>("GET", "/alert-sources")).sources);
  }, [me.isAdmin]);
  useEffect(() => {
    void load().catch(() => {
      setError("Could not load the alerts; reload the page.");
    });
    const every = setInterval(() => {
      void load().catch(() => undefined);
    }, 10_000);
    return () => {
      clearInterval(every);
    };
  }, [load]);
  const attempt = async (work: () => Promise<unknown>): Promise<boolean> => {
    try {
      setError(null);
      await work();
      await load();
      return true;
    } catch (e) {
      setError(e instanceof ApiError ? e.message : "That did not work.");
      return false;
    }
  };
  return (
    <main>
      <header className="bar">
        <a href="#/">← Incidents</a>
        <h1>Alerts</h1>
      </header>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {group && <GroupDetail id={group} />}
      <h2>Alert groups</h2>
      {groups.length === 0 && <p className="muted">No alerts yet.</p>}
      <table className="board" aria-label="Alert groups">
        <thead>
          <tr>
            <th>Status</th>
            <th>Group</th>
            <th>Source</th>
            <th>Alerts</th>
            <th>Last</th>
            <th>Incident</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.id}>
              <td className={g.status === "firing" ? "overdue" : "muted"}>{g.status}</td>
              <td>
                <a href={`#/alerts/${g.id}`}>{g.title}</a>
              </td>
              <td>{g.source}</td>
              <td>
                {g.firing} firing, {g.resolved} resolved
              </td>
              <td>{new Date(g.lastAt).toLocaleString()}</td>
              <td>
                {g.incident ? (
                  <a href={`#/incidents/${String(g.incident.number)}`}>{where(g)}</a>
                ) : (
                  <form
                    className="inline-form"
                    aria-label={`Attach ${g.title}`}
                    onSubmit={(e) => {
                      e.preventDefault();
                      void attempt(() =>
                        api("POST", `/alert-groups/${g.id}/incident`, { incident: attachTo[g.id] ?? "" }),
                      );
                    }}
                  >
                    <span className="muted">{where(g)}</span>{" "}
                    <label>
                      Incident number
                      <input
                        inputMode="numeric"
                        size={5}
                        value={attachTo[g.id] ?? ""}
                        onChange={(e) => {
                          setAttachTo({ ...attachTo, [g.id]: e.target.value });
                        }}
                      />
                    </label>
                    <button type="submit" disabled={!attachTo[g.id]}>
                      Attach
                    </button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Routing rules</h2>
      <p className="muted">Tried in order; the first whose matchers all hold decides.</p>
      <table className="board" aria-label="Routing rules">
        <thead>
          <tr>
            <th>#</th>
            <th>Rule</th>
            <th>Matches</th>
            <th>Does</th>
          </tr>
        </thead>
        <tbody>
          {rules.map((r) => (
            <tr key={r.name}>
              <td>{r.position}</td>
              <td>{r.name}</td>
              <td>
                <code>{r.match.join(", ") || "everything"}</code>
                {r.sources.length > 0 && ` from ${r.sources.join(", ")}`}
              </td>
              <td>
                {r.action === "open"
                  ? `opens an incident (${Object.entries(r.severityMap)
                      .map(([k, v]) => `${k}→${v}`)
                      .concat([`else ${r.severity}`])
                      .join(", ")})${r.page ? `, pages ${r.page.all ? "all of " : ""}${r.page.team}` : ""}`
                  : "records the alerts only"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {me.isAdmin && <AlertSetup rules={rules} sources={sources} attempt={attempt} />}
    </main>
  );
}
