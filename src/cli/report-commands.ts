import type { Command } from "commander";
import type { Answer } from "../contract/client.js";
import type { EventEnvelope } from "../domain/index.js";
import { describeEvent } from "../domain/index.js";
import type { Connection } from "./client.js";
import { CliError, EXIT, api } from "./client.js";
import type { CommandResult, Conn, Out, Post } from "./output.js";
import { inc, report } from "./output.js";

/** handover, accept, decline, withdraw. */
export function registerTransferCommands(program: Command, conn: Conn, out: Out, post: Post): void {
  program
    .command("handover")
    .description("offer a role (default: Incident Commander) to someone, with a briefing")
    .argument("<ref>")
    .argument("<to>", "who receives it")
    .option("--role <role>", "the role to hand over", "incident-commander")
    .option("--briefing <text>", "open hypotheses, what was ruled out, pending timers", "")
    .option("--json", "print JSON")
    .action(async (ref: string, to: string, o: { role: string; briefing: string; json?: boolean }) => {
      const result = await api<CommandResult & { offer: { id: string } | null }>(
        conn(),
        "POST",
        `${inc(ref)}/transfers`,
        { role: o.role, to, briefing: o.briefing },
      );
      if (o.json) {
        out.json(result);
        return;
      }
      out.line(
        `Offered ${o.role} to ${to}; offer id ${result.offer?.id ?? "?"} (they run: muster accept ${ref} ${result.offer?.id ?? ""})`,
      );
    });
  for (const verb of ["accept", "decline", "withdraw"] as const) {
    program
      .command(verb)
      .description(`${verb} a transfer offer`)
      .argument("<ref>")
      .argument("[id]", "offer id (default: the only offer addressed to you)")
      .option("--reason <text>")
      .option("--json", "print JSON")
      .action(async (ref: string, id: string | undefined, o: { reason?: string; json?: boolean }) => {
        const offerId = id ?? (await onlyOfferFor(conn(), ref));
        report(
          out,
          !!o.json,
          await post(`${inc(ref)}/transfers/${offerId}/${verb}`, o.reason ? { reason: o.reason } : undefined),
        );
      });
  }
}

async function onlyOfferFor(c: Connection, ref: string): Promise<string> {
  const me = (await api<Answer<"/api/v1/me", "get">>(c, "GET", "/api/v1/me")).handle;
  const { transfers } = await api<Answer<"/api/v1/incidents/{ref}/transfers", "get">>(
    c,
    "GET",
    `${inc(ref)}/transfers`,
  );
  const mine = transfers.filter((t) => t.to === me);
  if (mine.length !== 1) {
    throw new CliError(
      mine.length === 0
        ? "No open offer is addressed to you."
        : `Several offers are addressed to you (${mine.map((t) => t.id).join(", ")}); name one.`,
      EXIT.usage,
    );
  }
  return (mine[0] as { id: string }).id;
}

