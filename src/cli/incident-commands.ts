import type { Command } from "commander";
import type { EventEnvelope, StatusDoc } from "../domain/index.js";
import { describeEvent } from "../domain/index.js";
import type { Connection } from "./client.js";
import { api } from "./client.js";

type Out = { json: (value: unknown) => void; line: (text: string) => void };
type Conn = () => Connection;
type CommandResult = StatusDoc & { events: EventEnvelope[] };

const inc = (ref: string) => `/api/v1/incidents/${encodeURIComponent(ref)}`;

/** Prints a command's result: its events as lines, or the whole answer with --json. */
function report(out: Out, json: boolean, result: CommandResult): void {
  if (json) {
    out.json(result);
    return;
  }
  for (const e of result.events) out.line(`#${result.number} ${describeEvent(e)}`);
}

function list(value: string): string[] {
  return value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

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
        });
        if (o.json) {
          out.json(doc);
          return;
        }
        out.line(`Declared ${doc.name} (#${doc.number}), ${doc.severity}. IC: ${doc.commander ?? "WANTED"}`);
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
      const { incidents } = await api<{
        incidents: {
          number: number;
          name: string;
          severity: string;
          status: string;
          kind: string;
          commander: string | null;
          declaredAt: string;
        }[];
      }>(conn(), "GET", `/api/v1/incidents?status=${status}`);
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
        const me = person ?? (await api<{ handle: string }>(conn(), "GET", "/api/v1/me")).handle;
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
  registerReportCommands(program, conn, out, post);
}

type Post = (path: string, body: unknown, method?: string) => Promise<CommandResult>;

function registerTransferCommands(program: Command, conn: Conn, out: Out, post: Post): void {
  program
    .command("handover")
    .description("offer a role (default: Incident Commander) to someone, with a briefing")
    .argument("<ref>")
    .argument("<to>", "who receives it")
    .option("--role <role>", "the role to hand over", "incident-commander")
    .option("--briefing <text>", "open hypotheses, what was ruled out, pending timers", "")
    .option("--json", "print JSON")
    .action(async (ref: string, to: string, o: { role: string; briefing: string; json?: boolean }) => {
      const result = await api<CommandResult & { offer: { id: string } | null }>(
        conn(),
        "POST",
        `${inc(ref)}/transfers`,
        { role: o.role, to, briefing: o.briefing },
      );
      if (o.json) {
        out.json(result);
        return;
      }
      out.line(
        `Offered ${o.role} to ${to}; offer id ${result.offer?.id ?? "?"} (they run: muster accept ${ref} ${result.offer?.id ?? ""})`,
      );
    });
  for (const verb of ["accept", "decline", "withdraw"] as const) {
    program
      .command(verb)
      .description(`${verb} a transfer offer`)
      .argument("<ref>")
      .argument("[id]", "offer id (default: the only offer addressed to you)")
      .option("--reason <text>")
      .option("--json", "print JSON")
      .action(async (ref: string, id: string | undefined, o: { reason?: string; json?: boolean }) => {
        const offerId = id ?? (await onlyOfferFor(conn(), ref));
        report(
          out,
          !!o.json,
          await post(`${inc(ref)}/transfers/${offerId}/${verb}`, o.reason ? { reason: o.reason } : undefined),
        );
      });
  }
}

async function onlyOfferFor(c: Connection, ref: string): Promise<string> {
  const me = (await api<{ handle: string }>(c, "GET", "/api/v1/me")).handle;
  const { transfers } = await api<{ transfers: { id: string; to: string }[] }>(
    c,
    "GET",
    `${inc(ref)}/transfers`,
  );
  const mine = transfers.filter((t) => t.to === me);
  if (mine.length !== 1) {
    const { CliError, EXIT } = await import("./client.js");
    throw new CliError(
      mine.length === 0
        ? "No open offer is addressed to you."
        : `Several offers are addressed to you (${mine.map((t) => t.id).join(", ")}); name one.`,
      EXIT.usage,
    );
  }
  return (mine[0] as { id: string }).id;
}

