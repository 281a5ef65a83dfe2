import type { Command } from "commander";
import type { Answer } from "../contract/client.js";
import { api } from "./client.js";
import type { CommandResult, Conn, Out } from "./output.js";
import { inc, list, report } from "./output.js";
import { registerPlanCommands } from "./plan-commands.js";
import { registerCapabilityCommands } from "../capabilities/cli.js";
import { registerReportCommands, registerTransferCommands } from "./report-commands.js";
import { registerContinuityCommands } from "./command-commands.js";

/** Incident commands: declare, read, staff, report, end. */
export function registerIncidentCommands(program: Command, conn: Conn, out: Out): void {
  const post = (path: string, body: unknown, method = "POST") =>
    api<CommandResult>(conn(), method, path, body);

  program
    .command("declare")
    .description("declare an incident (you become IC unless --commander or --as-tech-lead)")
    .argument("<synopsis...>", "what is happening, in a sentence")
    .option("--name <name>", "a name (default: a generated codename)")
    .option("--severity <level>", "SEV1–SEV4 (when unsure, pick the higher)")
    .option("--kind <kind>", "real, drill or planned")
    .option("--restricted", "only responders and admins can see it")
    .option("--commander <handle>", "name someone else as Incident Commander")
    .option("--as-tech-lead", "you work the problem as Tech Lead; an IC is wanted")
    .option("--umbrella", "an umbrella incident that coordinates others (meta-response)")
    .option("--detected-at <time>", "when the problem was first noticed (ISO 8601)")
    .option(
      "--audiences <groups>",
      "stakeholder groups who hear about it, comma-separated (public: the status page)",
    )
    .option("--json", "print JSON")
    .action(
      async (
        words: string[],
        o: {
          name?: string;
          severity?: string;
          kind?: string;
          restricted?: boolean;
          commander?: string;
          asTechLead?: boolean;
          umbrella?: boolean;
          detectedAt?: string;
          audiences?: string;
          json?: boolean;
        },
      ) => {
        const doc = await post("/api/v1/incidents", {
          synopsis: words.join(" "),
          ...(o.name ? { name: o.name } : {}),
          ...(o.severity ? { severity: o.severity } : {}),
          ...(o.kind ? { kind: o.kind } : {}),
          ...(o.restricted ? { visibility: "restricted" } : {}),
          ...(o.commander ? { commander: o.commander } : {}),
          ...(o.asTechLead ? { declarerRole: "tech-lead" } : {}),
          ...(o.umbrella ? { umbrella: true } : {}),
          ...(o.detectedAt ? { detectedAt: o.detectedAt } : {}),
          ...(o.audiences ? { audiences: o.audiences.split(",").map((a) => a.trim()) } : {}),
        });
        if (o.json) {
          out.json(doc);
          return;
        }
        const kind = o.umbrella ? "umbrella " : "";
        out.line(
          `Declared ${kind}${doc.name} (#${doc.number}), ${doc.severity}. IC: ${doc.commander ?? "WANTED"}`,
        );
      },
    );

  program
    .command("list")
    .description("list incidents you can see")
    .option("--status <list>", "active,stable,ended (default: active,stable)")
    .option("--all", "include ended incidents")
    .option("--json", "print JSON")
    .action(async (o: { status?: string; all?: boolean; json?: boolean }) => {
      const status = o.status ?? (o.all ? "active,stable,ended" : "active,stable");
      const { incidents } = await api<Answer<"/api/v1/incidents", "get">>(
        conn(),
        "GET",
        `/api/v1/incidents?status=${status}`,
      );
      if (o.json) {
        out.json(incidents);
        return;
      }
      if (incidents.length === 0) {
        out.line("No incidents.");
        return;
      }
      for (const i of incidents) {
        out.line(
          `#${i.number}\t${i.severity}\t${i.status}\t${i.name}\tIC: ${i.commander ?? "WANTED"}${i.kind === "real" ? "" : `\t[${i.kind}]`}`,
        );
      }
    });

  program
    .command("show")
    .description("the status doc")
    .argument("<ref>", "incident number or id")
    .option("--json", "print JSON")
    .action(async (ref: string, o: { json?: boolean }) => {
      if (o.json) {
        out.json(await api(conn(), "GET", inc(ref)));
        return;
      }
      out.line((await api<string>(conn(), "GET", inc(ref), undefined, "text/markdown")).trimEnd());
    });

  program
    .command("checkin")
    .description("check in to an incident (yourself, or someone else)")
    .argument("<ref>")
    .argument("[person]", "handle (default: you)")
    .option("--skills <list>", "comma-separated skills")
    .option("--note <text>")
    .option("--json", "print JSON")
    .action(
      async (
        ref: string,
        person: string | undefined,
        o: { skills?: string; note?: string; json?: boolean },
      ) => {
        const me = person ?? (await api<Answer<"/api/v1/me", "get">>(conn(), "GET", "/api/v1/me")).handle;
        report(
          out,
          !!o.json,
          await post(`${inc(ref)}/responders`, {
            person: me,
            ...(o.skills ? { skills: list(o.skills) } : {}),
            ...(o.note ? { note: o.note } : {}),
          }),
        );
      },
    );

  program
    .command("assign")
    .description("place a checked-in person in the org tree")
    .argument("<ref>")
    .argument("<person>")
    .option("--to <supervisor>", "who they report to (default: the IC)")
    .option("--role <role>", "also give them a role (sme, tech-lead, scribe…)")
    .option("--group <group>", "put them in a group (they report to its lead)")
    .option("--json", "print JSON")
    .action(
      async (
        ref: string,
        person: string,
        o: { to?: string; role?: string; group?: string; json?: boolean },
      ) => {
        report(
          out,
          !!o.json,
          await post(`${inc(ref)}/responders/${person}/assignment`, {
            ...(o.to ? { supervisor: o.to } : {}),
            ...(o.role ? { role: o.role } : {}),
            ...(o.group ? { group: o.group } : {}),
          }),
        );
      },
    );

  program
    .command("move")
    .description("move a person (and everyone under them) to another supervisor")
    .argument("<ref>")
    .argument("<person>")
    .requiredOption("--to <supervisor>", "new supervisor handle, or 'ic'")
    .option("--json", "print JSON")
    .action(async (ref: string, person: string, o: { to: string; json?: boolean }) => {
      report(
        out,
        !!o.json,
        await post(`${inc(ref)}/responders/${person}/move`, { supervisor: o.to === "ic" ? null : o.to }),
      );
    });

  program
    .command("release")
    .description("release (demobilise) a responder")
    .argument("<ref>")
    .argument("<person>")
    .option("--reason <text>")
    .option("--json", "print JSON")
    .action(async (ref: string, person: string, o: { reason?: string; json?: boolean }) => {
      report(
        out,
        !!o.json,
        await post(`${inc(ref)}/responders/${person}`, o.reason ? { reason: o.reason } : undefined, "DELETE"),
      );
    });

  program
    .command("role")
    .description(
      "fill a vacant role (tech-lead, scribe, comms-lead, deputy, sme, liaison:<group>, incident-commander)",
    )
    .argument("<ref>")
    .argument("<role>")
    .argument("<person>")
    .option("--json", "print JSON")
    .action(async (ref: string, role: string, person: string, o: { json?: boolean }) => {
      report(out, !!o.json, await post(`${inc(ref)}/roles/${role}`, { person }, "PUT"));
    });

  program
    .command("group")
    .description("form a group with a lead")
    .argument("<ref>")
    .argument("<group>")
    .requiredOption("--lead <handle>")
    .option("--under <supervisor>", "who the lead reports to (default: the IC)")
    .option("--json", "print JSON")
    .action(async (ref: string, group: string, o: { lead: string; under?: string; json?: boolean }) => {
      report(
        out,
        !!o.json,
        await post(`${inc(ref)}/groups`, {
          group,
          lead: o.lead,
          ...(o.under ? { supervisor: o.under } : {}),
        }),
      );
    });

  registerTransferCommands(program, conn, out, post);
  registerContinuityCommands(program, out, post);
  registerReportCommands(program, conn, out, post);
  registerPlanCommands(program, conn, out, post);
  registerCapabilityCommands(program, conn, out, post);
}
