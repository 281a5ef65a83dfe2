import { useEffect, useState } from "react";
import { api } from "./api.js";
import type { Answer } from "../../src/contract/client.js";

type Postmortems = Answer<"/api/v1/postmortems", "get">["postmortems"];

/** Postmortems past a due step, on the board where nobody can miss them; refreshed each minute. */
export function OverduePostmortems() {
  const [late, setLate] = useState<Postmortems>([]);
  useEffect(() => {
    let live = true;
    const load = (): void => {
      api<{ postmortems: Postmortems }>("GET", "/postmortems")
        .then((r) => {
          if (live) setLate(r.postmortems.filter((p) => p.overdue.length > 0));
        })
        .catch(() => undefined);
    };
    load();
    const every = setInterval(load, 60_000);
    return () => {
      live = false;
      clearInterval(every);
    };
  }, []);
  if (late.length === 0) return null;
  return (
    <section className="overdue-postmortems" aria-label="Postmortems overdue">
      <strong>Postmortems overdue:</strong>{" "}
      {late.map((p, i) => (
        <span key={p.id}>
          {i > 0 && "; "}
          <a href={`#/incidents/${String(p.incidentNumber)}`}>
            #{p.incidentNumber} {p.incidentName}
          </a>{" "}
          ({p.overdue.join(", ")}, owner {p.owner})
        </span>
      ))}
    </section>
  );
}
