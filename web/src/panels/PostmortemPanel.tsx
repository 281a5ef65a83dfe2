import MarkdownIt from "markdown-it";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { StatusDoc } from "../api.js";
import { ApiError, api, apiText } from "../api.js";
import type { Answer } from "../../../src/contract/client.js";
import { blameFlags } from "../../../src/capabilities/postmortems/domain/blameless.js";
import { FormError } from "../ui/Field.js";

type Postmortem = Answer<"/api/v1/incidents/{ref}/postmortem", "get">;

// Raw HTML shows as text; markdown-it refuses javascript: links.
const markdown = new MarkdownIt({ html: false, linkify: true });

/** Opens an export with the bearer token (a plain link could not carry it). */
async function download(number: number, format: "md" | "html"): Promise<void> {
  const body = await apiText(
    `/incidents/${String(number)}/postmortem/export?format=${format}`,
    format === "md" ? "text/markdown" : "text/html",
  );
  const url = URL.createObjectURL(
    new Blob([body], { type: format === "md" ? "text/markdown" : "text/html" }),
  );
  if (format === "html") window.open(url, "_blank", "noopener");
  else {
    const a = document.createElement("a");
    a.href = url;
    a.download = `postmortem-${String(number)}.md`;
    a.click();
  }
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 60_000);
}

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

/** Comments on the postmortem's sections, and a form to add one (the sections are its ## headings). */
function Comments({
  pm,
  editable,
  send,
}: {
  pm: Postmortem;
  editable: boolean;
  send: (method: string, path: string, body?: unknown) => void;
}) {
  const sections = [...pm.markdown.matchAll(/^## (.+)$/gm)].map((m) => (m[1] ?? "").trim());
  const [section, setSection] = useState("");
  const [text, setText] = useState("");
  const chosen = section || sections[0] || "General";
  return (
    <div className="comments">
      <h3>Comments{pm.comments.length > 0 ? ` (${String(pm.comments.length)})` : ""}</h3>
      <ul>
        {pm.comments.map((c) => (
          <li key={c.id}>
            <strong>{c.section}</strong> — {c.by}: {c.text}
          </li>
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
