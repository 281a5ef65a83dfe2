import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { parse as parseYaml } from "yaml";
import { CliError, EXIT, api } from "../../cli/client.js";
import type { Conn, Out } from "../../cli/output.js";

type Json = { json?: boolean };
type Standing = {
  role: string;
  qualified: boolean;
  progress: { requirement: string; have: number; need: number; met: boolean }[];
};
type RecordBody = {
  person: string;
  incidents: {
    number: number;
    name: string;
    kind: string;
    roles: { role: string; ms: number }[];
    score: number | null;
  }[];
  roles: { role: string; incidents: number; drills: number; real: number; passed: number; ms: number }[];
  standings: Standing[];
};

const minutes = (ms: number) => `${String(Math.round(ms / 60_000))} min`;

function printStanding(out: Out, s: Standing): void {
  out.line(`  ${s.qualified ? "✔" : "·"} ${s.role}${s.qualified ? " (qualified)" : ""}`);
  for (const p of s.progress) {
    out.line(`      ${p.met ? "✔" : " "} ${p.requirement}: ${String(p.have)}/${String(p.need)}`);
  }
}

/** `training [handle]`, `training rules [--file]` and `qualified`: training records and qualifications. */
export function registerTrainingCommands(program: Command, conn: Conn, out: Out): void {
  const training = program
    .command("training")
    .description("a person's training record and where they stand for each qualification")
    .argument("[handle]", "whose (default: you)")
    .option("--json", "print JSON")
    .action(async (handle: string | undefined, o: Json) => {
      const who = handle ?? (await api<{ handle: string }>(conn(), "GET", "/api/v1/me")).handle;
      const r = await api<RecordBody>(conn(), "GET", `/api/v1/users/${encodeURIComponent(who)}/training`);
      if (o.json) {
        out.json(r);
        return;
      }
      out.line(`${r.person}: ${String(r.incidents.length)} incidents and drills`);
      for (const x of r.roles) {
        out.line(
          `  ${x.role}: ${String(x.incidents)} (${String(x.drills)} drills, ${String(x.real)} real, ${String(x.passed)} passing), ${minutes(x.ms)} in all`,
        );
      }
      out.line("Qualifications:");
      for (const s of r.standings) printStanding(out, s);
    });

  training
    .command("rules")
    .description("the qualification rules; --file replaces them (admin, YAML or JSON: a list of rules)")
    .option("--file <file>", "the rules to save")
    .option("--json", "print JSON")
    .action(async (o: Json & { file?: string }) => {
      let body: unknown;
      if (o.file) {
        try {
          body = { rules: parseYaml(readFileSync(o.file, "utf8")) as unknown };
        } catch {
          throw new CliError(`Cannot read ${o.file} as YAML or JSON.`, EXIT.usage);
        }
      }
      const r = await api<{
        rules: { role: string; requires: { count: number; as: string; in: string; passing: boolean }[] }[];
        custom: boolean;
      }>(conn(), o.file ? "PUT" : "GET", "/api/v1/training/rules", body);
      if (o.json) {
        out.json(r);
        return;
      }
      out.line(r.custom ? "The team's rules:" : "The default rules (no admin has written any):");
      for (const rule of r.rules) {
        const needs = rule.requires.map(
          (q) => `${String(q.count)}× ${q.as} in ${q.in}${q.passing ? " passing" : ""}`,
        );
        out.line(`  ${rule.role}: ${needs.join(" + ")}`);
      }
    });

  program
    .command("qualified")
    .description("who is qualified for which role")
    .option("--json", "print JSON")
    .action(async (o: Json) => {
      const r = await api<{ people: { person: string; qualified: string[] }[] }>(
        conn(),
        "GET",
        "/api/v1/training/qualifications",
      );
      if (o.json) {
        out.json(r);
        return;
      }
      for (const p of r.people) out.line(`${p.person}: ${p.qualified.length ? p.qualified.join(", ") : "–"}`);
    });
}
