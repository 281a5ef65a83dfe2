import { DomainError } from "../../domain/index.js";
import type { Services } from "../../http/services.js";
import type { Audience, Member } from "./domain/index.js";
import { PUBLIC_AUDIENCE } from "./domain/index.js";
import type { StakeholderGroup } from "./store.js";

/** The status page's audience when no admin has defined a group called `public`. */
const STATUS_PAGE: Audience = {
  name: PUBLIC_AUDIENCE,
  label: "Public status page",
  external: true,
  approval: true,
  members: [],
};

async function expand(services: Services, group: StakeholderGroup): Promise<Member[]> {
  const members: Member[] = [];
  for (const m of group.members) {
    if (m.kind === "team") {
      // A team that has gone since the group was saved contributes nobody, and says so nowhere
      // else: the group's editor sees it on the group.
      // A schedule on the team's list stands for whoever is on call on it now.
      const team = await services.onCall.team(m.team, services.onCall.clock());
      for (const handle of team?.people ?? []) {
        members.push({ kind: "person", handle, channel: m.channel });
      }
    } else {
      members.push(m);
    }
  }
  const seen = new Set<string>();
  return members.filter((m) => {
    const key = m.kind === "person" ? `p:${m.handle}` : `e:${m.address.toLowerCase()}`;
    return !seen.has(key) && seen.add(key);
  });
}

/**
 * The audiences of an incident as the IC names them: each group copied with its teams expanded
 * to people now, so the record says exactly who was told. `public` is always available.
 */
export async function resolveAudiences(services: Services, names: string[]): Promise<Audience[]> {
  const audiences: Audience[] = [];
  for (const name of [...new Set(names)]) {
    const group = await services.stakeholders.get(name);
    if (!group) {
      if (name === PUBLIC_AUDIENCE) {
        audiences.push(STATUS_PAGE);
        continue;
      }
      throw new DomainError(
        "UNKNOWN_GROUP",
        `There is no stakeholder group "${name}". An admin defines groups (PUT /stakeholder-groups/{name}); "public" (the status page) always exists.`,
        "groups",
      );
    }
    audiences.push({
      name: group.name,
      label: group.label,
      external: group.external,
      approval: group.approval,
      members: await expand(services, group),
    });
  }
  return audiences;
}
