import type { OidcConfig } from "../../config.js";
import type { OrgRole } from "../../storage/users.js";

/** The claims of a verified ID token (and userinfo), as the provider sent them. */
export type Claims = Record<string, unknown>;

const RANK: Record<OrgRole, number> = { admin: 3, member: 2, viewer: 1, stakeholder: 0 };

/** The groups a person is in, from the configured claim (a list, or one string). */
export function groupsOf(claims: Claims, claim: string): string[] {
  const value = claims[claim];
  if (Array.isArray(value)) return value.filter((g): g is string => typeof g === "string");
  return typeof value === "string" ? [value] : [];
}

/**
 * The role a person's groups give them (the highest), or null when no role is mapped to groups
 * or none of theirs is mapped (then their role stays as it is).
 */
export function roleFromGroups(groups: readonly string[], config: OidcConfig): OrgRole | null {
  let best: OrgRole | null = null;
  for (const [role, mapped] of Object.entries(config.roleGroups) as [OrgRole, string[]][]) {
    if (mapped.some((g) => groups.includes(g)) && (best === null || RANK[role] > RANK[best])) best = role;
  }
  return best;
}

/** The teams a person's groups put them in. */
export function teamsFromGroups(groups: readonly string[], config: OidcConfig): string[] {
  return Object.entries(config.teamGroups)
    .filter(([, mapped]) => mapped.some((g) => groups.includes(g)))
    .map(([team]) => team);
}

/** A handle made from the claims (preferred username, else the email's local part, else the subject). */
export function handleFrom(claims: Claims): string {
  const pick = (key: string): string => (typeof claims[key] === "string" ? claims[key] : "");
  const raw = pick("preferred_username") || pick("email").split("@")[0] || pick("sub");
  const cleaned = (raw ?? "")
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/^[^a-z]+/, "")
    .slice(0, 28);
  return cleaned || "user";
}

/** The name to show: the name claim, else given and family names, else the handle. */
export function displayNameFrom(claims: Claims, handle: string): string {
  const text = (key: string) => (typeof claims[key] === "string" ? claims[key].trim() : "");
  const name = text("name") || [text("given_name"), text("family_name")].filter(Boolean).join(" ");
  return (name || handle).slice(0, 100);
}

/** The email, if the provider vouches for it (an unverified email never links an existing account). */
export function verifiedEmail(claims: Claims): string | null {
  const email = typeof claims.email === "string" ? claims.email.toLowerCase() : null;
  return email && claims.email_verified !== false ? email : null;
}
