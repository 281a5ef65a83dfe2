import { DomainError } from "./errors.js";

/** Roles that exactly one person holds at a time, and that the IC holds while vacant. */
export const ACTING_ROLES = ["tech-lead", "scribe", "comms-lead"] as const;

export const FIXED_ROLES = [
  "incident-commander",
  "deputy",
  "tech-lead",
  "scribe",
  "comms-lead",
  "sme",
] as const;

export type FixedRole = (typeof FIXED_ROLES)[number];
export type RoleKey = FixedRole | `liaison:${string}` | `group-lead:${string}`;

export const COMMANDER: RoleKey = "incident-commander";

const GROUP_NAME = /^[a-z0-9][a-z0-9-]{0,39}$/;

const labels: Record<FixedRole, { label: string; badge: string }> = {
  "incident-commander": { label: "Incident Commander", badge: "IC" },
  deputy: { label: "Deputy", badge: "Deputy" },
  "tech-lead": { label: "Tech Lead", badge: "TL" },
  scribe: { label: "Scribe", badge: "Scribe" },
  "comms-lead": { label: "Comms Lead", badge: "Comms" },
  sme: { label: "Subject Matter Expert", badge: "SME" },
};

/** Parses a role name as used in paths and bodies, or throws INVALID_ROLE. */
export function parseRole(input: string, field = "role"): RoleKey {
  if ((FIXED_ROLES as readonly string[]).includes(input)) {
    return input as FixedRole;
  }
  const match = /^(liaison|group-lead):(.*)$/.exec(input);
  if (match && GROUP_NAME.test(match[2] ?? "")) {
    return input as RoleKey;
  }
  throw new DomainError(
    "INVALID_ROLE",
    `"${input}" is not a role. Use one of ${FIXED_ROLES.join(", ")}, liaison:<group> or group-lead:<group> (group: lower-case letters, digits and dashes).`,
    field,
  );
}

/** True when the name is a valid group or stakeholder-group name. */
export function isGroupName(name: string): boolean {
  return GROUP_NAME.test(name);
}

/** Whether several people may hold the role at once. */
export function isMultiHolder(role: RoleKey): boolean {
  return role === "sme";
}

/** The group named in `group-lead:<group>`, if the role is a group lead. */
export function groupOfLeadRole(role: RoleKey): string | null {
  return role.startsWith("group-lead:") ? role.slice("group-lead:".length) : null;
}

/** Human label for a role ("Liaison (customers)"). */
export function roleLabel(role: RoleKey): string {
  if (role.startsWith("liaison:")) {
    return `Liaison (${role.slice(8)})`;
  }
  if (role.startsWith("group-lead:")) {
    return `Group Lead (${role.slice(11)})`;
  }
  return labels[role as FixedRole].label;
}

/** Short badge shown beside a name ("IC", "TL", "Liaison:customers"). */
export function roleBadge(role: RoleKey): string {
  if (role.startsWith("liaison:")) {
    return `Liaison:${role.slice(8)}`;
  }
  if (role.startsWith("group-lead:")) {
    return `Lead:${role.slice(11)}`;
  }
  return labels[role as FixedRole].badge;
}

/** One entry of the role catalogue that clients read instead of hard-coding role names. */
export type RoleCatalogueEntry = {
  /** The name in paths and bodies; for group roles a pattern such as `liaison:<group>`. */
  name: string;
  label: string;
  badge: string;
  /** Several people may hold it at once. */
  multiHolder: boolean;
  /** The IC acts in it while it is vacant. */
  actingWhileVacant: boolean;
};

/** Every role Muster knows, with its human label and badge. */
export function roleCatalogue(): RoleCatalogueEntry[] {
  const fixed = FIXED_ROLES.map((role) => ({
    name: role,
    label: labels[role].label,
    badge: labels[role].badge,
    multiHolder: isMultiHolder(role),
    actingWhileVacant: (ACTING_ROLES as readonly string[]).includes(role),
  }));
  return [
    ...fixed,
    {
      name: "liaison:<group>",
      label: "Liaison",
      badge: "Liaison",
      multiHolder: false,
      actingWhileVacant: false,
    },
    {
      name: "group-lead:<group>",
      label: "Group Lead",
      badge: "Lead",
      multiHolder: false,
      actingWhileVacant: false,
    },
  ];
}
