import type { Command } from "commander";
import { CliError, EXIT, api } from "../../cli/client.js";
import type { Conn, Out, Post } from "../../cli/output.js";
import { inc, report } from "../../cli/output.js";
import type { Checklist } from "./domain/model.js";

type Json = { json?: boolean };

/** `muster checklist <ref> [check|uncheck <checklist-id> <item>]`. */
export function registerChecklistCommands(program: Command, conn: Conn, out: Out, post: Post): void {
  program
    .command("checklist")
    .description("show the incident's checklists, or check/uncheck an item")
    .argument("<ref>")
    .argument("[action]", "check or uncheck")
    .argument("[checklist-id]")
    .argument("[item]", "item number")
    .option("--json", "print JSON")
    .action(
      async (
        ref: string,
        action: string | undefined,
        id: string | undefined,
        item: string | undefined,
        o: Json,
      ) => {
        if (action === undefined) {
          const { checklists } = await api<{ checklists: Checklist[] }>(
            conn(),
            "GET",
            `${inc(ref)}/checklists`,
          );
          if (o.json) {
            out.json(checklists);
            return;
          }
          for (const c of checklists) {
            out.line(`${c.name} — ${c.owner} (${c.id})`);
            for (const i of c.items) {
              out.line(
                `  ${i.checkedAt ? "[x]" : "[ ]"} ${i.id}. ${i.text}${i.checkedBy ? ` — ${i.checkedBy}` : ""}`,
              );
            }
          }
          return;
        }
        if ((action !== "check" && action !== "uncheck") || !id || !item) {
          throw new CliError("Use: muster checklist <ref> check|uncheck <checklist-id> <item>", EXIT.usage);
        }
        report(out, !!o.json, await post(`${inc(ref)}/checklists/${id}/items/${item}/${action}`, undefined));
      },
    );
}
