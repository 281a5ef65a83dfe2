import type { Command } from "commander";
import { CliError, EXIT, api } from "../../cli/client.js";
import type { Conn, Out, Post } from "../../cli/output.js";
import { inc, report } from "../../cli/output.js";
import type { ListedFollowUp } from "./store.js";

type Json = { json?: boolean };

/** `muster follow-up <ref> add|done|start|wont-do|reopen|track …` and `muster follow-ups [--owner]`. */
export function registerFollowUpCommands(program: Command, conn: Conn, out: Out, post: Post): void {
  program
    .command("follow-up")
    .description(
      "add a follow-up to an incident, move one along (start, done, wont-do, reopen), or open its issue (track)",
    )
    .argument("<ref>")
    .argument("<action>", "add, start, done, wont-do, reopen or track")
    .argument("<what...>", "add: the title; otherwise: the follow-up's id")
    .option("--owner <handle>", "add: who owns it")
    .option("--due <time>", "add: when it is due (ISO 8601)")
    .option("--priority <p>", "add: high, medium or low")
    .option("--from <source>", "add: need:<id>, decision:<seq>, change:<id> or postmortem:<section>")
    .option("--reason <text>", "wont-do: why it will not be done")
    .option("--json", "print JSON")
    .action(
      async (
        ref: string,
        action: string,
        what: string[],
        o: Json & { owner?: string; due?: string; priority?: string; from?: string; reason?: string },
      ) => {
        if (action === "add") {
          if (!o.owner) {
            throw new CliError("Use: muster follow-up <ref> add <title…> --owner <handle>", EXIT.usage);
          }
          const [kind, ...rest] = (o.from ?? "manual").split(":");
          const tail = rest.join(":") || null;
          const source = {
            kind,
            ref: kind === "postmortem" ? null : tail,
            section: kind === "postmortem" ? tail : null,
          };
          const body = {
            title: what.join(" "),
            owner: o.owner,
            source,
            ...(o.due ? { dueAt: o.due } : {}),
            ...(o.priority ? { priority: o.priority } : {}),
          };
          report(out, !!o.json, await post(`${inc(ref)}/follow-ups`, body));
          return;
        }
        const id = encodeURIComponent(what[0] ?? "");
        if (action === "track") {
          report(out, !!o.json, await post(`${inc(ref)}/follow-ups/${id}/track`, {}));
          return;
        }
        const state = { start: "in-progress", done: "done", "wont-do": "wont-do", reopen: "open" }[action];
        if (!state) {
          throw new CliError("Use: muster follow-up <ref> add|start|done|wont-do|reopen …", EXIT.usage);
        }
        const body = { state, ...(o.reason ? { reason: o.reason } : {}) };
        report(out, !!o.json, await post(`${inc(ref)}/follow-ups/${id}`, body, "PATCH"));
      },
    );

  program
    .command("follow-ups")
    .description("follow-ups across the incidents you can see, soonest due first")
    .option("--owner <handle>", "only this owner's")
    .option("--state <state>", "open, in-progress, done or wont-do")
    .option("--overdue", "only the overdue ones")
    .option("--json", "print JSON")
    .action(async (o: Json & { owner?: string; state?: string; overdue?: boolean }) => {
      const q = new URLSearchParams({
        ...(o.owner ? { owner: o.owner } : {}),
        ...(o.state ? { state: o.state } : {}),
        ...(o.overdue ? { overdue: "true" } : {}),
      });
      const { followUps } = await api<{ followUps: ListedFollowUp[] }>(
        conn(),
        "GET",
        `/api/v1/follow-ups?${q.toString()}`,
      );
      if (o.json) {
        out.json(followUps);
        return;
      }
      if (followUps.length === 0) out.line("No follow-ups.");
      for (const f of followUps) {
        out.line(
          `${f.id}  #${String(f.incident.number)} [${f.state}] ${f.priority} ${f.owner}${f.dueAt ? ` due ${f.dueAt}` : ""}: ${f.title}`,
        );
      }
    });
}
