import MarkdownIt from "markdown-it";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { StatusDoc } from "../api.js";
import { ApiError, api } from "../api.js";
import { blameFlags } from "../../../src/capabilities/postmortems/domain/blameless.js";
import { FormError } from "../ui/Field.js";
import type { Postmortem } from "./postmortem-follow.js";
import { download, useFollow } from "./postmortem-follow.js";
import { Comments } from "./PostmortemComments.js";

// Raw HTML shows as text; markdown-it refuses javascript: links.
const markdown = new MarkdownIt({ html: false, linkify: true });

/**
 * The postmortem of an ended incident: the draft from the record in a Markdown editor with a live
 * preview, blame flags as you type, saving as versions (a concurrent save is caught, not lost),
 * review and publication.
 */
export function PostmortemPanel({ doc, me }: { doc: StatusDoc; me: string }) {
  const base = `/incidents/${String(doc.number)}/postmortem`;
  const [pm, setPm] = useState<Postmortem | null | undefined>(undefined);
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [keep, setKeep] = useState("");
  const load = useCallback(() => {
    api<Postmortem>("GET", base)
      .then((p) => {
        setPm(p);
        setText(p.markdown);
      })
      .catch((e: unknown) => {
        if (e instanceof ApiError && e.problem.code === "POSTMORTEM_NOT_FOUND") setPm(null);
        else setError(e instanceof ApiError ? e.message : "The postmortem could not be loaded.");
      });
  }, [base]);
  useEffect(load, [load, doc.status]);
  const newer = useFollow(
    base,
    pm,
    text,
    (p) => {
      setPm(p);
      setText(p.markdown);
    },
    setPm,
  );
  const people = useMemo(() => (pm ? [pm.owner, ...pm.participants] : []), [pm]);
  const flags = useMemo(() => blameFlags(text, people), [text, people]);
  const preview = useMemo(() => markdown.render(text), [text]);

  const send = (method: string, path: string, body?: unknown): void => {
    setError(null);
    const saving = path === "/text" || path === "";
    api<Postmortem>(method, `${base}${path}`, body)
      .then((p) => {
        setPm(p);
        // A comment or an approval must not throw away text being edited; a save replaces it.
        if (saving) setText(p.markdown);
        setKeep("");
      })
      .catch((e: unknown) => {
        setError(
          e instanceof ApiError ? e.message : "That did not work; check the connection and try again.",
        );
      });
  };

  if (pm === undefined) {
    return (
      <section className="panel" aria-label="Postmortem">
        <p className="muted">Loading…</p>
      </section>
    );
  }
  if (pm === null) {
    return (
      <section className="panel" aria-label="Postmortem" id="postmortem" tabIndex={-1}>
        <h2>Postmortem</h2>
        <p className="muted">No postmortem yet: it is drafted from the record when the incident ends.</p>
        <button
          onClick={() => {
            send("POST", "", {});
          }}
        >
          Draft it now
        </button>
        <FormError error={error} />
      </section>
    );
  }
  const owner = pm.owner === me;
  const editable = pm.stage !== "published" && (owner || pm.participants.includes(me));
  const dirty = text !== pm.markdown;
  return (
    <section className="panel postmortem" aria-label="Postmortem" id="postmortem" tabIndex={-1}>
      <h2>
        Postmortem{" "}
        <small className="muted">
          {pm.stage}, owner {pm.owner}, version {pm.version}
        </small>
      </h2>
      <p className={pm.overdue.length > 0 ? "overdue" : "muted"}>
        Draft due {new Date(pm.schedule.draft).toLocaleDateString()}, review by{" "}
        {new Date(pm.schedule.review).toLocaleDateString()}, published by{" "}
        {new Date(pm.schedule.publish).toLocaleDateString()}
        {pm.overdue.length > 0 ? ` — overdue: ${pm.overdue.join(", ")}` : ""}
        {pm.approvals.length > 0 ? ` · approved by ${pm.approvals.join(", ")}` : ""}
      </p>
      {newer && (
        <p className="offer" role="status">
          {newer.revisions.at(-1)?.by ?? "Someone"} saved version {newer.version} while you were editing;
          saving yours now would be refused.{" "}
          <button
            className="link"
            onClick={() => {
              setPm(newer);
              setText(newer.markdown);
            }}
          >
            Load their version (your edits are dropped)
          </button>
        </p>
      )}
      <div className="postmortem-editor">
        <label>
          Markdown
          <textarea
            value={text}
            readOnly={!editable}
            rows={24}
            onChange={(e) => {
              setText(e.target.value);
            }}
          />
        </label>
        <div
          className="preview"
          aria-label="Preview"
          role="region"
          dangerouslySetInnerHTML={{ __html: preview }}
        />
      </div>
      {flags.length > 0 && (
        <ul className="blame-flags" aria-label="Sentences that read as blame">
          {flags.map((f) => (
            <li key={`${String(f.offset)}-${f.rule}`}>
              <strong>{f.sentence}</strong> — {f.message} <span className="muted">{f.suggestion}</span>
            </li>
          ))}
        </ul>
      )}
      <div className="buttons">
        {editable && (
          <button
            disabled={!dirty}
            onClick={() => {
              send("PUT", "/text", { markdown: text, baseVersion: pm.version });
            }}
          >
            Save version
          </button>
        )}
        {owner && pm.stage === "draft" && !dirty && (
          <button
            onClick={() => {
              send("POST", "/submit", {});
            }}
          >
            Send for review
          </button>
        )}
        {!owner &&
          pm.stage === "in-review" &&
          pm.participants.includes(me) &&
          !pm.approvals.includes(me) &&
          !dirty && (
            <button
              onClick={() => {
                send("POST", "/approve", {});
              }}
            >
              Approve
            </button>
          )}
        {owner && pm.stage === "in-review" && !dirty && (
          <>
            {flags.length > 0 && (
              <label>
                Keep the flagged sentences because
                <input
                  value={keep}
                  onChange={(e) => {
                    setKeep(e.target.value);
                  }}
                />
              </label>
            )}
            <button
              onClick={() => {
                send("POST", "/publish", keep.trim() ? { acceptFlags: { reason: keep } } : {});
              }}
            >
              Publish
            </button>
          </>
        )}
        <button className="secondary" onClick={() => void download(doc.number, "md")}>
          Export Markdown
        </button>
        <button className="secondary" onClick={() => void download(doc.number, "html")}>
          Printable page
        </button>
        {dirty && pm.stage !== "published" && (
          <button className="link" onClick={load}>
            Discard my changes
          </button>
        )}
      </div>
      <Comments pm={pm} editable={pm.participants.includes(me) || owner} send={send} />
      <FormError error={error} />
    </section>
  );
}
