import { useEffect, useState } from "react";
import type { Act, Me, StatusDoc } from "./api.js";
import { apiText } from "./api.js";
import { Person } from "./badges.js";
import { roleName } from "./logic/next-actions.js";
import { Snapshot } from "./room/Snapshot.js";
import { QualificationAdvice } from "./ui/Qualification.js";

/** The IC hands over command with a briefing; the receiver sees it and accepts or declines. */
export function Handover({
  doc,
  me,
  people,
  mayOffer,
  act,
  incident,
}: {
  doc: StatusDoc;
  me: Me;
  people: string[];
  mayOffer: boolean;
  act: Act;
  incident: string;
}) {
  const [to, setTo] = useState("");
  const [notes, setNotes] = useState("");
  const [open, setOpen] = useState(false);
  const [preview, setPreview] = useState("");
  useEffect(() => {
    if (open) void apiText(`/incidents/${incident}`, "text/markdown").then(setPreview);
  }, [open, incident, doc.seq]);
  const mine = doc.transfers.filter((o) => o.to === me.handle);
  const candidates = people.filter((p) => p !== me.handle);
  if (mine.length === 0 && doc.transfers.length === 0 && !mayOffer) return null;
  return (
    <section className="panel" aria-label="Handover" id="handover" tabIndex={-1}>
      <h2>Handover</h2>
      {mine.map((o) => (
        <p key={o.id}>
          <Person handle={o.offeredBy} /> offers you the {roleName(doc, o.role)} role: answer in the offer
          dialog (your next actions open it).
        </p>
      ))}
      {doc.transfers
        .filter((t) => t.to !== me.handle)
        .map((t) => (
          <p key={t.id}>
            {roleName(doc, t.role)} offered to <Person handle={t.to} />, waiting for an answer{" "}
            {(t.offeredBy === me.handle || t.from === me.handle || mayOffer) && (
              <button
                className="link"
                aria-label={`Withdraw the offer to ${t.to}`}
                onClick={() => void act("POST", `/transfers/${t.id}/withdraw`)}
              >
                withdraw
              </button>
            )}
          </p>
        ))}
      {mayOffer && !open && (
        <button
          onClick={() => {
            setOpen(true);
          }}
          disabled={candidates.length === 0}
        >
          Hand over command
        </button>
      )}
      {open && (
        <form
          aria-label="Hand over command"
          onSubmit={(e) => {
            e.preventDefault();
            void act("POST", "/transfers", {
              role: "incident-commander",
              to: to || candidates[0],
              briefing: notes,
            }).then((ok) => {
              if (ok) setOpen(false);
            });
          }}
        >
          <label>
            To
            <select
              value={to || candidates[0]}
              onChange={(e) => {
                setTo(e.target.value);
              }}
            >
              {candidates.map((p) => (
                <option key={p}>{p}</option>
              ))}
            </select>
          </label>
          <QualificationAdvice person={to || candidates[0] || ""} role="incident-commander" />
          <label>
            Briefing (open hypotheses, what was ruled out, pending timers)
            <textarea
              value={notes}
              onChange={(e) => {
                setNotes(e.target.value);
              }}
            />
          </label>
          <details open>
            <summary>The status snapshot that goes with your notes</summary>
            {preview ? <Snapshot markdown={preview} /> : <p className="muted">Loading…</p>}
          </details>
          <button type="submit">Offer command</button>
        </form>
      )}
    </section>
  );
}
