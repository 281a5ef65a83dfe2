import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { CliError, EXIT, api } from "../../cli/client.js";
import type { Conn, Out } from "../../cli/output.js";
import { inc } from "../../cli/output.js";
import { registerRunCommands } from "./run-cli.js";

type Json = { json?: boolean };
type Summary = {
  id: string;
  title: string;
  severity: string;
  duration: string;
  injects: number;
  origin: string;
};
type Checked = { valid: boolean; issues: { path: string; message: string }[]; scenario: Summary | null };

const path = (id: string) => `/api/v1/drill-scenarios/${encodeURIComponent(id)}`;

function read(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    throw new CliError(`Cannot read ${file}.`, EXIT.usage);
  }
}

/** drill scenarios | show | export | check | import | delete, and practices <incident>. */
export function registerDrillCommands(program: Command, conn: Conn, out: Out): void {
  const drill = program.command("drill").description("drill scenarios and runs");
  registerRunCommands(drill, conn, out);

  drill
    .command("scenarios")
    .description("the scenarios: shipped with Muster and the team's own")
    .option("--json", "print JSON")
    .action(async (o: Json) => {
      const { scenarios } = await api<{ scenarios: Summary[] }>(conn(), "GET", "/api/v1/drill-scenarios");
      if (o.json) {
        out.json({ scenarios });
        return;
      }
      for (const s of scenarios) {
        out.line(
          `${s.id}  ${s.title} (${s.severity}, ${s.duration}, ${String(s.injects)} injects, ${s.origin})`,
        );
      }
    });

  drill
    .command("export")
    .description("print a scenario's file as written (YAML)")
    .argument("<id>")
    .action(async (id: string) => {
      out.line((await api<string>(conn(), "GET", path(id), undefined, "application/yaml")).trimEnd());
    });

  drill
    .command("check")
    .description("check a scenario file without saving it: every problem, each at its path")
    .argument("<file>")
    .action(async (file: string) => {
      const checked = await api<Checked>(conn(), "POST", "/api/v1/drill-scenarios/check", {
        source: read(file),
      });
      if (checked.valid) {
        out.line(
          `${file}: valid (${checked.scenario?.id ?? ""}, ${String(checked.scenario?.injects ?? 0)} injects)`,
        );
        return;
      }
      for (const i of checked.issues) out.line(`${file}: ${i.path || "(file)"}: ${i.message}`);
      throw new CliError(`${file} is not a valid scenario.`, EXIT.usage);
    });

  drill
    .command("import")
    .description("save a scenario from a YAML or JSON file (its id is the file's id)")
    .argument("<file>")
    .option("--json", "print JSON")
    .action(async (file: string, o: Json) => {
      const source = read(file);
      const checked = await api<Checked>(conn(), "POST", "/api/v1/drill-scenarios/check", { source });
      if (!checked.valid || !checked.scenario) {
        for (const i of checked.issues) out.line(`${file}: ${i.path || "(file)"}: ${i.message}`);
        throw new CliError(`${file} is not a valid scenario; nothing was saved.`, EXIT.usage);
      }
      const saved = await api<Summary>(conn(), "PUT", path(checked.scenario.id), { source });
      if (o.json) out.json(saved);
      else out.line(`Saved ${saved.id}: ${saved.title}`);
    });

  drill
    .command("delete")
    .description("delete one of the team's scenarios")
    .argument("<id>")
    .action(async (id: string) => {
      await api(conn(), "DELETE", path(id));
      out.line(`Deleted ${id}`);
    });

  program
    .command("practices")
    .description("how an incident or drill kept the practices (an after-action report)")
    .argument("<incident>")
    .option("--json", "print JSON rather than the Markdown report")
    .action(async (ref: string, o: Json) => {
      if (o.json) out.json(await api(conn(), "GET", `${inc(ref)}/practices`));
      else {
        out.line(
          (await api<string>(conn(), "GET", `${inc(ref)}/practices`, undefined, "text/markdown")).trimEnd(),
        );
      }
    });
}
