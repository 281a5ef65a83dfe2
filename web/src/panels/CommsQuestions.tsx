import { useCallback, useEffect, useState } from "react";
import type { Answer } from "../../../src/contract/client.js";
import type { Abilities, StatusDoc } from "../api.js";
import { api } from "../api.js";
import { Person } from "../badges.js";
import { FormError } from "../ui/Field.js";
import { useAction } from "../ui/useAction.js";

type Question = StatusDoc["comms"]["questions"][number];
type Link = Answer<"/api/v1/incidents/{ref}/comms/links", "get">["links"][number];

function asker(q: Question): string {
  return q.from.kind === "person" ? q.from.handle : `${q.from.name} (by link)`;
}

function AnswerForm({ doc, question }: { doc: StatusDoc; question: Question }) {
  const action = useAction();
  const [text, setText] = useState("");
  return (
    <form
      className="inline-form"
      aria-label={`Answer ${asker(question)}`}
      onSubmit={(e) => {
        e.preventDefault();
        void action.run("POST", `/incidents/${String(doc.number)}/comms/questions/${question.id}/answer`, {
          text,
        });
      }}
    >
      <label>
        Answer
        <input
          value={text}
          maxLength={4000}
          onChange={(e) => {
            setText(e.target.value);
          }}
        />
      </label>
      <button type="submit" disabled={action.pending || text.trim() === ""}>
        Answer
      </button>
      <FormError error={action.error} />
    </form>
  );
}

/** Stakeholders' questions, kept out of the responders' channel; Comms or the Liaison answers. */
export function Questions({ doc, can }: { doc: StatusDoc; can: Abilities }) {
  const { questions } = doc.comms;
  if (questions.length === 0) return null;
  const mayAnswer = (q: Question) =>
    can.approveUpdates || (q.audience !== null && can.speakFor.includes(q.audience));
  return (
    <>
      <h3>Questions from stakeholders</h3>
      <ul className="questions">
        {questions.map((q) => (
          <li key={q.id}>
            <p>
              <strong>{asker(q)}</strong>
              {q.audience ? ` (${q.audience})` : ""}: {q.text}
            </p>
            {q.answer ? (
              <p className="muted">
                <Person handle={q.answer.by} /> answered: {q.answer.text}
              </p>
            ) : (
              mayAnswer(q) && <AnswerForm doc={doc} question={q} />
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Signed read-only links for stakeholder groups: given out, copied, revoked. */
export function CommsLinks({ doc, can }: { doc: StatusDoc; can: Abilities }) {
  const action = useAction();
  const [links, setLinks] = useState<Link[]>([]);
  const [audience, setAudience] = useState(can.speakFor[0] ?? doc.comms.audiences[0]?.name ?? "");
  const [label, setLabel] = useState("");
  const base = `/incidents/${String(doc.number)}/comms/links`;
  const load = useCallback(() => {
    void api<{ links: Link[] }>("GET", base).then(
      (r) => {
        setLinks(r.links.filter((l) => l.revokedAt === null));
      },
      () => undefined,
    );
  }, [base]);
  useEffect(load, [load]);
  const absolute = (url: string) => (url.startsWith("/") ? `${location.origin}${url}` : url);
  return (
    <>
      <h3>Read-only links</h3>
      <ul className="links">
        {links.map((l) => (
          <li key={l.id}>
            {l.label} ({l.audience}):{" "}
            <input readOnly value={absolute(l.url)} aria-label={`Link for ${l.label}`} />{" "}
            <button
              type="button"
              className="secondary"
              onClick={() => {
                void action.run("DELETE", `${base}/${l.id}`).then(load);
              }}
            >
              Revoke
            </button>
          </li>
        ))}
      </ul>
      <form
        className="inline-form"
        aria-label="Give out a read-only link"
        onSubmit={(e) => {
          e.preventDefault();
          void action.run("POST", base, { audience, label }).then((ok) => {
            if (ok) setLabel("");
            load();
          });
        }}
      >
        <label>
          For
          <select
            value={audience}
            onChange={(e) => {
              setAudience(e.target.value);
            }}
          >
            {doc.comms.audiences.map((a) => (
              <option key={a.name} value={a.name}>
                {a.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Given to
          <input
            value={label}
            maxLength={120}
            placeholder="e.g. Acme's support desk"
            onChange={(e) => {
              setLabel(e.target.value);
            }}
          />
        </label>
        <button type="submit" className="secondary" disabled={action.pending || label.trim() === ""}>
          Make a link
        </button>
      </form>
      <FormError error={action.error} />
    </>
  );
}
