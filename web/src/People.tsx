import { useCallback, useEffect, useState } from "react";
import type { Me, User } from "./api.js";
import { ApiError, api } from "./api.js";
import { MyTokens } from "./MyTokens.js";
import type { RoleKey } from "../../src/domain/roles.js";
import { roleLabel } from "../../src/domain/roles.js";

/** The organisation roles, and what each may do. */
const ROLES = [
  ["member", "responds to incidents"],
  ["viewer", "reads open incidents, cannot respond"],
  ["stakeholder", "sees stakeholder views only"],
  ["admin", "administers Muster, and responds"],
] as const;

/** Everyone known to Muster; admins add people and make their API tokens (shown once). */
export function People({ me }: { me: Me }) {
  const [users, setUsers] = useState<User[]>([]);
  const [handle, setHandle] = useState("");
  const [displayName, setDisplayName] = useState("");
  const [email, setEmail] = useState("");
  const [role, setNewRole] = useState("member");
  const [issued, setIssued] = useState<{ handle: string; token: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [qualified, setQualified] = useState(new Map<string, string[]>());
  const load = useCallback(async () => {
    setUsers((await api<{ users: User[] }>("GET", "/users")).users);
    // Who the team's qualification rules call ready for which role (GET /training/qualifications).
    const q = await api<{ people: { person: string; qualified: string[] }[] }>(
      "GET",
      "/training/qualifications",
    );
    setQualified(new Map(q.people.map((p) => [p.person, p.qualified.map((r) => roleLabel(r as RoleKey))])));
  }, []);
  useEffect(() => {
    void load();
  }, [load]);
  const attempt = async (work: () => Promise<void>): Promise<void> => {
    try {
      setError(null);
      await work();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : "That did not work.");
    }
  };
  const setRole = (who: string, role: string) =>
    attempt(async () => {
      await api("PUT", `/users/${who}/role`, { role });
      await load();
    });
  const issue = (who: string) =>
    attempt(async () => {
      setIssued(await api<{ handle: string; token: string }>("POST", `/users/${who}/tokens`, {}));
    });
  return (
    <main>
      <header className="bar">
        <a href="#/">← Incidents</a>
        <h1>People</h1>
      </header>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {issued && (
        <p className="offer" role="status">
          API token for <strong>{issued.handle}</strong> (shown once; give it to them to sign in):{" "}
          <code className="token">{issued.token}</code>
        </p>
      )}
      <table className="board" aria-label="People">
        <thead>
          <tr>
            <th>Handle</th>
            <th>Name</th>
            <th>Email</th>
            <th>Role</th>
            <th>Qualified for</th>
            <th>Token</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.handle}>
              <td>
                {u.handle}
                {u.isAdmin && <span className="tag">admin</span>}
                {u.deactivatedAt && <span className="tag">deactivated</span>}
              </td>
              <td>{u.displayName}</td>
              <td>{u.email ?? "—"}</td>
              <td>
                {me.isAdmin && u.handle !== me.handle ? (
                  <select
                    aria-label={`Role of ${u.handle}`}
                    value={u.role ?? "member"}
                    onChange={(e) => void setRole(u.handle, e.target.value)}
                  >
                    {ROLES.map(([value, words]) => (
                      <option key={value} value={value} title={words}>
                        {value}
                      </option>
                    ))}
                  </select>
                ) : (
                  (u.role ?? "—")
                )}
              </td>
              <td>{qualified.get(u.handle)?.join(", ") || "—"}</td>
              <td>
                {(me.isAdmin || u.handle === me.handle) && (
                  <button className="link" onClick={() => void issue(u.handle)}>
                    new token for {u.handle}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {me.isAdmin && (
        <form
          className="inline-form dialog"
          aria-label="Add a person"
          onSubmit={(e) => {
            e.preventDefault();
            void attempt(async () => {
              await api("POST", "/users", { handle, displayName, role, ...(email.trim() ? { email } : {}) });
              setHandle("");
              setDisplayName("");
              setEmail("");
              await load();
              await issue(handle);
            });
          }}
        >
          <label>
            Handle
            <input
              value={handle}
              onChange={(e) => {
                setHandle(e.target.value);
              }}
            />
          </label>
          <label>
            Name
            <input
              value={displayName}
              onChange={(e) => {
                setDisplayName(e.target.value);
              }}
            />
          </label>
          <label>
            Email (optional)
            <input
              type="email"
              value={email}
              onChange={(e) => {
                setEmail(e.target.value);
              }}
            />
          </label>
          <label>
            Role
            <select
              value={role}
              onChange={(e) => {
                setNewRole(e.target.value);
              }}
            >
              {ROLES.map(([value, words]) => (
                <option key={value} value={value}>
                  {value}: {words}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={!handle.trim() || !displayName.trim()}>
            Add person
          </button>
        </form>
      )}
      <MyTokens handle={me.handle} refresh={issued ? issued.token.length + users.length : users.length} />
    </main>
  );
}
