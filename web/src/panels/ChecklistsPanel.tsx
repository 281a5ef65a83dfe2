import type { Abilities, Act, Me, StatusDoc } from "../api.js";
import { Person } from "../badges.js";

/**
 * Checklists attached as roles and phases began; each check records who and when. Only my
 * unfinished ones start open, so a new IC's own list is not buried under everyone else's.
 */
export function ChecklistsPanel({ doc, can, me, act }: { doc: StatusDoc; can: Abilities; me: Me; act: Act }) {
  if (doc.checklists.length === 0) return null;
  return (
    <section className="panel" aria-label="Checklists">
      <h2>Checklists</h2>
      {doc.checklists.map((list) => {
        const done = list.items.filter((i) => i.checkedBy).length;
        return (
          <details key={list.id} open={list.owner === me.handle && done < list.items.length}>
            <summary>
              {list.name} — <Person handle={list.owner} /> ({done}/{list.items.length})
            </summary>
            <ul className="checklist">
              {list.items.map((item) => (
                <li key={item.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={item.checkedBy !== null}
                      disabled={!can.tickChecklists.includes(list.owner)}
                      onChange={(e) =>
                        void act(
                          "POST",
                          `/checklists/${list.id}/items/${item.id}/${e.target.checked ? "check" : "uncheck"}`,
                        )
                      }
                    />{" "}
                    {item.text}
                    {item.checkedBy && (
                      <span className="muted">
                        {" "}
                        — {item.checkedBy}, {new Date(item.checkedAt ?? "").toLocaleTimeString()}
                      </span>
                    )}
                  </label>
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </section>
  );
}
