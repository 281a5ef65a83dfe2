import { useEffect, useState } from "react";
import type { Act, Me, Offer, StatusDoc } from "../api.js";
import { api } from "../api.js";
import { Person } from "../badges.js";
import { roleName } from "../logic/next-actions.js";
import { Modal } from "../ui/Modal.js";
import { Snapshot } from "./Snapshot.js";

/** A briefing the new holder keeps pinned until they dismiss it. */
export type PinnedBriefing = {
  offerId: string;
  role: string;
  from: string | null;
  notes: string;
  snapshot: string;
};

// Per person too: a shared browser must not show one person's briefing to the next.
const pinKey = (incident: string, handle: string): string => `muster.briefing.${incident}.${handle}`;

/** The briefing pinned for this incident and person in this browser, if any (it survives a reload). */
export function usePinnedBriefing(
  incident: string,
  handle: string,
): [PinnedBriefing | null, (b: PinnedBriefing | null) => void] {
  const [pinned, setPinned] = useState<PinnedBriefing | null>(() => {
    try {
      const raw = localStorage.getItem(pinKey(incident, handle));
      return raw ? (JSON.parse(raw) as PinnedBriefing) : null;
    } catch {
      return null;
    }
  });
  const set = (b: PinnedBriefing | null): void => {
    if (b) localStorage.setItem(pinKey(incident, handle), JSON.stringify(b));
    else localStorage.removeItem(pinKey(incident, handle));
    setPinned(b);
  };
  return [pinned, set];
}

/**
 * An offer made to me opens as a focused dialog wherever I am in the room: who offers which role
 * (by its human name), their briefing and the status at the offer; accept, decline or answer
 * later (the offer stays in "your next actions"). Accepting pins the briefing.
 */
export function OfferDialog({
  doc,
  me,
  act,
  onAccepted,
  reopen,
}: {
  doc: StatusDoc;
  me: Me;
  act: Act;
  onAccepted: (briefing: PinnedBriefing) => void;
  /** Changes when "your next actions" asks to see the offer again. */
  reopen: number;
}) {
  const [offers, setOffers] = useState<Offer[]>([]);
  const [later, setLater] = useState<ReadonlySet<string>>(new Set());
  const pending = doc.transfers
    .filter((t) => t.to === me.handle)
    .map((t) => t.id)
    .join(",");
  useEffect(() => {
    if (pending === "") {
      setOffers([]);
      return;
    }
    void api<{ transfers: Offer[] }>("GET", `/incidents/${String(doc.number)}/transfers`).then((r) => {
      setOffers(r.transfers.filter((o) => o.to === me.handle));
    });
  }, [doc.number, pending, me.handle]);
  useEffect(() => {
    if (reopen > 0) setLater(new Set());
  }, [reopen]);
  const offer = offers.find((o) => !later.has(o.id));
  if (!offer) return null;
  const role = roleName(doc, offer.role);
  const answer = async (verb: "accept" | "decline"): Promise<void> => {
    if (!(await act("POST", `/transfers/${offer.id}/${verb}`))) return;
    if (verb === "accept") {
      onAccepted({
        offerId: offer.id,
        role,
        from: offer.from,
        notes: offer.briefing.notes,
        snapshot: offer.briefing.snapshot,
      });
    }
    setOffers((list) => list.filter((o) => o.id !== offer.id));
  };
  return (
    <Modal
      open
      onOpenChange={(open) => {
        if (!open) setLater(new Set([...later, offer.id]));
      }}
      title={`Offer of the ${role} role`}
    >
      <p>
        {offer.from ? <Person handle={offer.from} /> : "Command"} offers you the <strong>{role}</strong> role.
      </p>
      <h3>Briefing</h3>
      <p className="briefing-notes">{offer.briefing.notes || "No notes were given."}</p>
      <details>
        <summary>The status at the offer</summary>
        <Snapshot markdown={offer.briefing.snapshot} />
      </details>
      <div className="buttons">
        <button onClick={() => void answer("accept")}>Accept</button>
        <button className="secondary" onClick={() => void answer("decline")}>
          Decline
        </button>
        <button
          className="link"
          onClick={() => {
            setLater(new Set([...later, offer.id]));
          }}
        >
          Answer later
        </button>
      </div>
    </Modal>
  );
}

/** The briefing of the command I accepted, pinned at the top until I dismiss it. */
export function PinnedBriefingPanel({
  briefing,
  dismiss,
}: {
  briefing: PinnedBriefing;
  dismiss: () => void;
}) {
  return (
    <section className="panel pinned-briefing" aria-label="Your briefing">
      <h2>Your briefing as {briefing.role}</h2>
      <p>
        From {briefing.from ? <Person handle={briefing.from} /> : "command"}: {briefing.notes || "no notes."}
      </p>
      <details>
        <summary>The status when it was offered</summary>
        <Snapshot markdown={briefing.snapshot} />
      </details>
      <button className="secondary" onClick={dismiss}>
        Dismiss the briefing
      </button>
    </section>
  );
}
