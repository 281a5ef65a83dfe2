import { Suspense, lazy, useEffect, useState } from "react";
import type { Me, Session } from "./api.js";
import { ApiError, api, takeLegacyToken, setCsrf } from "./api.js";
import { Board } from "./Board.js";
import { IncidentRoom } from "./IncidentRoom.js";
import { People } from "./People.js";
import { Stakeholders } from "./Stakeholders.js";
import { Alerts } from "./Alerts.js";
import { OnCall } from "./OnCall.js";
import { Drills } from "./Drills.js";

// Charts load only when someone opens Insights: the room stays light.
const InsightsPage = lazy(() => import("./insights/InsightsPage.js"));

function route():
  | { page: "board" | "people" | "insights" | "stakeholders" }
  | { page: "incident"; number: number }
  | { page: "alerts"; group: string | null }
  | { page: "on-call"; schedule: string | null }
  | { page: "drills"; run: string | null } {
  const match = /^#\/incidents\/(\d+)/.exec(location.hash);
  if (match) return { page: "incident", number: Number(match[1]) };
  const alerts = /^#\/alerts(?:\/([0-9a-f-]{36}))?$/.exec(location.hash);
  if (alerts) return { page: "alerts", group: alerts[1] ?? null };
  const onCall = /^#\/on-call(?:\/([a-z][a-z0-9-]{0,39}))?$/.exec(location.hash);
  if (onCall) return { page: "on-call", schedule: onCall[1] ?? null };
  const drills = /^#\/drills(?:\/([0-9a-f-]{36}))?$/.exec(location.hash);
  if (drills) return { page: "drills", run: drills[1] ?? null };
  if (location.hash === "#/insights") return { page: "insights" };
  if (location.hash === "#/stakeholders") return { page: "stakeholders" };
  return { page: location.hash === "#/people" ? "people" : "board" };
}

/** Why a single sign-on came back without signing in, in words for the person. */
const SIGN_IN_ERRORS: Record<string, string> = {
  SIGN_IN_FAILED: "Single sign-on did not complete; try again, or ask an admin to check the provider.",
  SIGN_IN_EXPIRED: "That sign-in took too long or was already used; start again.",
  SIGN_IN_UNAVAILABLE: "The sign-in provider cannot be reached just now; try again in a moment.",
  ACCOUNT_DEACTIVATED: "Your account is deactivated; ask an admin.",
};

type Methods = { oidc: { label: string } | null };

/** Signs the browser in (a session cookie), then the board or an incident room (hash routes). */
export function App() {
  const [me, setMe] = useState<Me | null>(null);
  const [checking, setChecking] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [input, setInput] = useState("");
  const [methods, setMethods] = useState<Methods>({ oidc: null });
  const [where, setWhere] = useState(route());
  const begin = (session: Session): void => {
    setCsrf(session.csrfToken);
    setMe(session.user);
    setError(null);
  };
  useEffect(() => {
    const onHash = () => {
      setWhere(route());
    };
    window.addEventListener("hashchange", onHash);
    const failed = new URLSearchParams(location.search).get("signin_error");
    if (failed) {
      setError(SIGN_IN_ERRORS[failed] ?? SIGN_IN_ERRORS.SIGN_IN_FAILED ?? null);
      history.replaceState(null, "", location.pathname + location.hash);
    }
    const legacy = takeLegacyToken();
    const started = legacy
      ? api<Session>("POST", "/session", { token: legacy })
      : api<Session>("GET", "/session");
    void started
      .then(begin, () => undefined)
      .finally(() => {
        setChecking(false);
      });
    void api<Methods>("GET", "/auth/methods").then(setMethods, () => undefined);
    return () => {
      window.removeEventListener("hashchange", onHash);
    };
  }, []);
  const signIn = async (): Promise<void> => {
    try {
      begin(await api<Session>("POST", "/session", { token: input.trim() }));
      setInput("");
    } catch (e) {
      setError(e instanceof ApiError ? e.message : "Could not sign in.");
    }
  };
  if (checking) return <p role="status">Signing in…</p>;
  if (!me) {
    return (
      <main className="signin">
        <h1>Muster</h1>
        {methods.oidc && (
          <p>
            <a
              className="button"
              href={`/api/v1/auth/oidc/login?returnTo=${encodeURIComponent(location.hash)}`}
            >
              {methods.oidc.label}
            </a>
          </p>
        )}
        <p>
          Sign in with your API token (printed at first start, or from <code>muster token create</code>). The
          browser keeps a session, not the token.
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
  if (where.page === "stakeholders") return <Stakeholders me={me} />;
  if (where.page === "alerts") return <Alerts me={me} group={where.group} />;
  if (where.page === "on-call") return <OnCall me={me} selected={where.schedule} />;
  if (where.page === "drills") return <Drills me={me} run={where.run} />;
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
        void api("DELETE", "/session").finally(() => {
          setCsrf(null);
          setMe(null);
        });
      }}
    />
  );
}