/** can, log, decide, status changes, update, timeline, org. */
export function registerReportCommands(program: Command, conn: Conn, out: Out, post: Post): void {
  program
    .command("can")
    .description("file a CAN report: conditions, actions, needs")
    .argument("<ref>")
    .requiredOption("-c, --conditions <text>")
    .requiredOption("-a, --actions <text>")
    .option("-n, --needs <text>", "what you need from command", "none")
    .option("--json", "print JSON")
    .action(
      async (ref: string, o: { conditions: string; actions: string; needs: string; json?: boolean }) => {
        report(
          out,
          !!o.json,
          await post(`${inc(ref)}/reports`, { conditions: o.conditions, actions: o.actions, needs: o.needs }),
        );
      },
    );

  program
    .command("log")
    .description("add a log entry")
    .argument("<ref>")
    .argument("<text...>")
    .option("--key", "mark as a key event")
    .option("--json", "print JSON")
    .action(async (ref: string, words: string[], o: { key?: boolean; json?: boolean }) => {
      report(out, !!o.json, await post(`${inc(ref)}/log`, { text: words.join(" "), key: !!o.key }));
    });

  program
    .command("say")
    .description("post a message to the incident channel")
    .argument("<ref>")
    .argument("<text...>")
    .option("--json", "print JSON")
    .action(async (ref: string, words: string[], o: { json?: boolean }) => {
      report(out, !!o.json, await post(`${inc(ref)}/messages`, { text: words.join(" ") }));
    });

  program
    .command("inbox")
    .description("your notifications (newest first); `inbox read <id>` marks one read")
    .argument("[action]", "read")
    .argument("[id]")
    .option("--unread", "only unread ones")
    .option("--json", "print JSON")
    .action(
      async (action: string | undefined, id: string | undefined, o: { unread?: boolean; json?: boolean }) => {
        if (action === "read" && id) {
          await api(conn(), "POST", `/api/v1/inbox/${encodeURIComponent(id)}/read`, undefined, "*/*");
          out.line("Marked read.");
          return;
        }
        if (action !== undefined) {
          throw new CliError("Use: muster inbox [--unread] | muster inbox read <id>", EXIT.usage);
        }
        const { items } = await api<Answer<"/api/v1/inbox", "get">>(
          conn(),
          "GET",
          `/api/v1/inbox${o.unread ? "?unread=true" : ""}`,
        );
        if (o.json) {
          out.json(items);
          return;
        }
        if (items.length === 0) {
          out.line("No notifications.");
          return;
        }
        for (const i of items) {
          out.line(`${i.readAt ? " " : "•"} ${i.createdAt}  ${i.title}: ${i.body}  (${i.id})`);
        }
      },
    );

  program
    .command("post-update")
    .description("post an update on the cadence (IC, Deputy or Comms Lead)")
    .argument("<ref>")
    .argument("<text...>")
    .option("--json", "print JSON")
    .action(async (ref: string, words: string[], o: { json?: boolean }) => {
      report(out, !!o.json, await post(`${inc(ref)}/updates`, { text: words.join(" ") }));
    });

  program
    .command("decide")
    .description("record a decision with its rationale")
    .argument("<ref>")
    .argument("<decision...>")
    .requiredOption("--why <rationale>")
    .option("--by <handle>", "who decided (default: you)")
    .option("--json", "print JSON")
    .action(async (ref: string, words: string[], o: { why: string; by?: string; json?: boolean }) => {
      report(
        out,
        !!o.json,
        await post(`${inc(ref)}/decisions`, {
          decision: words.join(" "),
          rationale: o.why,
          ...(o.by ? { decidedBy: o.by } : {}),
        }),
      );
    });

  const status = (name: string, description: string, to: string, extra: "summary" | "reason" | null) => {
    const cmd = program
      .command(name)
      .description(description)
      .argument("<ref>")
      .option("--json", "print JSON");
    if (extra) cmd.requiredOption(`--${extra} <text>`);
    if (to === "ended") cmd.option("--confirm", "end even with work in flight (it is closed on the record)");
    cmd.action(
      async (ref: string, o: { summary?: string; reason?: string; confirm?: boolean; json?: boolean }) => {
        report(
          out,
          !!o.json,
          await post(`${inc(ref)}/status`, {
            status: to,
            ...(o.summary ? { summary: o.summary } : {}),
            ...(o.reason ? { reason: o.reason } : {}),
            ...(o.confirm ? { confirm: true } : {}),
          }),
        );
      },
    );
  };
  status("stable", "mark the incident stable", "stable", null);
  status("active", "mark a stable incident active again", "active", null);
  status("end", "end the incident with a summary", "ended", "summary");
  status("reopen", "reopen an ended incident", "active", "reason");

  program
    .command("update")
    .description("change synopsis, severity, impact estimate or ETA")
    .argument("<ref>")
    .option("--synopsis <text>")
    .option("--severity <level>")
    .option("--impact <text>")
    .option("--eta <text>")
    .option("--reason <text>", "why (recorded with the change; give one when changing severity)")
    .option("--json", "print JSON")
    .action(
      async (
        ref: string,
        o: {
          synopsis?: string;
          severity?: string;
          impact?: string;
          eta?: string;
          reason?: string;
          json?: boolean;
        },
      ) => {
        const { json, ...fields } = o;
        report(out, !!json, await post(inc(ref), fields, "PATCH"));
      },
    );

  program
    .command("timeline")
    .description("the incident's events, oldest first")
    .argument("<ref>")
    .option("--after <seq>", "only events after this sequence number", "0")
    .option("--limit <n>", "at most this many", "200")
    .option("--json", "print JSON")
    .action(async (ref: string, o: { after: string; limit: string; json?: boolean }) => {
      const { events } = await api<{ events: EventEnvelope[] }>(
        conn(),
        "GET",
        `${inc(ref)}/timeline?after=${encodeURIComponent(o.after)}&limit=${encodeURIComponent(o.limit)}`,
      );
      if (o.json) {
        out.json(events);
        return;
      }
      for (const e of events) out.line(`${e.seq}\t${e.at}\t${describeEvent(e)}`);
    });

  program
    .command("org")
    .description("the org tree, with span-of-control warnings")
    .argument("<ref>")
    .option("--at <time>", "the tree as it was at this ISO time")
    .option("--seq <n>", "the tree as it was after this event")
    .option("--json", "print JSON")
    .action(async (ref: string, o: { at?: string; seq?: string; json?: boolean }) => {
      const q = new URLSearchParams({
        ...(o.at ? { at: o.at } : {}),
        ...(o.seq ? { seq: o.seq } : {}),
      }).toString();
      const path = `${inc(ref)}/org${q ? `?${q}` : ""}`;
      if (o.json) {
        out.json(await api(conn(), "GET", path));
        return;
      }
      out.line((await api<string>(conn(), "GET", path, undefined, "text/plain")).trimEnd());
    });
}
