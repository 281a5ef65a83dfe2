import type { Command } from "commander";
import { api } from "../../cli/client.js";
import type { Conn, Out, Post } from "../../cli/output.js";
import { list, report } from "../../cli/output.js";

type Json = { json?: boolean };
const collect = (value: string, previous: string[] = []) => [...previous, value];

type Group = {
  id: string;
  title: string;
  source: string;
  status: string;
  firing: number;
  resolved: number;
  lastAt: string;
  outcome: string | null;
  incident: { number: number; name: string } | null;
};

/** alert-source, alert-rule, alerts, alerts attach. */
export function registerAlertCommands(program: Command, conn: Conn, out: Out, post: Post): void {
  program
    .command("alert-source")
    .description("admin: create or change an alert source (a new one prints its URL and secret once)")
    .argument("<name>")
    .requiredOption("--kind <kind>", "alertmanager, grafana or generic")
    .option("--label <text>", "how it is shown")
    .option("--rotate-secret", "issue a new secret (the old one stops working)")
    .option("--json", "print JSON")
    .action(async (name: string, o: Json & { kind: string; label?: string; rotateSecret?: boolean }) => {
      const source = await api<{ name: string; url: string; secret?: string }>(
        conn(),
        "PUT",
        `/api/v1/alert-sources/${encodeURIComponent(name)}`,
        { kind: o.kind, ...(o.label ? { label: o.label } : {}), rotateSecret: !!o.rotateSecret },
      );
      if (o.json) {
        out.json(source);
        return;
      }
      out.line(`Saved ${source.name}: POST ${source.url}`);
      if (source.secret) {
        out.line(`Secret (shown once; send it as Authorization: Bearer <secret>): ${source.secret}`);
      }
    });

  program
    .command("alert-rule")
    .description(
      "admin: create or replace an alert routing rule (rules are tried by position; the first match wins)",
    )
    .argument("<name>")
    .requiredOption("--action <action>", "open (an incident) or record (keep the alerts only)")
    .option("--match <matcher>", 'a label matcher, e.g. severity="critical" (repeat for more)', collect)
    .option("--source <name>", "only alerts from this source (repeat for more)", collect)
    .option("--position <n>", "order among the rules", (v) => Number(v))
    .option("--severity <level>", "severity of an incident it opens")
    .option("--map <value=level>", "label value to severity, e.g. critical=SEV1 (repeat for more)", collect)
    .option("--severity-label <label>", "the label the map reads (default severity)")
    .option("--page <team>", "page this team when it opens an incident")
    .option("--page-all", "page all of the team at once rather than along its escalation list")
    .option("--ack-minutes <n>", "escalate a page after this many minutes", (v) => Number(v))
    .option("--notify <people>", "comma-separated handles to tell when it opens an incident")
    .option("--notify-teams <teams>", "comma-separated teams to tell")
    .option("--json", "print JSON")
    .action(
      async (
        name: string,
        o: Json & {
          action: string;
          match?: string[];
          source?: string[];
          position?: number;
          severity?: string;
          map?: string[];
          severityLabel?: string;
          page?: string;
          pageAll?: boolean;
          ackMinutes?: number;
          notify?: string;
          notifyTeams?: string;
        },
      ) => {
        const severityMap = Object.fromEntries(
          (o.map ?? []).map((m) => [m.slice(0, m.indexOf("=")), m.slice(m.indexOf("=") + 1)]),
        );
        const rule = await api<{ name: string }>(
          conn(),
          "PUT",
          `/api/v1/alert-rules/${encodeURIComponent(name)}`,
          {
            action: o.action,
            match: o.match ?? [],
            sources: o.source ?? [],
            ...(o.position !== undefined ? { position: o.position } : {}),
            ...(o.severity ? { severity: o.severity } : {}),
            ...(o.severityLabel ? { severityLabel: o.severityLabel } : {}),
            severityMap,
            page: o.page
              ? { team: o.page, all: !!o.pageAll, ...(o.ackMinutes ? { ackMinutes: o.ackMinutes } : {}) }
              : null,
            notify: {
              people: o.notify ? list(o.notify) : [],
              teams: o.notifyTeams ? list(o.notifyTeams) : [],
            },
          },
        );
        if (o.json) {
          out.json(rule);
          return;
        }
        out.line(`Saved rule ${rule.name}`);
      },
    );

  const alerts = program
    .command("alerts")
    .description("alert groups, newest first (and what routing made of them)")
    .option("--status <status>", "firing or resolved")
    .option("--json", "print JSON")
    .action(async (o: Json & { status?: string }) => {
      const query = o.status ? `?status=${encodeURIComponent(o.status)}` : "";
      const { groups } = await api<{ groups: Group[] }>(conn(), "GET", `/api/v1/alert-groups${query}`);
      if (o.json) {
        out.json(groups);
        return;
      }
      if (groups.length === 0) out.line("No alert groups.");
      for (const g of groups) {
        const where = g.incident
          ? `#${String(g.incident.number)} ${g.incident.name}`
          : (g.outcome ?? "not routed yet");
        out.line(
          `${g.id}  ${g.status.padEnd(8)} ${String(g.firing).padStart(4)} firing  ${g.title} (${g.source})  → ${where}`,
        );
      }
    });

  alerts
    .command("attach")
    .description("attach an alert group to an incident (its alerts then go there)")
    .argument("<group-id>")
    .argument("<ref>", "the incident's number or id")
    .option("--json", "print JSON")
    .action(async (id: string, ref: string, o: Json) => {
      report(
        out,
        !!o.json,
        await post(`/api/v1/alert-groups/${encodeURIComponent(id)}/incident`, { incident: ref }),
      );
    });
}
