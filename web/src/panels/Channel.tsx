import { useMemo, useState } from "react";
import type { Abilities, Act, EventEnvelope } from "../api.js";
import { Person } from "../badges.js";
import { fold, linkify } from "../logic/text.js";
import { useMediaQuery } from "../useMediaQuery.js";

const SHOWN = 200;

type Message = Extract<EventEnvelope, { type: "message.posted" }>;

/** Message text with live links and long pastes folded. */
export function MessageText({ text }: { text: string }) {
  const folded = fold(text);
  const body = (t: string) =>
    linkify(t).map((s, i) =>
      "url" in s ? (
        <a key={i} href={s.url} target="_blank" rel="noopener noreferrer">
          {s.url}
        </a>
      ) : (
        <span key={i}>{s.text}</span>
      ),
    );
  if (!folded.folded) return <span className="message-text">{body(text)}</span>;
  return (
    <details className="message-text">
      <summary>
        <span>{folded.head}</span> … ({folded.lines} lines, {text.length} characters)
      </summary>
      <pre>{body(text)}</pre>
    </details>
  );
}

/** The incident channel: messages are timeline events, shown with the sender's roles. */
export function Channel({
  events,
  version,
  can,
  act,
}: {
  events: readonly EventEnvelope[];
  version: number;
  can: Abilities;
  act: Act;
}) {
  const [text, setText] = useState("");
  const touch = useMediaQuery("(pointer: coarse)");
  const messages = useMemo(
    () => events.filter((e): e is Message => e.type === "message.posted").slice(-SHOWN),
    // The events array grows in place; `version` says when.
    [events, version],
  );
  const send = (): void => {
    void act("POST", "/messages", { text }).then((ok) => {
      if (ok) setText("");
    });
  };
  return (
    <section className="panel channel" aria-label="Incident channel">
      <h2>Channel</h2>
      <ol className="messages" aria-live="polite">
        {messages.map((m) => (
          <li key={m.seq} className={m.data.freelancing ? "freelancing" : ""}>
            <Person handle={m.actor} roles={m.actorRoles} />
            {m.data.freelancing && (
              <span className="badge badge-freelancing" title="Not checked in when this was sent">
                not checked in
              </span>
            )}{" "}
            <time>{new Date(m.at).toLocaleTimeString()}</time> <MessageText text={m.data.text} />
          </li>
        ))}
      </ol>
      {can.checkIn && can.message && (
        <p className="invite" role="note">
          You are not checked in: your messages are marked as freelancing.{" "}
          <button className="link" onClick={() => void act("POST", "/responders", { person: can.person })}>
            Check in now
          </button>{" "}
          so the IC knows you are working on this.
        </p>
      )}
      {can.message && (
        <form
          aria-label="Send a message"
          onSubmit={(e) => {
            e.preventDefault();
            send();
          }}
        >
          <label>
            {touch ? "Message" : "Message (Enter sends, Shift+Enter for a new line)"}
            <textarea
              value={text}
              onChange={(e) => {
                setText(e.target.value);
              }}
              onKeyDown={(e) => {
                // On a phone's keyboard Enter is the way to a new line; the Send button sends.
                if (e.key === "Enter" && !e.shiftKey && !touch) {
                  e.preventDefault();
                  if (text.trim()) send();
                }
              }}
            />
          </label>
          <button type="submit" disabled={!text.trim()}>
            Send
          </button>
        </form>
      )}
    </section>
  );
}
