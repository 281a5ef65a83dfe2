import { createContext, useContext } from "react";

const BADGES: Record<string, string> = {
  "incident-commander": "IC",
  deputy: "Deputy",
  "tech-lead": "TL",
  scribe: "Scribe",
  "comms-lead": "Comms",
  sme: "SME",
};

/** The short badge for a role, shown beside names so nobody assumes seniority. */
export function badge(role: string): string {
  if (role.startsWith("liaison:")) return `Liaison:${role.slice(8)}`;
  if (role.startsWith("group-lead:")) return `Lead:${role.slice(11)}`;
  return BADGES[role] ?? role;
}

/** Who holds which roles now, so any name on the page can carry its badges. */
export const CurrentRoles = createContext<ReadonlyMap<string, string[]>>(new Map());

/** Current roles by person from the status doc's role list (acting roles left out). */
export function rolesByPerson(
  roles: { role: string; holders: string[]; acting: boolean }[],
): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const r of roles) {
    if (r.acting) continue;
    for (const h of r.holders) map.set(h, [...(map.get(h) ?? []), r.role]);
  }
  return map;
}

/** A name with its role badges: the roles given (as they were at an event), or the current ones. */
export function Person({ handle, roles }: { handle: string; roles?: string[] }) {
  const current = useContext(CurrentRoles);
  const shown = roles ?? current.get(handle) ?? [];
  return (
    <span className="person">
      {handle}
      {shown.map((r) => (
        <span key={r} className={`badge badge-${r.split(":")[0] ?? r}`}>
          {badge(r)}
        </span>
      ))}
    </span>
  );
}
