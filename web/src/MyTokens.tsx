import { useCallback, useEffect, useState } from "react";
import type { Answer } from "../../src/contract/client.js";
import { ApiError, api } from "./api.js";

type Token = Answer<"/api/v1/users/{handle}/tokens", "get">["tokens"][number];

const when = (at: string | null) => (at ? new Date(at).toLocaleString() : "never");

/** Your API tokens and browser sessions: when each was last used and when it expires; revoke one and it stops at once. */
export function MyTokens({ handle, refresh }: { handle: string; refresh: number }) {
  const [tokens, setTokens] = useState<Token[]>([]);
  const [error, setError] = useState<string | null>(null);
  const base = `/users/${encodeURIComponent(handle)}/tokens`;
  const load = useCallback(async () => {
    setTokens((await api<{ tokens: Token[] }>("GET", base)).tokens);
  }, [base]);
  useEffect(() => {
    void load();
  }, [load, refresh]);
  const revoke = async (t: Token) => {
    if (!window.confirm(`Revoke "${t.label ?? t.id}"? Anything using it stops working at once.`)) return;
    try {
      await api("DELETE", `${base}/${t.id}`);
      await load();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : "That did not work.");
    }
  };
  return (
    <section aria-labelledby="my-tokens">
      <h2 id="my-tokens">Your API tokens</h2>
      <p>Signed-in browsers are listed too: revoke one to sign that browser out.</p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <table className="board" aria-label="Your API tokens">
        <thead>
          <tr>
            <th>Label</th>
            <th>Scope</th>
            <th>Created</th>
            <th>Last used</th>
            <th>Expires</th>
            <th>
              <span className="visually-hidden">Revoke</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((t) => (
            <tr key={t.id}>
              <td>{t.label ?? "(no label)"}</td>
              <td>{t.kind === "session" ? `browser session, ${t.scope}` : t.scope}</td>
              <td>{when(t.createdAt)}</td>
              <td>{when(t.lastUsedAt)}</td>
              <td>{t.expiresAt ? when(t.expiresAt) : "does not expire"}</td>
              <td>
                <button
                  className="link"
                  onClick={() => void revoke(t)}
                  aria-label={`Revoke ${t.label ?? t.id}`}
                >
                  Revoke
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
