import type { Command } from "commander";
import type { Conn, Out, Post } from "../../cli/output.js";
import { inc, report } from "../../cli/output.js";

/** page, ack-page, notify. */
export function registerDispatchCommands(program: Command, _conn: Conn, out: Out, post: Post): void {
  program
    .command("page")
    .description("ask a person or a team to respond (needs an acknowledgement; escalates without one)")
    .argument("<ref>")
    .argument("<message...>")
    .option("--person <handle>")
    .option("--team <name>")
    .option("--ack-minutes <n>", "escalate after this many minutes without an acknowledgement", "5")
    .option("--all", "page all of the team at once (any one acknowledges)")
    .option("--json", "print JSON")
    .action(
      async (
        ref: string,
        words: string[],
        o: { person?: string; team?: string; ackMinutes: string; all?: boolean; json?: boolean },
      ) => {
        const target = o.team ? { team: o.team } : { person: o.person };
        report(
          out,
          !!o.json,
          await post(`${inc(ref)}/dispatches`, {
            ...target,
            message: words.join(" "),
            ackMinutes: Number(o.ackMinutes),
            ...(o.all ? { all: true } : {}),
          }),
        );
      },
    );

  program
    .command("ack-page")
    .description("acknowledge a dispatch to you (checks you in unless --no-check-in)")
    .argument("<ref>")
    .argument("<dispatch-id>")
    .option("--no-check-in", "acknowledge without checking in")
    .option("--json", "print JSON")
    .action(async (ref: string, id: string, o: { checkIn: boolean; json?: boolean }) => {
      report(out, !!o.json, await post(`${inc(ref)}/dispatches/${id}/ack`, { checkIn: o.checkIn }));
    });

  program
    .command("notify")
    .description("tell people or teams something (no answer expected)")
    .argument("<ref>")
    .argument("<text...>")
    .option("--people <list>", "comma-separated handles")
    .option("--teams <list>", "comma-separated team names")
    .option("--json", "print JSON")
    .action(async (ref: string, words: string[], o: { people?: string; teams?: string; json?: boolean }) => {
      const split = (v?: string) =>
        v
          ? v
              .split(",")
              .map((x) => x.trim())
              .filter(Boolean)
          : undefined;
      report(
        out,
        !!o.json,
        await post(`${inc(ref)}/notifications`, {
          people: split(o.people),
          teams: split(o.teams),
          text: words.join(" "),
        }),
      );
    });
}
