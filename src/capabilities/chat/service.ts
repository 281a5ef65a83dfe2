import type { Actor, Muster } from "../../app/muster.js";
import type { EventEnvelope, StatusDoc } from "../../domain/index.js";
import { DomainError } from "../../domain/index.js";
import type { Log } from "../../log.js";
import { HttpProblem } from "../../http/problem.js";
import type { ReadStore } from "../../storage/read-store.js";
import type { UserStore } from "../../storage/users.js";
import { storageFault } from "../../storage/faults.js";
import type { ChatAdapter, ChatInput, ChatReply } from "./adapter.js";
import type { CommandContext } from "./commands.js";
import { runIntent, whisper } from "./commands.js";
import { UsageError, parseCommand } from "./domain/parse.js";
import { incidentTitle } from "./domain/render.js";
import type { ChatPeople } from "./people.js";
import type { ChatStore } from "./store.js";
import { clean } from "./bodies.js";

/** What a platform's chat needs: the write path, reads, its tables and people, the clock. */
export type ChatDeps = {
  store: ChatStore;
  users: UserStore;
  muster: Muster;
  reads: ReadStore;
  clock: () => Date;
  log: Log;
  publicUrl: string | undefined;
};

export type ChatServiceDeps = ChatDeps & { people: ChatPeople };

/** How long a person is left alone after a prompt (to link their account, to check in). */
const PROMPT_QUIET_MS = 10 * 60_000;

/**
 * What people do in chat, carried out through the one write path: commands, channel messages
 * (onto the timeline, with the freelancing prompt), buttons and forms. Platform-neutral: each
 * adapter turns its payloads into `ChatInput` and renders the `ChatReply`.
 */
export class ChatService {
  private readonly prompted = new Map<string, number>();

  constructor(
    readonly adapter: ChatAdapter,
    private readonly deps: ChatServiceDeps,
  ) {}

  /** Handles one input; refusals become private replies worded as the API words them. */
  async handle(input: ChatInput): Promise<ChatReply> {
    try {
      return await this.dispatch(input);
    } catch (error) {
      return this.refusal(error, input);
    }
  }

  private async dispatch(input: ChatInput): Promise<ChatReply> {
    if (input.kind === "message") return this.message(input);
    const person = await this.deps.people.of(input.user);
    if (person.kind === "unknown") return this.linkPrompt(input.user, person.email);
    if (person.kind === "read-only") {
      return whisper(`Your Muster account (${person.user.handle}) can read incidents but not act in them.`);
    }
    const ctx = await this.context(
      person.actor,
      input.user,
      input.channel,
      input.kind === "command" ? input.trigger : null,
    );
    switch (input.kind) {
      case "command": {
        const parsed = parseCommand(input.text);
        const named = parsed.incident
          ? await this.deps.reads.idForNumber(Number(parsed.incident))
          : undefined;
        if (parsed.incident && named === undefined) {
          throw new DomainError("INCIDENT_NOT_FOUND", "No such incident.");
        }
        return runIntent({ ...ctx, incidentId: named ?? ctx.incidentId }, parsed.intent);
      }
      case "action":
        return this.action(ctx, input);
      case "form":
        return this.form(ctx, input);
    }
  }

  private async context(
    actor: Actor,
    user: string,
    channel: string,
    trigger: string | null,
  ): Promise<CommandContext> {
    const incidentId = (await this.deps.store.incidentIn(this.adapter.provider, channel)) ?? null;
    return {
      adapter: this.adapter,
      muster: this.deps.muster,
      reads: this.deps.reads,
      people: this.deps.people,
      actor,
      user,
      channel,
      trigger,
      incidentId,
      roomUrl: (doc) => this.roomUrl(doc),
      nameOf: await this.deps.people.names(),
    };
  }

  /** The incident's room in the Command Post, when Muster knows its public address. */
  roomUrl(doc: Pick<StatusDoc, "number">): string | null {
    return this.deps.publicUrl ? `${this.deps.publicUrl}/#/incidents/${String(doc.number)}` : null;
  }

