import { useState } from "react";
import type { Abilities, Act, EventEnvelope, StatusDoc } from "../api.js";
import { Person } from "../badges.js";

type Floor = StatusDoc["channel"];
type Sidelined = Extract<EventEnvelope, { type: "channel.sidelined" }>;

/** Quiet mode's banner and switch, the floor asked for and granted, and asking for it. */
export function FloorControls({ floor, can, act }: { floor: Floor; can: Abilities; act: Act }) {
  const [asking, setAsking] = useState("");
  const asked = floor.requests.some((r) => r.person === can.person);
  return (
    <div className="floor">
      {floor.quiet && (
        <p className="quiet-banner" role="note">
          Quiet mode{floor.quietBy ? ` (${floor.quietBy})` : ""}: only the org tree posts here.
          {can.postsTo === "side-thread" && " Your messages go to the side thread, which the Liaison reads."}
        </p>
      )}
      {!floor.quiet && can.postsTo === "side-thread" && (
        <p className="quiet-banner" role="note">
          You were told of this incident as a stakeholder: your questions go to the side thread, which the
          Liaison reads, so the responders can work.
        </p>
      )}
      {can.moderate && (
        <button className="secondary" onClick={() => void act("PUT", "/channel/quiet", { on: !floor.quiet })}>
          {floor.quiet ? "Open the channel to everyone" : "Quiet mode"}
        </button>
      )}
      {floor.quiet && can.postsTo === "side-thread" && !asked && (
        <form
          className="inline-form"
          aria-label="Ask for the floor"
          onSubmit={(e) => {
            e.preventDefault();
            void act("POST", "/channel/requests", { text: asking }).then((ok) => {
              if (ok) setAsking("");
            });
          }}
        >
          <label>
            Ask for the floor
            <input
              value={asking}
              maxLength={500}
              placeholder="What you want to say, in a line"
              onChange={(e) => {
                setAsking(e.target.value);
              }}
            />
          </label>
          <button type="submit" className="secondary" disabled={asking.trim() === ""}>
            Ask
          </button>
        </form>
      )}
      {asked && <p className="muted">You asked for the floor; the IC or Tech Lead will answer.</p>}
      {floor.requests.length > 0 && (
        <ul className="floor-requests" aria-label="Asking for the floor">
          {floor.requests.map((r) => (
            <li key={r.person}>
              <Person handle={r.person} /> asks: {r.text}{" "}
              {can.moderate && (
                <>
                  <button onClick={() => void act("POST", "/channel/speakers", { person: r.person })}>
                    Grant
                  </button>{" "}
                  <button
                    className="secondary"
                    onClick={() => void act("DELETE", `/channel/speakers/${encodeURIComponent(r.person)}`)}
                  >
                    Decline
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {floor.speakers.length > 0 && (
        <p className="muted">
          Has the floor:{" "}
          {floor.speakers.map((p) => (
            <span key={p}>
              <Person handle={p} />
              {can.moderate && (
                <button
                  className="link"
                  onClick={() => void act("DELETE", `/channel/speakers/${encodeURIComponent(p)}`)}
                >
                  take back
                </button>
              )}{" "}
            </span>
          ))}
        </p>
      )}
    </div>
  );
}

/** Pinned messages, kept in view above the channel. */
export function Pinned({ floor, can, act }: { floor: Floor; can: Abilities; act: Act }) {
  if (floor.pinned.length === 0) return null;
  return (
    <ul className="pinned" aria-label="Pinned messages">
      {floor.pinned.map((p) => (
        <li key={p.seq}>
          <span aria-hidden="true">📌</span> <Person handle={p.author} />: {p.text}
          {can.pin && (
            <button
              className="link"
              aria-label={`Unpin ${p.author}'s message`}
              onClick={() => void act("DELETE", `/channel/pins/${String(p.seq)}`)}
            >
              unpin
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Messages set aside in quiet mode and stakeholders' questions: the Liaison's side thread. */
export function SideThread({ events }: { events: readonly Sidelined[] }) {
  if (events.length === 0) return null;
  return (
    <details className="side-thread">
      <summary>Side thread ({events.length})</summary>
      <ol>
        {events.map((m) => (
          <li key={m.seq}>
            <Person handle={m.actor} roles={m.actorRoles} />{" "}
            <time>{new Date(m.at).toLocaleTimeString()}</time> {m.data.text}
          </li>
        ))}
      </ol>
    </details>
  );
}
