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

/** A name with its role badges. */
export function Person({ handle, roles }: { handle: string; roles: string[] }) {
  return (
    <span className="person">
      {handle}
      {roles.map((r) => (
        <span key={r} className={`badge badge-${r.split(":")[0] ?? r}`}>
          {badge(r)}
        </span>
      ))}
    </span>
  );
}
