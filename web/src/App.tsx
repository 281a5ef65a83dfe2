import { Suspense, lazy, useEffect, useState } from "react";
import type { Me } from "./api.js";
import { ApiError, api, token } from "./api.js";
import { Board } from "./Board.js";
import { IncidentRoom } from "./IncidentRoom.js";
import { People } from "./People.js";

// Charts load only when someone opens Insights: the room stays light.
const InsightsPage = lazy(() => import("./insights/InsightsPage.js"));

function route(): { page: "board" | "people" | "insights" } | { page: "incident"; number: number } {
  const match = /^#\/incidents\/(\d+)/.exec(location.hash);
  if (match) return { page: "incident", number: Number(match[1]) };
  if (location.hash === "#/insights") return { page: "insights" };
  return { page: location.hash === "#/people" ? "people" : "board" };
}

/** Sign-in with an API token, then the board or an incident room (hash routes). */
export function App() {
  const [me, setMe] = useState<Me | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [input, setInput] = useState("");
  const [where, setWhere] = useState(route());
  useEffect(() => {
    const onHash = () => {
      setWhere(route());
    };
    window.addEventListener("hashchange", onHash);
    if (token.get()) {
      void api<Me>("GET", "/me").then(setMe, () => {
        token.clear();
      });
    }
    return () => {
      window.removeEventListener("hashchange", onHash);
    };
  }, []);
  const signIn = async (): Promise<void> => {
    token.set(input.trim());
    try {
      setMe(await api<Me>("GET", "/me"));
      setError(null);
    } catch (e) {
      token.clear();
      setError(e instanceof ApiError ? e.message : "Could not sign in.");
    }
  };
  if (!me) {
    return (
      <main className="signin">
        <h1>Muster</h1>
        <p>
          Sign in with your API token (printed at first start, or from <code>muster token create</code>).
        </p>
        <form
          aria-label="Sign in"
          onSubmit={(e) => {
            e.preventDefault();
            void signIn();
          }}
        >
          {/* A username field lets password managers file the token under this site. */}
          <input type="text" name="username" autoComplete="username" value="muster" readOnly hidden />
          <label>
            API token
            <input
              type="password"
              name="token"
              value={input}
              onChange={(e) => {
                setInput(e.target.value);
              }}
              autoComplete="current-password"
              required
            />
          </label>
          <button type="submit" disabled={input.trim() === ""}>
            Sign in
          </button>
        </form>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
      </main>
    );
  }
  if (where.page === "incident") return <IncidentRoom number={where.number} me={me} />;
  if (where.page === "people") return <People me={me} />;
  if (where.page === "insights") {
    return (
      <Suspense fallback={<p role="status">Loading insights…</p>}>
        <InsightsPage />
      </Suspense>
    );
  }
  return (
    <Board
      me={me}
      open={(n) => (location.hash = `#/incidents/${String(n)}`)}
      signOut={() => {
        token.clear();
        setMe(null);
      }}
    />
  );
}
