import type { OidcConfig } from "../../config.js";
import type { TeamStore } from "../../storage/teams.js";
import type { User, UserStore } from "../../storage/users.js";
import type { Claims } from "./claims.js";
import {
  displayNameFrom,
  groupsOf,
  handleFrom,
  roleFromGroups,
  teamsFromGroups,
  verifiedEmail,
} from "./claims.js";

/**
 * The person a verified sign-in is: linked by subject; else an account with the same verified
 * email, linked now; else provisioned (email, name, a free handle, the default role). Their
 * groups then set their role (when roles are mapped) and add them to the end of mapped teams'
 * escalation lists. A deactivated person stays out.
 */
export async function provision(
  users: UserStore,
  teams: TeamStore,
  config: OidcConfig,
  claims: Claims,
): Promise<User | "deactivated"> {
  const subject = `${config.issuer}|${String(claims.sub)}`;
  let user = await users.bySubject(subject);
  const email = verifiedEmail(claims);
  if (!user && email) {
    user = await users.unlinkedByEmail(email);
    if (user) await users.linkSubject(user.id, subject);
  }
  const groups = groupsOf(claims, config.groupsClaim);
  const mapped = roleFromGroups(groups, config);
  if (!user) user = await create(users, claims, email, subject, mapped ?? config.defaultRole);
  if (user.deactivatedAt !== null) return "deactivated";
  if (mapped && mapped !== user.role) {
    await users.setRole(user.id, mapped);
    user = { ...user, role: mapped, isAdmin: mapped === "admin" };
  }
  for (const name of teamsFromGroups(groups, config)) {
    const team = await teams.get(name);
    if (team && !team.escalation.includes(user.handle)) {
      await teams.put({ ...team, escalation: [...team.escalation, user.handle] });
    }
  }
  return user;
}

/** A new person from their claims, under the first free handle (sue, sue-2, sue-3, …). */
async function create(
  users: UserStore,
  claims: Claims,
  email: string | null,
  subject: string,
  role: User["role"],
): Promise<User> {
  const base = handleFrom(claims);
  for (let n = 1; n < 1000; n++) {
    const handle = n === 1 ? base : `${base}-${String(n)}`;
    if (handle === "muster") continue;
    const made = await users.create({
      handle,
      displayName: displayNameFrom(claims, handle),
      email,
      role,
      oidcSubject: subject,
    });
    if (made) return made;
  }
  throw new Error(`no free handle for ${base}`);
}
