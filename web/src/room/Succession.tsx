import { useState } from "react";
import type { Abilities, StatusDoc } from "../api.js";
import { Person } from "../badges.js";
import { FormError } from "../ui/Field.js";
import { useAction } from "../ui/useAction.js";

/**
 * Who takes command if the IC cannot go on: the Deputy, else a successor the IC names here, else
 * only an admin. Shown to everyone; named by those in command.
 */
export function Succession({ doc, can, people }: { doc: StatusDoc; can: Abilities; people: string[] }) {
  const action = useAction();
  const [choice, setChoice] = useState<string | null>(null);
  const { nextInLine, successor } = doc.command;
  const deputy = doc.roles.find((r) => r.role === "deputy" && !r.acting)?.holders[0] ?? null;
  const candidates = people.filter((p) => p !== doc.commander);
  const chosen = choice ?? successor ?? "";
  return (
    <section className="panel" aria-label="Succession" id="succession" tabIndex={-1}>
      <h2>If the IC cannot go on</h2>
      {nextInLine ? (
        <p>
          <Person handle={nextInLine} /> assumes command (
          {nextInLine === deputy ? "the Deputy" : "named successor"}), with a reason, from the incident menu.
        </p>
      ) : (
        <p className="warning" role="note">
          Nobody is in line: name a Deputy or a successor, or only an admin can take command.
        </p>
      )}
      {can.command && doc.status !== "ended" && (
        <form
          className="inline-form"
          aria-label="Name a successor"
          onSubmit={(e) => {
            e.preventDefault();
            void action
              .run("PUT", `/incidents/${String(doc.number)}/command/successor`, { person: chosen || null })
              .then((ok) => {
                if (ok) setChoice(null);
              });
          }}
        >
          <label>
            Successor when there is no Deputy
            <select
              value={chosen}
              onChange={(e) => {
                setChoice(e.target.value);
              }}
            >
              <option value="">nobody</option>
              {candidates.map((p) => (
                <option key={p}>{p}</option>
              ))}
            </select>
          </label>
          <button
            type="submit"
            className="secondary"
            disabled={action.pending || chosen === (successor ?? "")}
          >
            Name successor
          </button>
          <FormError error={action.error} />
        </form>
      )}
    </section>
  );
}