function registerReportCommands(program: Command, conn: Conn, out: Out, post: Post): void {
  program
    .command("can")
    .description("file a CAN report: conditions, actions, needs")
    .argument("<ref>")
    .requiredOption("-c, --conditions <text>")
    .requiredOption("-a, --actions <text>")
    .option("-n, --needs <text>", "what you need from command", "none")
    .option("--json", "print JSON")
    .action(
      async (ref: string, o: { conditions: string; actions: string; needs: string; json?: boolean }) => {
        report(
          out,
          !!o.json,
          await post(`${inc(ref)}/reports`, { conditions: o.conditions, actions: o.actions, needs: o.needs }),
        );
      },
    );

  program
    .command("log")
    .description("add a log entry")
    .argument("<ref>")
    .argument("<text...>")
    .option("--key", "mark as a key event")
    .option("--json", "print JSON")
    .action(async (ref: string, words: string[], o: { key?: boolean; json?: boolean }) => {
      report(out, !!o.json, await post(`${inc(ref)}/log`, { text: words.join(" "), key: !!o.key }));
    });

  program
    .command("decide")
    .description("record a decision with its rationale")
    .argument("<ref>")
    .argument("<decision...>")
    .requiredOption("--why <rationale>")
    .option("--by <handle>", "who decided (default: you)")
    .option("--json", "print JSON")
    .action(async (ref: string, words: string[], o: { why: string; by?: string; json?: boolean }) => {
      report(
        out,
        !!o.json,
        await post(`${inc(ref)}/decisions`, {
          decision: words.join(" "),
          rationale: o.why,
          ...(o.by ? { decidedBy: o.by } : {}),
        }),
      );
    });

  const status = (name: string, description: string, to: string, extra: "summary" | "reason" | null) => {
    const cmd = program
      .command(name)
      .description(description)
      .argument("<ref>")
      .option("--json", "print JSON");
    if (extra) cmd.requiredOption(`--${extra} <text>`);
    cmd.action(async (ref: string, o: { summary?: string; reason?: string; json?: boolean }) => {
      report(
        out,
        !!o.json,
        await post(`${inc(ref)}/status`, {
          status: to,
          ...(o.summary ? { summary: o.summary } : {}),
          ...(o.reason ? { reason: o.reason } : {}),
        }),
      );
    });
  };
  status("stable", "mark the incident stable", "stable", null);
  status("active", "mark a stable incident active again", "active", null);
  status("end", "end the incident with a summary", "ended", "summary");
  status("reopen", "reopen an ended incident", "active", "reason");

  program
    .command("update")
    .description("change synopsis, severity, impact estimate or ETA")
    .argument("<ref>")
    .option("--synopsis <text>")
    .option("--severity <level>")
    .option("--impact <text>")
    .option("--eta <text>")
    .option("--json", "print JSON")
    .action(
      async (
        ref: string,
        o: { synopsis?: string; severity?: string; impact?: string; eta?: string; json?: boolean },
      ) => {
        const { json, ...fields } = o;
        report(out, !!json, await post(inc(ref), fields, "PATCH"));
      },
    );

  program
    .command("timeline")
    .description("the incident's events, oldest first")
    .argument("<ref>")
    .option("--after <seq>", "only events after this sequence number", "0")
    .option("--limit <n>", "at most this many", "200")
    .option("--json", "print JSON")
    .action(async (ref: string, o: { after: string; limit: string; json?: boolean }) => {
      const { events } = await api<{ events: EventEnvelope[] }>(
        conn(),
        "GET",
        `${inc(ref)}/timeline?after=${encodeURIComponent(o.after)}&limit=${encodeURIComponent(o.limit)}`,
      );
      if (o.json) {
        out.json(events);
        return;
      }
      for (const e of events) out.line(`${e.seq}\t${e.at}\t${describeEvent(e)}`);
    });

  program
    .command("org")
    .description("the org tree, with span-of-control warnings")
    .argument("<ref>")
    .option("--at <time>", "the tree as it was at this ISO time")
    .option("--seq <n>", "the tree as it was after this event")
    .option("--json", "print JSON")
    .action(async (ref: string, o: { at?: string; seq?: string; json?: boolean }) => {
      const q = new URLSearchParams({
        ...(o.at ? { at: o.at } : {}),
        ...(o.seq ? { seq: o.seq } : {}),
      }).toString();
      const path = `${inc(ref)}/org${q ? `?${q}` : ""}`;
      if (o.json) {
        out.json(await api(conn(), "GET", path));
        return;
      }
      out.line((await api<string>(conn(), "GET", path, undefined, "text/plain")).trimEnd());
    });
}
