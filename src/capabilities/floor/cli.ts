import type { Command } from "commander";
import { CliError, EXIT } from "../../cli/client.js";
import type { Conn, Out, Post } from "../../cli/output.js";
import { inc, report } from "../../cli/output.js";

type Json = { json?: boolean };

/** `muster quiet`, `muster floor` (ask, grant, revoke) and `muster pin` / `unpin`. */
export function registerFloorCommands(program: Command, _conn: Conn, out: Out, post: Post): void {
  program
    .command("quiet")
    .description("put the incident channel in quiet mode (on) or open it again (off)")
    .argument("<ref>")
    .argument("<on|off>")
    .option("--json", "print JSON")
    .action(async (ref: string, state: string, o: Json) => {
      if (state !== "on" && state !== "off") throw new CliError("Use: muster quiet <ref> on|off", EXIT.usage);
      report(out, !!o.json, await post(`${inc(ref)}/channel/quiet`, { on: state === "on" }, "PUT"));
    });

  program
    .command("floor")
    .description("ask for the floor in a quiet channel, or grant or revoke it")
    .argument("<ref>")
    .argument("<action>", "ask, grant or revoke")
    .argument("<what>", "what you want to say (ask), or the person (grant, revoke)")
    .option("--json", "print JSON")
    .action(async (ref: string, action: string, what: string, o: Json) => {
      const base = `${inc(ref)}/channel`;
      if (action === "ask") report(out, !!o.json, await post(`${base}/requests`, { text: what }));
      else if (action === "grant") report(out, !!o.json, await post(`${base}/speakers`, { person: what }));
      else if (action === "revoke") {
        report(
          out,
          !!o.json,
          await post(`${base}/speakers/${encodeURIComponent(what)}`, undefined, "DELETE"),
        );
      } else {
        throw new CliError(
          "Use: muster floor <ref> ask <text> | grant <person> | revoke <person>",
          EXIT.usage,
        );
      }
    });

  for (const [verb, method] of [
    ["pin", "PUT"],
    ["unpin", "DELETE"],
  ] as const) {
    program
      .command(verb)
      .description(`${verb} a channel message or log entry (its seq, as the timeline shows)`)
      .argument("<ref>")
      .argument("<seq>")
      .option("--json", "print JSON")
      .action(async (ref: string, seq: string, o: Json) => {
        report(
          out,
          !!o.json,
          await post(`${inc(ref)}/channel/pins/${encodeURIComponent(seq)}`, undefined, method),
        );
      });
  }
}
