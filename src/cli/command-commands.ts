import type { Command } from "commander";
import type { Out, Post } from "./output.js";
import { CliError, EXIT } from "./client.js";
import { inc, report } from "./output.js";
import { nextClockTime } from "../domain/clock.js";

/** "Bridge=https://meet.example.com/x" as a link; the label is what comes before the first "=". */
export function parseLink(arg: string): { label: string; url: string } {
  const at = arg.indexOf("=");
  if (at <= 0) {
    throw new CliError(`"${arg}" is not label=url, e.g. Bridge=https://meet.example.com/dc1`, EXIT.usage);
  }
  return { label: arg.slice(0, at), url: arg.slice(at + 1) };
}

/** assume, successor, step-away, resume: command that never deadlocks; links: where it lives. */
export function registerContinuityCommands(program: Command, out: Out, post: Post): void {
  program
    .command("assume")
    .description("assume command without a handover (Deputy, designated successor, or an admin)")
    .argument("<ref>")
    .requiredOption("--reason <text>", "why (announced to every responder and the audience)")
    .option("--json", "print JSON")
    .action(async (ref: string, o: { reason: string; json?: boolean }) => {
      report(out, !!o.json, await post(`${inc(ref)}/command/assume`, { reason: o.reason }));
    });
  program
    .command("successor")
    .description("name who may assume command when there is no Deputy (--none to clear)")
    .argument("<ref>")
    .argument("[person]")
    .option("--none", "name nobody")
    .option("--json", "print JSON")
    .action(async (ref: string, person: string | undefined, o: { none?: boolean; json?: boolean }) => {
      const body = { person: o.none ? null : (person ?? null) };
      report(out, !!o.json, await post(`${inc(ref)}/command/successor`, body, "PUT"));
    });
  program
    .command("step-away")
    .description("step away from command until a time; the Deputy (or successor) commands meanwhile")
    .argument("<ref>")
    .requiredOption("--until <time>", 'when you will be back: "14:30" or an ISO 8601 time')
    .option("--notes <text>", "what the acting IC should know")
    .option("--json", "print JSON")
    .action(async (ref: string, o: { until: string; notes?: string; json?: boolean }) => {
      const body = { until: nextClockTime(o.until), ...(o.notes ? { notes: o.notes } : {}) };
      report(out, !!o.json, await post(`${inc(ref)}/command/step-away`, body));
    });
  program
    .command("links")
    .description("set where the response lives (the whole list): label=url ..., or --clear")
    .argument("<ref>")
    .argument(
      "[links...]",
      'e.g. Channel=https://chat.example.com/inc-42 "Bridge=https://meet.example.com/x"',
    )
    .option("--clear", "remove every link")
    .option("--json", "print JSON")
    .action(async (ref: string, links: string[], o: { clear?: boolean; json?: boolean }) => {
      if (links.length === 0 && !o.clear) throw new CliError("Give label=url links, or --clear.", EXIT.usage);
      report(
        out,
        !!o.json,
        await post(`${inc(ref)}/links`, { links: o.clear ? [] : links.map(parseLink) }, "PUT"),
      );
    });
  program
    .command("resume")
    .description("take command back after stepping away")
    .argument("<ref>")
    .option("--json", "print JSON")
    .action(async (ref: string, o: { json?: boolean }) => {
      report(out, !!o.json, await post(`${inc(ref)}/command/resume`, {}));
    });
}
