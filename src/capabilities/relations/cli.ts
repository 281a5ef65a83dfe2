import type { Command } from "commander";
import { api } from "../../cli/client.js";
import type { Conn, Out, Post } from "../../cli/output.js";
import { inc, report } from "../../cli/output.js";
import type { Conflict } from "./domain/index.js";

type Json = { json?: boolean };

/** Meta-response verbs: link, unlink, merge, attach, detach, liaison, conflicts. */
export function registerRelationCommands(program: Command, conn: Conn, out: Out, post: Post): void {
  program
    .command("link")
    .description("link another incident: related (default), duplicate-of or caused-by")
    .argument("<ref>")
    .argument("<other>", "the other incident's number")
    .option("--kind <kind>", "related, duplicate-of or caused-by", "related")
    .option("--json", "print JSON")
    .action(async (ref: string, other: string, o: Json & { kind: string }) => {
      report(out, !!o.json, await post(`${inc(ref)}/relations`, { incident: other, kind: o.kind }));
    });

  program
    .command("unlink")
    .description("remove the link to another incident (from both sides)")
    .argument("<ref>")
    .argument("<other>")
    .option("--json", "print JSON")
    .action(async (ref: string, other: string, o: Json) => {
      report(
        out,
        !!o.json,
        await post(`${inc(ref)}/relations/${encodeURIComponent(other)}`, undefined, "DELETE"),
      );
    });

  program
    .command("merge")
    .description("merge this duplicate into another incident: it ends, its people and audience move there")
    .argument("<ref>")
    .requiredOption("--into <other>", "the incident it duplicates")
    .option("--confirm", "end with work in flight, closing it on the record")
    .option("--json", "print JSON")
    .action(async (ref: string, o: Json & { into: string; confirm?: boolean }) => {
      const body = { into: o.into, ...(o.confirm ? { confirm: true } : {}) };
      report(out, !!o.json, await post(`${inc(ref)}/merge`, body));
    });

  program
    .command("attach")
    .description("put this incident under an umbrella incident")
    .argument("<ref>")
    .requiredOption("--umbrella <umbrella>", "the umbrella incident")
    .option("--json", "print JSON")
    .action(async (ref: string, o: Json & { umbrella: string }) => {
      report(out, !!o.json, await post(`${inc(ref)}/umbrella`, { umbrella: o.umbrella }, "PUT"));
    });

  program
    .command("detach")
    .description("take this incident out of its umbrella")
    .argument("<ref>")
    .option("--json", "print JSON")
    .action(async (ref: string, o: Json) => {
      report(out, !!o.json, await post(`${inc(ref)}/umbrella`, undefined, "DELETE"));
    });

  program
    .command("liaison")
    .description("name this incident's Liaison to its umbrella (they take a seat in the umbrella's tree)")
    .argument("<ref>")
    .argument("<person>")
    .option("--json", "print JSON")
    .action(async (ref: string, person: string, o: Json) => {
      report(out, !!o.json, await post(`${inc(ref)}/roles/liaison:umbrella`, { person }, "PUT"));
    });

  program
    .command("conflicts")
    .description("people committed to more than one running incident (for an umbrella, across its children)")
    .argument("<ref>")
    .option("--json", "print JSON")
    .action(async (ref: string, o: Json) => {
      const { conflicts } = await api<{ conflicts: Conflict[] }>(conn(), "GET", `${inc(ref)}/conflicts`);
      if (o.json) {
        out.json(conflicts);
        return;
      }
      if (conflicts.length === 0) out.line("Nobody is committed to two running incidents.");
      for (const c of conflicts) {
        const where = c.incidents.map(
          (i) =>
            `#${String(i.number)} ${i.name} (${i.standing}${i.roles.length ? `, ${i.roles.join(", ")}` : ""})`,
        );
        out.line(`${c.person}: ${where.join("; ")}`);
      }
    });
}
