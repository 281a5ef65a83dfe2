import type { TokenInfo, User } from "../storage/users.js";
import { HttpProblem } from "./problem.js";

const READS = new Set(["GET", "HEAD", "OPTIONS"]);
const API = "/api/v1";

/** What everyone signed in may do to their own account, whatever their role or token. */
const SELF = [
  /^\/api\/v1\/me$/,
  /^\/api\/v1\/session$/,
  /^\/api\/v1\/config$/,
  /^\/api\/v1\/users\/:handle\/(tokens|contacts)(\/:id)?$/,
  /^\/api\/v1\/inbox(\/stream|\/:id\/read)?$/,
];

/** What a narrow token may still change of its own: notifications read, its session ended. */
const SELF_WRITES = [/^\/api\/v1\/inbox\/:id\/read$/, /^\/api\/v1\/session$/];

/** Where an incident writer may write: incidents and their records, postmortems, follow-ups. */
const INCIDENT_WRITES = [
  /^\/api\/v1\/incidents(\/|$)/,
  /^\/api\/v1\/postmortems(\/|$)/,
  /^\/api\/v1\/follow-ups(\/|$)/,
];

/** Where alert intake may go: declaring an incident (and, later, the alert endpoints). */
const ALERT_INTAKE = [/^\/api\/v1\/incidents$/, /^\/api\/v1\/alerts(\/|$)/];

function matches(patterns: readonly RegExp[], route: string): boolean {
  return patterns.some((p) => p.test(route));
}

function roleRefusal(user: User, read: boolean, route: string): HttpProblem | null {
  if (user.role === "admin" || user.role === "member" || matches(SELF, route)) return null;
  if (user.role === "viewer") {
    return read
      ? null
      : new HttpProblem(
          403,
          "ROLE_FORBIDS",
          "Viewers cannot respond",
          "Viewers read open incidents but cannot change anything; ask an admin to make you a member.",
        );
  }
  return new HttpProblem(
    403,
    "ROLE_FORBIDS",
    "Stakeholders see stakeholder views only",
    "Your role is stakeholder: you follow incidents through the updates sent to you; ask an admin for another role.",
  );
}

function scopeRefusal(token: TokenInfo, read: boolean, method: string, route: string): HttpProblem | null {
  const refuse = (detail: string) => new HttpProblem(403, "TOKEN_SCOPE", "Outside the token's scope", detail);
  // Whatever its scope, a browser session may sign itself out.
  if (route === `${API}/session`) return null;
  switch (token.scope) {
    case "full":
    case "admin":
      return null;
    case "read-only":
      return read
        ? null
        : refuse("This token may only read; use a token with full scope to change anything.");
    case "incident-writer":
      // Not SELF: a narrow token must not mint a wider one (POST /users/:handle/tokens).
      return read || matches(INCIDENT_WRITES, route) || matches(SELF_WRITES, route)
        ? null
        : refuse("This incident-writer token may change incidents, postmortems and follow-ups only.");
    case "alert-intake":
      return (method === "POST" && matches(ALERT_INTAKE, route)) || route === `${API}/me`
        ? null
        : refuse("This alert-intake token may only declare incidents and send alerts.");
  }
}

/**
 * Whether a signed-in request is within what the person's organisation role and the token's
 * scope allow, judged on the route's pattern (not the raw URL, so no path trick widens it).
 * Null when allowed; otherwise the 403 to answer.
 */
export function accessRefusal(
  user: User,
  token: TokenInfo,
  method: string,
  route: string,
): HttpProblem | null {
  const read = READS.has(method);
  return roleRefusal(user, read, route) ?? scopeRefusal(token, read, method, route);
}

/** Whether a token may act as an admin (its person is one, and its scope allows administration). */
export function adminScope(token: TokenInfo | null): boolean {
  return token === null || token.scope === "full" || token.scope === "admin";
}
