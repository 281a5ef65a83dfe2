import type { Command } from "commander";
import { api } from "../../cli/client.js";
import type { Conn, Out, Post } from "../../cli/output.js";
import { inc, report } from "../../cli/output.js";
import type { Answer } from "../../contract/client.js";

type Json = { json?: boolean };

/** `muster change …`: propose, object, clear, start, observe, keep, rollback, withdraw, list. */
export function registerChangeCommands(program: Command, conn: Conn, out: Out, post: Post): void {
  const change = program
    .command("change")
    .description("cautious changes: propose, object, clear, start, observe, keep, rollback, withdraw, list");
  change
    .command("list")
    .description("every change of the incident, concluded ones too")
    .argument("<ref>")
    .option("--json", "print JSON")
    .action(async (ref: string, o: Json) => {
      const { changes } = await api<Answer<"/api/v1/incidents/{ref}/changes", "get">>(
        conn(),
        "GET",
        `${inc(ref)}/changes`,
      );
      if (o.json) {
        out.json(changes);
        return;
      }
      if (changes.length === 0) out.line("no changes");
      for (const c of changes) {
        out.line(
          `${c.id}  ${c.status.padEnd(11)} ${c.risk.padEnd(6)} ${c.system}: ${c.what} (by ${c.proposedBy})`,
        );
      }
    });
  change
    .command("propose")
    .description("announce a change before making it")
    .argument("<ref>")
    .argument("<what...>")
    .requiredOption("--system <name>", "the system it touches")
    .requiredOption("--why <text>")
    .requiredOption("--risk <level>", "low, medium or high")
    .requiredOption("--rollback <plan>", "how to undo it")
    .option("--json", "print JSON")
    .action(
      async (
        ref: string,
        words: string[],
        o: Json & { system: string; why: string; risk: string; rollback: string },
      ) => {
        const body = {
          what: words.join(" "),
          why: o.why,
          system: o.system,
          risk: o.risk,
          rollbackPlan: o.rollback,
        };
        report(out, !!o.json, await post(`${inc(ref)}/changes`, body));
      },
    );
  change
    .command("object")
    .description("object to a change, with a reason")
    .argument("<ref>")
    .argument("<change-id>")
    .argument("<reason...>")
    .option("--json", "print JSON")
    .action(async (ref: string, id: string, words: string[], o: Json) => {
      report(out, !!o.json, await post(`${inc(ref)}/changes/${id}/objections`, { reason: words.join(" ") }));
    });
  for (const verb of ["clear", "keep"] as const) {
    change
      .command(verb)
      .description(verb === "clear" ? "clear a change (TL or IC)" : "keep a change after observing it")
      .argument("<ref>")
      .argument("<change-id>")
      .option("--json", "print JSON")
      .action(async (ref: string, id: string, o: Json) => {
        report(out, !!o.json, await post(`${inc(ref)}/changes/${id}/${verb}`, undefined));
      });
  }
  change
    .command("start")
    .description("start a change (one at a time per system)")
    .argument("<ref>")
    .argument("<change-id>")
    .option("--when-free", "queue behind a change in progress on the same system")
    .option("--override <reason>", "IC only: start despite objections or the window")
    .option("--json", "print JSON")
    .action(async (ref: string, id: string, o: Json & { whenFree?: boolean; override?: string }) => {
      const body = {
        ...(o.whenFree ? { whenFree: true } : {}),
        ...(o.override ? { override: o.override } : {}),
      };
      report(out, !!o.json, await post(`${inc(ref)}/changes/${id}/start`, body));
    });
  change
    .command("observe")
    .description("record what the change did")
    .argument("<ref>")
    .argument("<change-id>")
    .argument("<result...>")
    .option("--json", "print JSON")
    .action(async (ref: string, id: string, words: string[], o: Json) => {
      report(out, !!o.json, await post(`${inc(ref)}/changes/${id}/observe`, { result: words.join(" ") }));
    });
  change
    .command("rollback")
    .description("roll a change back")
    .argument("<ref>")
    .argument("<change-id>")
    .argument("[result...]")
    .option("--json", "print JSON")
    .action(async (ref: string, id: string, words: string[], o: Json) => {
      report(
        out,
        !!o.json,
        await post(`${inc(ref)}/changes/${id}/rollback`, words.length ? { result: words.join(" ") } : {}),
      );
    });
  change
    .command("withdraw")
    .description("withdraw a change not yet started (its proposer, the TL or the IC)")
    .argument("<ref>")
    .argument("<change-id>")
    .argument("[reason...]")
    .option("--json", "print JSON")
    .action(async (ref: string, id: string, words: string[], o: Json) => {
      report(
        out,
        !!o.json,
        await post(`${inc(ref)}/changes/${id}/withdraw`, words.length ? { reason: words.join(" ") } : {}),
      );
    });
}
