import { DomainError, ensure } from "../../../domain/errors.js";
import type { Handle } from "../../../domain/events.js";
import { blameFlags } from "./blameless.js";
import type { Comment, Postmortem, PostmortemCommand, PostmortemEvent } from "./model.js";

/** Who may act on a postmortem besides its participants: admins. */
export type PostmortemContext = { actor: Handle; isAdmin: boolean; now: Date; newId: () => string };

function requireParticipant(p: Postmortem, ctx: PostmortemContext, action: string): void {
  ensure(
    ctx.isAdmin || p.owner === ctx.actor || p.participants.includes(ctx.actor),
    "NOT_A_RESPONDER",
    `Only those who were in the response of ${p.incidentName}, or an admin, can ${action}.`,
  );
}

function commentOf(p: Postmortem, id: string): Comment {
  const c = p.comments.find((x) => x.id === id);
  if (!c) {
    throw new DomainError("COMMENT_NOT_FOUND", `There is no comment ${id} on this postmortem.`, "replyTo");
  }
  return c;
}

function requireOwner(p: Postmortem, ctx: PostmortemContext, action: string): void {
  if (!(p.owner === ctx.actor || ctx.isAdmin)) {
    throw new DomainError(
      "NOT_POSTMORTEM_OWNER",
      `Only ${p.owner}, who owns this postmortem, can ${action}.`,
    );
  }
}

function requireStage(p: Postmortem, stages: Postmortem["stage"][], action: string): void {
  ensure(
    stages.includes(p.stage),
    "POSTMORTEM_STAGE",
    `The postmortem is ${p.stage}; it must be ${stages.join(" or ")} to ${action}.`,
  );
}

/** Everyone the blameless check should recognise as a person in this postmortem. */
export function peopleOf(p: Postmortem): Handle[] {
  return [...new Set([p.owner, ...p.participants])];
}

/** A postmortem command plus its current state gives events, or throws a DomainError. */
export function decidePostmortem(
  p: Postmortem,
  cmd: PostmortemCommand,
  ctx: PostmortemContext,
): PostmortemEvent[] {
  switch (cmd.type) {
    case "edit":
      requireParticipant(p, ctx, "edit the postmortem");
      requireStage(p, ["draft", "in-review"], "edit it");
      ensure(
        cmd.baseVersion === p.version,
        "VERSION_CONFLICT",
        `Someone saved the postmortem since you opened it (version ${String(p.version)}, yours ${String(cmd.baseVersion)}); reload, merge your text and save again.`,
        "baseVersion",
      );
      ensure(cmd.markdown !== p.markdown, "NOTHING_TO_UPDATE", "The text is unchanged.", "markdown");
      return [{ type: "postmortem.edited", data: { markdown: cmd.markdown } }];
    case "comment": {
      requireParticipant(p, ctx, "comment");
      // Threads are one level deep: a reply to a reply joins the thread's first comment.
      const parent = cmd.replyTo === undefined ? undefined : commentOf(p, cmd.replyTo);
      const root = parent?.replyTo ?? parent?.id;
      return [
        {
          type: "postmortem.commented",
          data: {
            id: ctx.newId(),
            section: parent?.section ?? cmd.section,
            by: ctx.actor,
            at: ctx.now.toISOString(),
            text: cmd.text,
            ...(root ? { replyTo: root } : {}),
          },
        },
      ];
    }
    case "resolve-comment": {
      requireParticipant(p, ctx, "resolve comments");
      const c = commentOf(p, cmd.id);
      ensure(
        c.replyTo === undefined,
        "COMMENT_NOT_FOUND",
        "Resolve the thread through its first comment.",
        "id",
      );
      ensure(
        (c.resolved !== undefined) !== cmd.resolved,
        "NOTHING_TO_UPDATE",
        cmd.resolved ? "That thread is resolved already." : "That thread is open already.",
      );
      return [{ type: "postmortem.comment-resolved", data: { id: c.id, resolved: cmd.resolved } }];
    }
    case "reassign":
      requireOwner(p, ctx, "hand the postmortem to someone else");
      ensure(cmd.owner !== p.owner, "NOTHING_TO_UPDATE", `${cmd.owner} owns it already.`, "owner");
      return [{ type: "postmortem.reassigned", data: { from: p.owner, to: cmd.owner } }];
    case "submit":
      requireOwner(p, ctx, "send the postmortem for review");
      requireStage(p, ["draft"], "send it for review");
      return [{ type: "postmortem.submitted", data: {} }];
    case "approve":
      requireParticipant(p, ctx, "approve the postmortem");
      requireStage(p, ["in-review"], "approve it");
      ensure(
        ctx.actor !== p.owner,
        "POSTMORTEM_STAGE",
        "The owner cannot be their own reviewer; ask someone who was in the response.",
      );
      ensure(!p.approvals.includes(ctx.actor), "POSTMORTEM_STAGE", "You approved this version already.");
      return [{ type: "postmortem.approved", data: { by: ctx.actor } }];
    case "publish": {
      requireOwner(p, ctx, "publish the postmortem");
      requireStage(p, ["in-review"], "publish it");
      ensure(
        p.approvals.some((a) => a !== p.owner),
        "POSTMORTEM_STAGE",
        "Publishing needs one reviewer's approval besides the owner's.",
      );
      const flags = blameFlags(p.markdown, peopleOf(p));
      const reason = cmd.acceptFlags?.reason.trim() ?? "";
      if (flags.length > 0 && reason === "") {
        throw new DomainError(
          "BLAME_FLAGGED",
          `${String(flags.length)} sentence(s) read as blame: ${flags
            .slice(0, 3)
            .map((f) => `"${f.sentence}" (${f.message})`)
            .join("; ")}. Reframe them, or publish with a reason for keeping them.`,
          "markdown",
        );
      }
      return [
        {
          type: "postmortem.published",
          data: { acceptedFlags: flags.length > 0 ? { count: flags.length, reason } : null },
        },
      ];
    }
    case "remind": {
      if (p.stage === "published" || p.reminded[cmd.step] !== undefined) return [];
      // A draft already sent for review is not late as a draft.
      if (cmd.step === "draft" && p.stage !== "draft") return [];
      const dueAt = p.schedule[cmd.step];
      if (Date.parse(dueAt) > ctx.now.getTime()) return [];
      const to = [...new Set([p.owner, p.commander])];
      return [{ type: "postmortem.reminded", data: { step: cmd.step, dueAt, to } }];
    }
  }
}
