import { nextActions } from "../logic/next-actions.js";
import { countdown } from "../logic/time.js";
import { useAction } from "../ui/useAction.js";
import type { RoomView } from "./view.js";

/**
 * "Your next actions": the first thing in the room, for this person and their roles, so a
 * stressed IC (or a responder who just arrived) sees what to do before anything else.
 */
export function NextActions({ doc, can, me, now, connected, go }: RoomView) {
  const actions = nextActions(doc, me.handle, can, now);
  const quick = useAction();
  if (doc.status === "ended") return null;
  return (
    <section className="panel next-actions" aria-label="Your next actions">
      <h2>Your next actions</h2>
      {actions.length === 0 ? (
        <p className="muted">Nothing waits on you right now.</p>
      ) : (
        <ol>
          {actions.map((a) => {
            const due = a.dueAt ? countdown(a.dueAt, now) : null;
            return (
              <li key={a.key} className={a.urgent ? "urgent" : undefined}>
                <button
                  className="link action-link"
                  onClick={() => {
                    go(a.place);
                  }}
                >
                  {a.text}
                </button>
                {due && (
                  <span className={due.overdue ? "overdue" : "muted"}>
                    {" "}
                    · {due.label}
                    {!connected && " (stale)"}
                  </span>
                )}
                {a.quick && (
                  <button
                    className="small"
                    disabled={quick.pending}
                    onClick={() =>
                      void quick.run(
                        a.quick?.method ?? "POST",
                        `/incidents/${doc.number}${a.quick?.path ?? ""}`,
                        a.quick?.body,
                      )
                    }
                  >
                    {a.quick.label}
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {quick.error && (
        <p className="error inline-error" role="alert">
          {quick.error}
        </p>
      )}
    </section>
  );
}
