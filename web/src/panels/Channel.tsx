import { useLayoutEffect, useMemo, useRef, useState } from "react";
import type { Abilities, Act, EventEnvelope, StatusDoc } from "../api.js";
import { Person } from "../badges.js";
import { fold, linkify } from "../logic/text.js";
import { useMediaQuery } from "../useMediaQuery.js";
import { FloorControls, Pinned, SideThread } from "./ChannelFloor.js";

const SHOWN = 200;

type Message = Extract<EventEnvelope, { type: "message.posted" }>;
type Sidelined = Extract<EventEnvelope, { type: "channel.sidelined" }>;

const MENTION = /(@[a-z][a-z0-9._-]{0,31})/;

/** Whether a message mentions this person ("@sue"). */
export function mentions(text: string, handle: string): boolean {
  return new RegExp(`(?:^|[^\\w@])@${handle.replace(/[.]/g, "\\.")}(?![a-z0-9_-])`).test(text);
}

/** Plain text with @mentions marked. */
function withMentions(text: string, key: number) {
  return (
    <span key={key}>
      {text.split(MENTION).map((part, i) =>
        i % 2 === 1 ? (
          <mark key={i} className="mention">
            {part}
          </mark>
        ) : (
          part
        ),
      )}
    </span>
  );
}

/** Message text with live links, @mentions marked, and long pastes folded. */
export function MessageText({ text }: { text: string }) {
  const folded = fold(text);
  const body = (t: string) =>
    linkify(t).map((s, i) =>
      "url" in s ? (
        <a key={i} href={s.url} target="_blank" rel="noopener noreferrer">
          {s.url}
        </a>
      ) : (
        withMentions(s.text, i)
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
  floor,
}: {
  events: readonly EventEnvelope[];
  version: number;
  can: Abilities;
  act: Act;
  floor: StatusDoc["channel"];
}) {
  const [text, setText] = useState("");
  const touch = useMediaQuery("(pointer: coarse)");
  const messages = useMemo(
    () => events.filter((e): e is Message => e.type === "message.posted").slice(-SHOWN),
    // The events array grows in place; `version` says when.
    [events, version],
  );
  const sidelined = useMemo(
    () => events.filter((e): e is Sidelined => e.type === "channel.sidelined").slice(-SHOWN),
    [events, version],
  );
  // Follow the newest message unless the reader has scrolled up; then count what arrives.
  const list = useRef<HTMLOListElement>(null);
  const following = useRef(true);
  const lastSeen = useRef(0);
  const [unseen, setUnseen] = useState(0);
  useLayoutEffect(() => {
    const el = list.current;
    const last = messages.at(-1)?.seq ?? 0;
    if (el && following.current) {
      el.scrollTop = el.scrollHeight;
      lastSeen.current = last;
      setUnseen(0);
    } else {
      setUnseen(messages.filter((m) => m.seq > lastSeen.current).length);
    }
  }, [messages]);
  const toNewest = (): void => {
    const el = list.current;
    if (el) el.scrollTop = el.scrollHeight;
    following.current = true;
    lastSeen.current = messages.at(-1)?.seq ?? 0;
    setUnseen(0);
  };
  const send = (): void => {
    void act("POST", "/messages", { text }).then((ok) => {
      if (ok) setText("");
    });
  };
  return (
    <section className="panel channel" aria-label="Incident channel">
      <h2>Channel</h2>
      <Pinned floor={floor} can={can} act={act} />
      <FloorControls floor={floor} can={can} act={act} />
      <ol
        className="messages"
        aria-live="polite"
        ref={list}
        onScroll={(e) => {
          const el = e.currentTarget;
          following.current = el.scrollHeight - el.scrollTop - el.clientHeight < 30;
          if (following.current) {
            lastSeen.current = messages.at(-1)?.seq ?? 0;
            setUnseen(0);
          }
        }}
      >
        {messages.map((m) => (
          <li
            key={m.seq}
            className={[
              m.data.freelancing ? "freelancing" : "",
              mentions(m.data.text, can.person) ? "mentions-me" : "",
            ]
              .filter(Boolean)
              .join(" ")}
          >
            <Person handle={m.actor} roles={m.actorRoles} />
            {m.data.freelancing && (
              <span className="badge badge-freelancing" title="Not checked in when this was sent">
                not checked in
              </span>
            )}
            {m.data.via && <ViaBadge via={m.data.via} />} <time>{new Date(m.at).toLocaleTimeString()}</time>{" "}
            <MessageText text={m.data.text} />
            {can.pin && !floor.pinned.some((p) => p.seq === m.seq) && (
              <button
                className="link pin"
                aria-label={`Pin ${m.actor}'s message`}
                onClick={() => void act("PUT", `/channel/pins/${String(m.seq)}`)}
              >
                pin
              </button>
            )}
          </li>
        ))}
      </ol>
      <SideThread events={sidelined} />
      {unseen > 0 && (
        <button className="new-pill" onClick={toNewest}>
          {unseen} new ↓
        </button>
      )}
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

/** Where a message was said when it came from chat: "Slack", "Mattermost · edited", "Slack · reply". */
function ViaBadge({ via }: { via: NonNullable<Message["data"]["via"]> }) {
  const chat = via.chat.charAt(0).toUpperCase() + via.chat.slice(1);
  const notes = [via.thread ? "reply" : "", via.edits ? "edited" : ""].filter(Boolean);
  return (
    <span
      className="badge badge-via"
      title={`Said in ${chat}${via.thread ? ", in a thread" : ""}${via.edits ? "; it corrects an earlier message" : ""}`}
    >
      {[chat, ...notes].join(" · ")}
    </span>
  );
}
