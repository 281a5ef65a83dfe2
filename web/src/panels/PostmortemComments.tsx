import { useState } from "react";
import type { Postmortem } from "./postmortem-follow.js";

type Comment = Postmortem["comments"][number];
type Send = (method: string, path: string, body?: unknown) => void;

/** One thread: its first comment, the replies, a reply box and resolve or reopen. */
function Thread({
  root,
  replies,
  editable,
  send,
}: {
  root: Comment;
  replies: Comment[];
  editable: boolean;
  send: Send;
}) {
  const [reply, setReply] = useState("");
  const resolved = root.resolved;
  return (
    <li
      className={resolved ? "thread resolved" : "thread"}
      aria-label={`Thread on ${root.section} by ${root.by}`}
    >
      <p>
        <strong>{root.section}</strong> — {root.by}: {root.text}
      </p>
      {replies.length > 0 && (
        <ul>
          {replies.map((r) => (
            <li key={r.id}>
              {r.by}: {r.text}
            </li>
          ))}
        </ul>
      )}
      {resolved && <p className="muted">Resolved by {resolved.by}</p>}
      {editable && (
        <div className="inline-form">
          {!resolved && (
            <form
              aria-label={`Reply to ${root.by}`}
              onSubmit={(e) => {
                e.preventDefault();
                send("POST", "/comments", { section: root.section, text: reply, replyTo: root.id });
                setReply("");
              }}
            >
              <label>
                Reply
                <input
                  value={reply}
                  maxLength={4000}
                  onChange={(e) => {
                    setReply(e.target.value);
                  }}
                />
              </label>
              <button type="submit" className="secondary" disabled={reply.trim() === ""}>
                Reply
              </button>
            </form>
          )}
          <button
            className="link"
            onClick={() => {
              send("POST", `/comments/${root.id}/resolve`, { resolved: !resolved });
            }}
          >
            {resolved ? "Reopen" : "Resolve"}
          </button>
        </div>
      )}
    </li>
  );
}

/**
 * Comments on the postmortem's sections, in threads (a reply joins its thread; a thread is
 * resolved and reopened as a whole), with a form to start one on a section (its ## headings).
 */
export function Comments({ pm, editable, send }: { pm: Postmortem; editable: boolean; send: Send }) {
  const sections = [...pm.markdown.matchAll(/^## (.+)$/gm)].map((m) => (m[1] ?? "").trim());
  const [section, setSection] = useState("");
  const [text, setText] = useState("");
  const chosen = section || sections[0] || "General";
  const roots = pm.comments.filter((c) => c.replyTo === undefined);
  const open = roots.filter((c) => c.resolved === undefined).length;
  return (
    <div className="comments">
      <h3>Comments{pm.comments.length > 0 ? ` (${String(pm.comments.length)})` : ""}</h3>
      {roots.length > 0 && (
        <p className="muted">
          {open} open thread{open === 1 ? "" : "s"}, {roots.length - open} resolved
        </p>
      )}
      <ul>
        {roots.map((c) => (
          <Thread
            key={c.id}
            root={c}
            replies={pm.comments.filter((r) => r.replyTo === c.id)}
            editable={editable}
            send={send}
          />
        ))}
      </ul>
      {editable && (
        <form
          className="inline-form"
          aria-label="Comment on a section"
          onSubmit={(e) => {
            e.preventDefault();
            send("POST", "/comments", { section: chosen, text });
            setText("");
          }}
        >
          <label>
            Section
            <select
              value={chosen}
              onChange={(e) => {
                setSection(e.target.value);
              }}
            >
              {(sections.length > 0 ? sections : ["General"]).map((h) => (
                <option key={h}>{h}</option>
              ))}
            </select>
          </label>
          <label>
            Comment
            <input
              value={text}
              maxLength={4000}
              onChange={(e) => {
                setText(e.target.value);
              }}
            />
          </label>
          <button type="submit" className="secondary" disabled={text.trim() === ""}>
            Comment
          </button>
        </form>
      )}
    </div>
  );
}
