import type { Command } from "commander";
import { CliError, EXIT, api } from "../../cli/client.js";
import type { Conn, Out, Post } from "../../cli/output.js";
import { inc, report } from "../../cli/output.js";
import type { Need } from "./domain/model.js";

type Json = { json?: boolean };

/** `muster needs <ref>` and `muster need <ref> answer|assign|withdraw <id> <text|person>`. */
export function registerNeedCommands(program: Command, conn: Conn, out: Out, post: Post): void {
  program
    .command("needs")
    .description("list the open needs from CAN reports")
    .argument("<ref>")
    .option("--json", "print JSON")
    .action(async (ref: string, o: Json) => {
      const { needs } = await api<{ needs: Need[] }>(conn(), "GET", `${inc(ref)}/needs`);
      if (o.json) {
        out.json(needs);
        return;
      }
      if (needs.length === 0) out.line("No open needs.");
      for (const n of needs) {
        const to = n.to ? ` → ${n.to}` : "";
        const given = n.assignee ? ` (given to ${n.assignee})` : "";
        out.line(`${n.id}  ${n.from}${to}: ${n.text}${given}`);
      }
    });

  program
    .command("need")
    .description("answer a need, give it to someone, or withdraw it")
    .argument("<ref>")
    .argument("<action>", "answer, assign or withdraw")
    .argument("<id>", "the need's id (muster needs <ref>)")
    .argument("[what]", "the answer, the person to give it to, or the reason")
    .option("--json", "print JSON")
    .action(async (ref: string, action: string, id: string, what: string | undefined, o: Json) => {
      const path = `${inc(ref)}/needs/${encodeURIComponent(id)}/${action}`;
      if (action === "answer" && what) {
        report(out, !!o.json, await post(path, { answer: what }));
      } else if (action === "assign" && what) {
        report(out, !!o.json, await post(path, { assignee: what }));
      } else if (action === "withdraw") {
        report(out, !!o.json, await post(path, what ? { reason: what } : {}));
      } else {
        throw new CliError(
          "Use: muster need <ref> answer <id> <answer> | assign <id> <person> | withdraw <id> [reason]",
          EXIT.usage,
        );
      }
    });
}