  private async message(input: Extract<ChatInput, { kind: "message" }>): Promise<ChatReply> {
    const { store } = this.deps;
    const provider = this.adapter.provider;
    const incidentId = await store.incidentIn(provider, input.channel);
    if (incidentId === undefined || (await store.handled(provider, input.key))) return { kind: "none" };
    const person = await this.deps.people.of(input.user);
    if (person.kind !== "person") {
      await store.markHandled(provider, input.key, this.deps.clock());
      if (!this.quiet(`link:${input.user}`)) return { kind: "none" };
      return person.kind === "unknown"
        ? this.linkPrompt(input.user, person.email)
        : whisper("Your Muster account can read this incident but not post to its timeline.");
    }
    const outcome = await this.deps.muster.execute(person.actor, incidentId, {
      type: "post-message",
      text: clean(input.text),
      via: { chat: provider, id: input.id, thread: input.thread, edits: input.edits },
    });
    await store.markHandled(provider, input.key, this.deps.clock());
    return this.afterMessage(outcome.events, outcome.doc, input.user, incidentId);
  }

  private afterMessage(events: EventEnvelope[], doc: StatusDoc, user: string, incidentId: string): ChatReply {
    const posted = events.find((e) => e.type === "message.posted");
    if (posted?.type === "message.posted" && posted.data.freelancing) {
      if (!this.quiet(`freelance:${incidentId}:${user}`)) return { kind: "none" };
      return whisper(
        `You are not checked in to ${incidentTitle(doc)}, so your message is marked as freelancing. Check in, then wait for the IC to assign you.`,
        { buttons: [{ label: "Check in", action: "check-in", value: incidentId, primary: true }] },
      );
    }
    if (events.some((e) => e.type === "channel.sidelined")) {
      return whisper("The channel is in quiet mode: your message went to the side thread for the Liaison.");
    }
    return { kind: "none" };
  }

  private async action(
    ctx: CommandContext,
    input: Extract<ChatInput, { kind: "action" }>,
  ): Promise<ChatReply> {
    if (input.action === "check-in") {
      const outcome = await this.deps.muster.execute(ctx.actor, input.value, {
        type: "check-in",
        person: ctx.actor.handle,
      });
      return whisper(
        `You are checked in to ${incidentTitle(outcome.doc)}. Wait in staging until the IC assigns you.`,
      );
    }
    const [incidentId = "", offer = ""] = input.value.split(":");
    await this.deps.muster.execute(ctx.actor, incidentId, { type: "accept-transfer", id: offer });
    return whisper("Accepted: the role is yours.");
  }

  private async form(ctx: CommandContext, input: Extract<ChatInput, { kind: "form" }>): Promise<ChatReply> {
    const v = input.values;
    switch (input.form) {
      case "declare":
        return runIntent(ctx, { verb: "declare", severity: v.severity ?? null, synopsis: v.synopsis ?? "" });
      case "can":
        return runIntent(
          { ...ctx, incidentId: input.context },
          {
            verb: "can",
            report: { conditions: v.conditions ?? "", actions: v.actions ?? "", needs: v.needs || "none" },
          },
        );
      case "handover":
        return runIntent(
          { ...ctx, incidentId: input.context },
          {
            verb: "handover",
            person: { user: v.to ?? "" },
            role: v.role ?? "incident-commander",
            briefing: v.briefing ?? "",
          },
        );
    }
  }

  private linkPrompt(user: string, email: string | null): ChatReply {
    return whisper(
      `Muster does not know who you are${email ? `: no active person has the email ${email}` : ""}. Ask a Muster admin to link your ${this.adapter.label} account: muster chat link ${this.adapter.provider} ${user} <your handle>.`,
    );
  }

  /** True (and remembered) when `key` was not prompted in the last ten minutes. */
  private quiet(key: string): boolean {
    const now = this.deps.clock().getTime();
    const last = this.prompted.get(key);
    if (last !== undefined && now - last < PROMPT_QUIET_MS) return false;
    this.prompted.set(key, now);
    if (this.prompted.size > 10_000) this.prompted.clear();
    return true;
  }

  private refusal(error: unknown, input: ChatInput): ChatReply {
    if (error instanceof UsageError) return whisper(error.message);
    if (error instanceof DomainError || error instanceof HttpProblem) {
      if (input.kind === "form" && error.field) {
        return { kind: "form-errors", errors: { [error.field]: error.message } };
      }
      return whisper(error.message);
    }
    if (storageFault(error) && input.kind !== "message") {
      this.deps.log.warn({ err: error }, "chat: storage unavailable");
      return whisper(
        "Muster cannot save anything just now (its database is unavailable); nothing was recorded. Try again in a moment.",
      );
    }
    // A message must not be acknowledged unsaved: the platform retries it.
    throw error;
  }
}
