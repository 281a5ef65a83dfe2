import type { Actor, Muster } from "../../app/muster.js";
import type { Command, StatusDoc } from "../../domain/index.js";
import { DomainError, parseRole } from "../../domain/index.js";
import type { ReadStore } from "../../storage/read-store.js";
import type { ChatAdapter, ChatMessage, ChatReply } from "./adapter.js";
import type { ChatIntent, Mention } from "./domain/parse.js";
import { USAGE, UsageError } from "./domain/parse.js";
import { docMessage, incidentTitle } from "./domain/render.js";
import { canForm, declareForm, handoverForm } from "./forms.js";
import type { ChatPeople } from "./people.js";

/** What running a command needs: who, where, and the services behind the one write path. */
export type CommandContext = {
  adapter: ChatAdapter;
  muster: Muster;
  reads: ReadStore;
  people: ChatPeople;
  actor: Actor;
  /** The platform user acting (forms are opened for them). */
  user: string;
  channel: string;
  trigger: string | null;
  /** The incident the command is about (named, or the channel's), if any. */
  incidentId: string | null;
  roomUrl: (doc: StatusDoc) => string | null;
  nameOf: (handle: string) => string;
};

/** A private answer. */
export function whisper(text: string, extra: Partial<ChatMessage> = {}): ChatReply {
  return { kind: "whisper", message: { text, ...extra } };
}

/** Runs one `/incident` intent through the write path; refusals come back as the API words them. */
export async function runIntent(ctx: CommandContext, intent: ChatIntent): Promise<ChatReply> {
  switch (intent.verb) {
    case "help":
      return whisper(`Muster commands:\n${Object.values(USAGE).join("\n")}`);
    case "declare":
      return declare(ctx, intent);
    default:
      return onIncident(ctx, intent);
  }
}

async function declare(
  ctx: CommandContext,
  intent: Extract<ChatIntent, { verb: "declare" }>,
): Promise<ChatReply> {
  if (intent.synopsis === null) {
    if (ctx.trigger === null) throw new UsageError(USAGE.declare);
    await ctx.adapter.openForm(
      ctx.trigger,
      declareForm(
        ctx.muster.config.severities.map((s) => s.level),
        ctx.channel,
        ctx.user,
      ),
    );
    return { kind: "none" };
  }
  const outcome = await ctx.muster.declare(ctx.actor, {
    synopsis: intent.synopsis,
    ...(intent.severity ? { severity: intent.severity } : {}),
  });
  return whisper(
    `Declared ${incidentTitle(outcome.doc)} (${outcome.doc.severity}); you are its Incident Commander. Its channel is being set up.`,
  );
}

async function onIncident(
  ctx: CommandContext,
  intent: Exclude<ChatIntent, { verb: "help" | "declare" }>,
): Promise<ChatReply> {
  const id = ctx.incidentId;
  if (id === null) {
    throw new UsageError(
      "Run this in an incident's channel, or name the incident first: /incident 42 status.",
    );
  }
  const run = async (cmd: Command): Promise<StatusDoc> => (await ctx.muster.execute(ctx.actor, id, cmd)).doc;
  switch (intent.verb) {
    case "status": {
      const found = await ctx.reads.findVisible(id, ctx.actor);
      if (!found) throw new UsageError("No such incident, or it is restricted.");
      return { kind: "whisper", message: docMessage(found.doc, ctx.nameOf, ctx.roomUrl(found.doc)) };
    }
    case "checkin": {
      const doc = await run({
        type: "check-in",
        person: ctx.actor.handle,
        ...(intent.skills.length ? { skills: intent.skills } : {}),
      });
      return whisper(
        `You are checked in to ${incidentTitle(doc)}. Wait in staging until the IC assigns you.`,
      );
    }
    case "can":
      if (intent.report === null) return form(ctx, canForm(id, ctx.channel, ctx.user));
      await run({ type: "report-can", ...intent.report });
      return whisper("CAN filed.");
    case "assign": {
      const person = await handleOf(ctx, intent.person);
      await run({ type: "assign", person, ...(intent.role ? { role: parseRole(intent.role) } : {}) });
      return whisper(`${ctx.nameOf(person)} assigned.`);
    }
    case "role": {
      const person = await handleOf(ctx, intent.person);
      await run({ type: "fill-role", role: parseRole(intent.role), person });
      return whisper(`${ctx.nameOf(person)} is now ${intent.role}.`);
    }
    case "handover": {
      if (intent.person === null || intent.briefing === null) {
        return form(ctx, handoverForm(id, ctx.channel, ctx.user));
      }
      const to = await handleOf(ctx, intent.person);
      await run({ type: "offer-transfer", role: parseRole(intent.role), to, notes: intent.briefing });
      return whisper(`Offered ${intent.role} to ${ctx.nameOf(to)}; they accept with /incident accept.`);
    }
    case "accept": {
      const offer = intent.id ?? (await onlyOfferFor(ctx, id));
      await run({ type: "accept-transfer", id: offer });
      return whisper("Accepted: the role is yours.");
    }
    case "update":
      await run({
        type: "update",
        [intent.field]: intent.value,
        ...(intent.reason ? { reason: intent.reason } : {}),
      });
      return whisper(`Updated ${intent.field}.`);
    case "end": {
      try {
        const doc = await run({
          type: "set-status",
          status: "ended",
          summary: intent.summary,
          confirm: intent.confirm,
        });
        return whisper(`${incidentTitle(doc)} has ended.`);
      } catch (error) {
        if (!(error instanceof DomainError) || error.code !== "WORK_IN_FLIGHT") throw error;
        return whisper(`${error.message} To end anyway: /incident end --confirm ${intent.summary}`);
      }
    }
  }
}

async function form(ctx: CommandContext, f: Parameters<ChatAdapter["openForm"]>[1]): Promise<ChatReply> {
  if (ctx.trigger === null) throw new UsageError("This needs a form, which this command cannot open here.");
  await ctx.adapter.openForm(ctx.trigger, f);
  return { kind: "none" };
}

/** The Muster handle of someone named in a command. */
export async function handleOf(
  ctx: Pick<CommandContext, "people" | "adapter">,
  who: Mention,
): Promise<string> {
  if ("name" in who) {
    const external = ctx.adapter.userByName ? await ctx.adapter.userByName(who.name) : null;
    if (external === null) return who.name;
    return handleOfUser(ctx, external);
  }
  return handleOfUser(ctx, who.user);
}

async function handleOfUser(
  ctx: Pick<CommandContext, "people" | "adapter">,
  external: string,
): Promise<string> {
  const person = await ctx.people.of(external);
  if (person.kind === "unknown") {
    throw new UsageError(
      `That ${ctx.adapter.label} user is not linked to anyone in Muster; an admin can link them (muster chat link ${ctx.adapter.provider} ${external} <handle>).`,
    );
  }
  return person.user.handle;
}

async function onlyOfferFor(ctx: CommandContext, incidentId: string): Promise<string> {
  const found = await ctx.reads.findVisible(incidentId, ctx.actor);
  const mine = found?.doc.transfers.filter((t) => t.to === ctx.actor.handle) ?? [];
  const [only] = mine;
  if (mine.length !== 1 || !only) {
    throw new DomainError(
      "TRANSFER_NOT_FOUND",
      mine.length === 0
        ? "No open offer is addressed to you."
        : `Several offers are addressed to you (${mine.map((t) => t.id).join(", ")}); name one.`,
      "id",
    );
  }
  return only.id;
}
