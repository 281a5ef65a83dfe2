import type { Postmortem, PostmortemEnvelope } from "./model.js";

/** Folds one postmortem event into its state (null before it was created). */
export function evolvePostmortem(p: Postmortem | null, e: PostmortemEnvelope): Postmortem {
  if (e.type === "postmortem.created") {
    return {
      ...e.data,
      stage: "draft",
      version: e.version,
      revisions: [{ version: e.version, by: e.actor, at: e.at }],
      comments: [],
      approvals: [],
      createdAt: e.at,
      updatedAt: e.at,
      publishedAt: null,
      publishedBy: null,
      acceptedFlags: null,
      reminded: {},
    };
  }
  if (p === null) throw new Error(`${e.type} before postmortem.created`);
  const next: Postmortem = { ...p, version: e.version, updatedAt: e.at };
  switch (e.type) {
    case "postmortem.edited":
      // An edit in review asks the reviewers again: they approved the earlier text.
      return {
        ...next,
        markdown: e.data.markdown,
        revisions: [...p.revisions, { version: e.version, by: e.actor, at: e.at }],
        approvals: [],
      };
    case "postmortem.commented":
      return { ...next, comments: [...p.comments, e.data] };
    case "postmortem.comment-resolved":
      return {
        ...next,
        comments: p.comments.map((c) => {
          if (c.id !== e.data.id) return c;
          if (e.data.resolved) return { ...c, resolved: { by: e.actor, at: e.at } };
          // Reopened: the thread has no resolution at all (not one set to undefined).
          const open = { ...c };
          delete open.resolved;
          return open;
        }),
      };
    case "postmortem.reassigned":
      return { ...next, owner: e.data.to };
    case "postmortem.submitted":
      return { ...next, stage: "in-review" };
    case "postmortem.approved":
      return { ...next, approvals: [...p.approvals, e.data.by] };
    case "postmortem.published":
      return {
        ...next,
        stage: "published",
        publishedAt: e.at,
        publishedBy: e.actor,
        acceptedFlags: e.data.acceptedFlags,
      };
    case "postmortem.reminded":
      return { ...next, reminded: { ...p.reminded, [e.data.step]: e.at } };
  }
}

/** One line per postmortem event, for its history. */
export function describePostmortemEvent(e: PostmortemEnvelope): string {
  switch (e.type) {
    case "postmortem.created":
      return `Drafted from the record of ${e.data.incidentName} (#${String(e.data.incidentNumber)}); owner ${e.data.owner}`;
    case "postmortem.edited":
      return `${e.actor} saved version ${String(e.version)}`;
    case "postmortem.commented":
      return e.data.replyTo
        ? `${e.actor} replied on "${e.data.section}": ${e.data.text}`
        : `${e.actor} commented on "${e.data.section}": ${e.data.text}`;
    case "postmortem.comment-resolved":
      return e.data.resolved
        ? `${e.actor} resolved a comment thread`
        : `${e.actor} reopened a comment thread`;
    case "postmortem.reassigned":
      return `${e.actor} handed the postmortem from ${e.data.from} to ${e.data.to}`;
    case "postmortem.submitted":
      return `${e.actor} sent it for review`;
    case "postmortem.approved":
      return `${e.data.by} approved it`;
    case "postmortem.published":
      return `${e.actor} published it${e.data.acceptedFlags ? ` keeping ${String(e.data.acceptedFlags.count)} flagged sentence(s): ${e.data.acceptedFlags.reason}` : ""}`;
    case "postmortem.reminded":
      return `Reminded ${e.data.to.join(", ")}: the ${e.data.step} was due ${e.data.dueAt}`;
  }
}
