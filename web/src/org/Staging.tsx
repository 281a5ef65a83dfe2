import type { StatusDoc } from "../api.js";
import { span } from "../logic/time.js";
import type { Dragged } from "./OrgChart.js";

type Props = {
  doc: StatusDoc;
  names: ReadonlyMap<string, string>;
  now: number;
  /** Whether the viewer may place people from staging (somewhere in their part of the tree). */
  mayPlace: boolean;
  /** Whether the viewer may release this person (their authority over them). */
  mayRelease: (person: string) => boolean;
  setDragging: (d: Dragged | null) => void;
  askAssign: (person: string) => void;
  release: (person: string) => void;
};

/**
 * Staging: one card per person checked in and waiting, with their name, skills and how long they
 * have waited. A card is dragged onto a box of the chart to assign; "Assign…" does the same from
 * the keyboard.
 */
export function Staging({ doc, names, now, mayPlace, mayRelease, setDragging, askAssign, release }: Props) {
  return (
    <section aria-labelledby="staging-title">
      <h3 id="staging-title">Staging</h3>
      {doc.staging.length === 0 ? (
        <p className="muted">Nobody is waiting for an assignment.</p>
      ) : (
        mayPlace && (
          <p className="hint" id="staging-hint">
            Drag a card onto someone in the chart to put them under that person, or use Assign.
          </p>
        )
      )}
      <ul className="staging">
        {doc.staging.map((s) => {
          const placeable = mayPlace && s.person !== doc.commander;
          return (
            <li
              key={s.person}
              className={placeable ? "staging-card draggable" : "staging-card"}
              draggable={placeable}
              aria-describedby={placeable ? "staging-hint" : undefined}
              onDragStart={(e) => {
                e.dataTransfer.setData("text/plain", s.person);
                e.dataTransfer.effectAllowed = "move";
                setDragging({ person: s.person, from: "staging" });
              }}
              onDragEnd={() => {
                setDragging(null);
              }}
            >
              <span className="org-name">{names.get(s.person) ?? s.person}</span>
              <span className="org-handle">{s.person}</span>
              <span className="muted"> waiting {span(now - Date.parse(s.checkedInAt))}</span>
              {s.skills.length > 0 && (
                <span className="skills">
                  {s.skills.map((skill) => (
                    <span key={skill} className="tag">
                      {skill}
                    </span>
                  ))}
                </span>
              )}
              {s.note && <span className="muted staging-note">{s.note}</span>}
              {(placeable || mayRelease(s.person)) && (
                <span className="buttons">
                  {placeable && (
                    <button
                      className="small"
                      aria-label={`Assign ${s.person}`}
                      onClick={() => {
                        askAssign(s.person);
                      }}
                    >
                      Assign…
                    </button>
                  )}
                  {mayRelease(s.person) && s.person !== doc.commander && (
                    <button
                      className="link"
                      aria-label={`Release ${s.person}`}
                      onClick={() => {
                        release(s.person);
                      }}
                    >
                      release
                    </button>
                  )}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
