import { useState } from "react";
import type { Answer } from "../../src/contract/client.js";
import { api } from "./api.js";

type Source = Answer<"/api/v1/alert-sources", "get">["sources"][number];
type Rule = Answer<"/api/v1/alert-rules", "get">["rules"][number];

const emptyRule = { name: "", action: "open", match: "", severity: "", map: "", team: "", all: false };

/** "critical=SEV1, warning=SEV3" as the rule's severity map. */
export function parseMap(text: string): Record<string, string> {
  return Object.fromEntries(
    text
      .split(/[\n,]+/)
      .map((pair) => pair.trim())
      .filter((pair) => pair.includes("="))
      .map((pair) => [pair.slice(0, pair.indexOf("=")).trim(), pair.slice(pair.indexOf("=") + 1).trim()]),
  );
}

/** Admins' part of the Alerts page: a routing rule's form, the sources (a new secret shown once). */
export function AlertSetup({
  rules,
  sources,
  attempt,
}: {
  rules: Rule[];
  sources: Source[];
  attempt: (work: () => Promise<unknown>) => Promise<boolean>;
}) {
  const [secret, setSecret] = useState<{ name: string; url: string; secret: string } | null>(null);
  const [source, setSource] = useState({ name: "", kind: "alertmanager" });
  const [rule, setRule] = useState(emptyRule);
  const saveSource = async (name: string, kind: string, rotateSecret: boolean) => {
    const saved = await api<Source & { secret?: string }>(
      "PUT",
      `/alert-sources/${encodeURIComponent(name)}`,
      {
        kind,
        rotateSecret,
      },
    );
    if (saved.secret) setSecret({ name: saved.name, url: saved.url, secret: saved.secret });
  };
  return (
    <>
      <form
        className="inline-form dialog"
        aria-label="Save a routing rule"
        onSubmit={(e) => {
          e.preventDefault();
          void attempt(() =>
            api("PUT", `/alert-rules/${encodeURIComponent(rule.name)}`, {
              action: rule.action,
              position: rules.find((r) => r.name === rule.name)?.position ?? (rules.length + 1) * 10,
              match: rule.match
                .split("\n")
                .map((m) => m.trim())
                .filter(Boolean),
              ...(rule.severity ? { severity: rule.severity } : {}),
              severityMap: parseMap(rule.map),
              page: rule.team ? { team: rule.team, all: rule.all } : null,
            }),
          ).then((ok) => {
            if (ok) setRule(emptyRule);
          });
        }}
      >
        <label>
          Name
          <input
            value={rule.name}
            placeholder="critical"
            onChange={(e) => {
              setRule({ ...rule, name: e.target.value });
            }}
          />
        </label>
        <label>
          Does
          <select
            value={rule.action}
            onChange={(e) => {
              setRule({ ...rule, action: e.target.value });
            }}
          >
            <option value="open">Open an incident</option>
            <option value="record">Record only</option>
          </select>
        </label>
        <label>
          Matchers, one per line (severity="critical", team=~"db|storage")
          <textarea
            rows={2}
            value={rule.match}
            onChange={(e) => {
              setRule({ ...rule, match: e.target.value });
            }}
          />
        </label>
        <label>
          Severity
          <input
            value={rule.severity}
            placeholder="SEV3"
            onChange={(e) => {
              setRule({ ...rule, severity: e.target.value });
            }}
          />
        </label>
        <label>
          Severity by label value (critical=SEV1, warning=SEV3)
          <input
            value={rule.map}
            onChange={(e) => {
              setRule({ ...rule, map: e.target.value });
            }}
          />
        </label>
        <label>
          Page team
          <input
            value={rule.team}
            placeholder="dcops"
            onChange={(e) => {
              setRule({ ...rule, team: e.target.value });
            }}
          />
        </label>
        <label>
          <input
            type="checkbox"
            checked={rule.all}
            onChange={(e) => {
              setRule({ ...rule, all: e.target.checked });
            }}
          />{" "}
          Page all of the team at once
        </label>
        <button type="submit" disabled={rule.name === ""}>
          Save rule
        </button>
      </form>
      <h2>Sources</h2>
      {secret && (
        <div className="update-card" role="status" aria-label="New secret">
          <p>
            Source <strong>{secret.name}</strong> posts to <code>{secret.url}</code> with{" "}
            <code>Authorization: Bearer {secret.secret}</code>. The secret is shown only now.
          </p>
          <button
            className="link"
            onClick={() => {
              setSecret(null);
            }}
          >
            I have kept it
          </button>
        </div>
      )}
      <table className="board" aria-label="Alert sources">
        <thead>
          <tr>
            <th>Name</th>
            <th>Kind</th>
            <th>URL</th>
            <th>Last received</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {sources.map((s) => (
            <tr key={s.name}>
              <td>{s.name}</td>
              <td>{s.kind}</td>
              <td>
                <code>{s.url}</code>
              </td>
              <td>{s.lastReceivedAt ? new Date(s.lastReceivedAt).toLocaleString() : "never"}</td>
              <td>
                <button
                  className="link"
                  onClick={() => {
                    void attempt(() => saveSource(s.name, s.kind, true));
                  }}
                >
                  New secret
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        className="inline-form dialog"
        aria-label="Add an alert source"
        onSubmit={(e) => {
          e.preventDefault();
          void attempt(() => saveSource(source.name, source.kind, false)).then((ok) => {
            if (ok) setSource({ name: "", kind: "alertmanager" });
          });
        }}
      >
        <label>
          Name
          <input
            value={source.name}
            placeholder="prometheus"
            onChange={(e) => {
              setSource({ ...source, name: e.target.value });
            }}
          />
        </label>
        <label>
          Sends
          <select
            value={source.kind}
            onChange={(e) => {
              setSource({ ...source, kind: e.target.value });
            }}
          >
            <option value="alertmanager">Alertmanager webhook</option>
            <option value="grafana">Grafana webhook contact point</option>
            <option value="generic">Generic JSON</option>
          </select>
        </label>
        <button type="submit" disabled={source.name === ""}>
          Add source
        </button>
      </form>
    </>
  );
}
