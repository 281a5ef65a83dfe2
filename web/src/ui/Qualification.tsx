import { useEffect, useState } from "react";
import type { Answer } from "../../../src/contract/client.js";
import { api } from "../api.js";

type People = Answer<"/api/v1/training/qualifications", "get">["people"];

let cached: { at: number; people: Promise<People> } | null = null;

/** Everyone's standing, read at most once a minute however many dialogs ask. */
function qualifications(): Promise<People> {
  if (!cached || Date.now() - cached.at > 60_000) {
    const people = api<{ people: People }>("GET", "/training/qualifications").then((r) => r.people);
    cached = { at: Date.now(), people };
    people.catch(() => {
      cached = null;
    });
  }
  return cached.people;
}

/**
 * Advice beside a choice of person and role: whether the team's rules call them qualified for it
 * and, if not yet, what is missing. Advice only: whoever assigns decides.
 */
export function QualificationAdvice({ person, role }: { person: string; role: string }) {
  const [people, setPeople] = useState<People | null>(null);
  useEffect(() => {
    qualifications().then(setPeople, () => undefined);
  }, []);
  const standing = people?.find((p) => p.person === person)?.standings.find((s) => s.role === role);
  if (!person || !standing) return null;
  if (standing.qualified) {
    return (
      <p className="hint qualified" role="note">
        ✔ {person} is qualified for this role by the team's rules.
      </p>
    );
  }
  const missing = standing.progress.filter((p) => !p.met);
  return (
    <p className="hint" role="note">
      {person} is not yet qualified for this role by the team's rules (advice; you decide):{" "}
      {missing.map((p) => `${p.requirement}, ${String(p.have)} of ${String(p.need)}`).join("; ")}.
    </p>
  );
}
