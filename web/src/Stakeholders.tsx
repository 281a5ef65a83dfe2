import { useCallback, useEffect, useState } from "react";
import type { Answer } from "../../src/contract/client.js";
import type { Me } from "./api.js";
import { ApiError, api } from "./api.js";

type Group = Answer<"/api/v1/stakeholder-groups", "get">["groups"][number];
type Component = Answer<"/api/v1/status-components", "get">["components"][number];

function memberText(m: Group["members"][number]): string {
  if (m.kind === "email") return `email:${m.address}`;
  const who = m.kind === "person" ? m.handle : m.team;
  return `${m.kind}:${who}${m.channel === "all" ? "" : `:${m.channel}`}`;
}

/** "person:sue", "team:sre:email", "email:board@example.com", one per line, as the API's members. */
export function parseMembers(text: string): unknown[] {
  return text
    .split(/[\n,]+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [kind = "", value = "", channel] = line.split(":");
      if (kind === "email") return { kind, address: line.slice("email:".length) };
      if (kind === "team") return { kind, team: value, ...(channel ? { channel } : {}) };
      // "person:sue[:channel]", or just "sue[:channel]".
      const [handle, via] = kind === "person" ? [value, channel] : [kind, value || undefined];
      return { kind: "person", handle, ...(via ? { channel: via } : {}) };
    });
}

/**
 * Admins define who hears about incidents (stakeholder groups) and what the public status page
 * shows (components); everyone else sees the lists.
 */
export function Stakeholders({ me }: { me: Me }) {
  const [groups, setGroups] = useState<Group[]>([]);
  const [components, setComponents] = useState<Component[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [group, setGroup] = useState({ name: "", label: "", external: false, approval: true, members: "" });
  const [component, setComponent] = useState({ name: "", label: "", group: "" });
  const load = useCallback(async () => {
    setGroups((await api<{ groups: Group[] }>("GET", "/stakeholder-groups")).groups);
    setComponents((await api<{ components: Component[] }>("GET", "/status-components")).components);
  }, []);
  useEffect(() => {
    void load().catch(() => {
      setError("Could not load the lists; reload the page.");
    });
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
        <h1>Stakeholders and status page</h1>
        <a href="/status">Open the status page</a>
      </header>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <h2>Stakeholder groups</h2>
      <table className="board" aria-label="Stakeholder groups">
        <thead>
          <tr>
            <th>Name</th>
            <th>Label</th>
            <th>Outside</th>
            <th>IC approves</th>
            <th>Members</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.name}>
              <td>{g.name}</td>
              <td>{g.label}</td>
              <td>{g.external ? "yes" : "no"}</td>
              <td>{g.approval ? "yes" : "no"}</td>
              <td>{g.members.map(memberText).join(", ") || "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {me.isAdmin && (
        <form
          className="inline-form dialog"
          aria-label="Save a stakeholder group"
          onSubmit={(e) => {
            e.preventDefault();
            void attempt(() =>
              api("PUT", `/stakeholder-groups/${encodeURIComponent(group.name)}`, {
                label: group.label,
                external: group.external,
                approval: group.approval,
                members: parseMembers(group.members),
              }),
            ).then((ok) => {
              if (ok) setGroup({ name: "", label: "", external: false, approval: true, members: "" });
            });
          }}
        >
          <label>
            Name
            <input
              value={group.name}
              placeholder="executives"
              onChange={(e) => {
                setGroup({ ...group, name: e.target.value });
              }}
            />
          </label>
          <label>
            Label
            <input
              value={group.label}
              placeholder="Executives"
              onChange={(e) => {
                setGroup({ ...group, label: e.target.value });
              }}
            />
          </label>
          <label>
            <input
              type="checkbox"
              checked={group.external}
              onChange={(e) => {
                setGroup({ ...group, external: e.target.checked });
              }}
            />{" "}
            Outside the organisation
          </label>
          <label>
            <input
              type="checkbox"
              checked={group.approval}
              onChange={(e) => {
                setGroup({ ...group, approval: e.target.checked });
              }}
            />{" "}
            Updates need the IC's approval
          </label>
          <label>
            Members (person:sue, team:sre, email:board@example.com; :email or :in-app after a person or team
            picks the channel)
            <textarea
              value={group.members}
              rows={3}
              onChange={(e) => {
                setGroup({ ...group, members: e.target.value });
              }}
            />
          </label>
          <button type="submit" disabled={group.name === "" || group.label === ""}>
            Save group
          </button>
        </form>
      )}
      <h2>Status page components</h2>
      <table className="board" aria-label="Status page components">
        <thead>
          <tr>
            <th>Name</th>
            <th>Label</th>
            <th>Group</th>
          </tr>
        </thead>
        <tbody>
          {components.map((c) => (
            <tr key={c.name}>
              <td>{c.name}</td>
              <td>{c.label}</td>
              <td>{c.group ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {me.isAdmin && (
        <form
          className="inline-form dialog"
          aria-label="Save a component"
          onSubmit={(e) => {
            e.preventDefault();
            void attempt(() =>
              api("PUT", `/status-components/${encodeURIComponent(component.name)}`, {
                label: component.label,
                group: component.group.trim() === "" ? null : component.group,
                position: components.find((c) => c.name === component.name)?.position ?? components.length,
              }),
            ).then((ok) => {
              if (ok) setComponent({ name: "", label: "", group: "" });
            });
          }}
        >
          {(["name", "label", "group"] as const).map((key) => (
            <label key={key}>
              {key === "name" ? "Name" : key === "label" ? "Label" : "Shown under (optional)"}
              <input
                value={component[key]}
                placeholder={key === "name" ? "api" : key === "label" ? "Public API" : "Core"}
                onChange={(e) => {
                  setComponent({ ...component, [key]: e.target.value });
                }}
              />
            </label>
          ))}
          <button type="submit" disabled={component.name === "" || component.label === ""}>
            Save component
          </button>
        </form>
      )}
    </main>
  );
}
