import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { CliError, EXIT, api } from "../../cli/client.js";
import type { Conn, Out } from "../../cli/output.js";
import { inc } from "../../cli/output.js";
import type { BlameFlag, Postmortem } from "./domain/index.js";

type Json = { json?: boolean };
type View = Postmortem & { flags: BlameFlag[]; overdue: string[] };

function summary(out: Out, p: View): void {
  out.line(
    `Postmortem of ${p.incidentName} (#${String(p.incidentNumber)}): ${p.stage}, owner ${p.owner}, version ${String(p.version)}`,
  );
  out.line(
    `Due: draft ${p.schedule.draft}, review ${p.schedule.review}, published ${p.schedule.publish}${p.overdue.length ? ` — OVERDUE: ${p.overdue.join(", ")}` : ""}`,
  );
  if (p.approvals.length) out.line(`Approved by ${p.approvals.join(", ")}`);
  for (const f of p.flags) out.line(`⚠ ${f.message} "${f.sentence}" — ${f.suggestion}`);
}

/** `muster postmortem <ref> [show|draft|edit|submit|approve|publish|export]`. */
export function registerPostmortemCommands(program: Command, conn: Conn, out: Out): void {
  program
    .command("postmortem")
    .description(
      "the incident's postmortem: show it, draft it now, save a Markdown file, submit, approve, publish, export",
    )
    .argument("<ref>")
    .argument("[action]", "show (default), text, draft, edit, submit, approve, publish")
    .option("--file <path>", "edit: the Markdown file to save")
    .option("--keep-flags <reason>", "publish: keep sentences flagged as blame, saying why")
    .option("--json", "print JSON")
    .action(
      async (ref: string, action: string | undefined, o: Json & { file?: string; keepFlags?: string }) => {
        const path = `${inc(ref)}/postmortem`;
        const send = (method: string, suffix: string, body?: unknown) =>
          api<View>(conn(), method, `${path}${suffix}`, body);
        let result: View;
        switch (action ?? "show") {
          case "show":
            result = await send("GET", "");
            break;
          case "text":
            out.line((await send("GET", "")).markdown);
            return;
          case "draft":
            result = await send("POST", "", {});
            break;
          case "edit": {
            if (!o.file) throw new CliError("Use: muster postmortem <ref> edit --file draft.md", EXIT.usage);
            const current = await send("GET", "");
            result = await send("PUT", "/text", {
              markdown: readFileSync(o.file, "utf8"),
              baseVersion: current.version,
            });
            break;
          }
          case "submit":
          case "approve":
            result = await send("POST", `/${action ?? ""}`, {});
            break;
          case "publish":
            result = await send(
              "POST",
              "/publish",
              o.keepFlags ? { acceptFlags: { reason: o.keepFlags } } : {},
            );
            break;
          default:
            throw new CliError(
              "Use: muster postmortem <ref> [show|text|draft|edit --file F|submit|approve|publish]",
              EXIT.usage,
            );
        }
        if (o.json) out.json(result);
        else summary(out, result);
      },
    );
}
