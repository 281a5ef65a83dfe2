import type { Notice } from "../../../domain/notices.js";
import { describePostmortemEvent } from "./fold.js";
import type { Postmortem, PostmortemEnvelope } from "./model.js";

function recipients(p: Postmortem, e: PostmortemEnvelope): string[] {
  switch (e.type) {
    case "postmortem.created":
    case "postmortem.approved":
      return [p.owner];
    case "postmortem.commented":
      // A reply reaches the thread's people as well as the owner.
      return [
        p.owner,
        ...p.comments
          .filter((c) => c.id === e.data.replyTo || (e.data.replyTo && c.replyTo === e.data.replyTo))
          .map((c) => c.by),
      ];
    case "postmortem.comment-resolved":
      return p.comments.filter((c) => c.id === e.data.id).map((c) => c.by);
    case "postmortem.reassigned":
      return [e.data.to, e.data.from];
    case "postmortem.submitted":
      return p.participants;
    case "postmortem.published":
      return [...p.participants, p.commander];
    case "postmortem.reminded":
      return e.data.to;
    case "postmortem.edited":
      return [];
  }
}

/**
 * Who is told of a postmortem event (the owner of a new one, reviewers when it is ready, the
 * owner and the last IC when a step is overdue), written to the outbox with the event.
 */
export function postmortemNotices(p: Postmortem, e: PostmortemEnvelope): Notice[] {
  return [...new Set(recipients(p, e))]
    .filter((r) => r !== e.actor)
    .map((recipient) => ({
      recipient,
      seq: e.version,
      kind: e.type,
      title: `Postmortem: ${p.incidentName} (#${String(p.incidentNumber)})`,
      body: describePostmortemEvent(e),
    }));
}
