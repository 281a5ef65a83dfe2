import type { Command } from "commander";
import { CliError, EXIT, api } from "../../cli/client.js";
import type { Conn, Out, Post } from "../../cli/output.js";
import { inc, report } from "../../cli/output.js";

type Json = { json?: boolean };
type UpdateOptions = Json & {
  audience?: string;
  stage?: string;
  title?: string;
  impact?: string;
  workaround?: string;
  next?: string;
  component?: string[];
  preview?: boolean;
};

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** "api=major-outage" options as the components map. */
function components(pairs: string[] = []): Record<string, string> {
  return Object.fromEntries(
    pairs.map((pair) => {
      const [name, state] = pair.split("=");
      if (!name || !state) {
        throw new CliError(`--component takes name=state, e.g. api=major-outage (got "${pair}")`, EXIT.usage);
      }
      return [name, state];
    }),
  );
}

function members(specs: string[] = []): unknown[] {
  return specs.map((spec) => {
    const [kind, value, channel] = spec.split(":");
    if (kind === "email") return { kind, address: value };
    if ((kind === "person" || kind === "team") && value) {
      return { kind, [kind === "person" ? "handle" : "team"]: value, ...(channel ? { channel } : {}) };
    }
    throw new CliError(
      `--member takes person:<handle>[:channel], team:<name>[:channel] or email:<address> (got "${spec}")`,
      EXIT.usage,
    );
  });
}

/** `muster comms <ref> audiences|update|approve|reject|answer|link …`, stakeholder groups and components. */
export function registerCommsCommands(program: Command, conn: Conn, out: Out, post: Post): void {
  program
    .command("comms")
    .description(
      "stakeholder communications: name audiences, write (or preview) an update, approve or reject one, answer a question, give out a read-only link",
    )
    .argument("<ref>")
    .argument("<action>", "audiences, update, approve, reject, answer or link")
    .argument(
      "[what...]",
      "audiences: group names; update: the message; approve/reject/answer: the id (answer: then the text)",
    )
    .option("--audience <group>", "update, link: the audience")
    .option(
      "--stage <stage>",
      "update: investigating, identified, monitoring, resolved, scheduled, in-progress, completed",
    )
    .option("--title <text>", "update: the headline; approve: a new headline")
    .option("--impact <text>", "update: the impact in the reader's words")
    .option("--workaround <text>", "update: a workaround, if any")
    .option("--next <time>", "update: when the audience hears next (ISO 8601)")
    .option(
      "--component <name=state>",
      "update (public): a component and its state; repeat for more",
      collect,
    )
    .option("--preview", "update: show what members would receive, send nothing")
    .option("--reason <text>", "reject: why")
    .option("--label <text>", "link: whom it is given to")
    .option("--json", "print JSON")
    .action(
      async (
        ref: string,
        action: string,
        what: string[],
        o: UpdateOptions & { reason?: string; label?: string },
      ) => {
        const base = `${inc(ref)}/comms`;
        switch (action) {
          case "audiences":
            report(out, !!o.json, await post(`${base}/audiences`, { groups: what }, "PUT"));
            return;
          case "update": {
            if (!o.audience || !o.title || !o.impact) {
              throw new CliError(
                "Use: muster comms <ref> update <message…> --audience <group> --title <headline> --impact <text> [--stage …]",
                EXIT.usage,
              );
            }
            const body = {
              audience: o.audience,
              stage: o.stage ?? "investigating",
              title: o.title,
              impact: o.impact,
              text: what.join(" "),
              workaround: o.workaround ?? null,
              nextUpdateAt: o.next ?? null,
              components: components(o.component),
            };
            if (o.preview) {
              const { previews } = await api<{
                previews: { title: string; body: string; recipients: number; needsApproval: boolean }[];
              }>(conn(), "POST", `${base}/updates/preview`, body);
              if (o.json) {
                out.json({ previews });
                return;
              }
              for (const p of previews) {
                out.line(
                  `To ${String(p.recipients)} member(s) of ${o.audience}${p.needsApproval ? ", after the IC approves it" : ", at once"}:`,
                );
                out.line(p.title);
                out.line(p.body);
              }
              return;
            }
            report(out, !!o.json, await post(`${base}/updates`, body));
            return;
          }
          case "approve":
            report(
              out,
              !!o.json,
              await post(
                `${base}/updates/${encodeURIComponent(what[0] ?? "")}/approve`,
                o.title ? { edits: { title: o.title } } : {},
              ),
            );
            return;
          case "reject":
            report(
              out,
              !!o.json,
              await post(`${base}/updates/${encodeURIComponent(what[0] ?? "")}/reject`, {
                reason: o.reason ?? "",
              }),
            );
            return;
          case "answer":
            report(
              out,
              !!o.json,
              await post(`${base}/questions/${encodeURIComponent(what[0] ?? "")}/answer`, {
                text: what.slice(1).join(" "),
              }),
            );
            return;
          case "link": {
            const link = await api<{ url: string }>(conn(), "POST", `${base}/links`, {
              audience: o.audience,
              label: o.label ?? "",
            });
            if (o.json) {
              out.json(link);
              return;
            }
            out.line(link.url);
            return;
          }
          default:
            throw new CliError(
              "Use: muster comms <ref> audiences|update|approve|reject|answer|link …",
              EXIT.usage,
            );
        }
      },
    );

  program
    .command("stakeholder-group")
    .description("admin: create or replace a stakeholder group")
    .argument("<name>")
    .requiredOption("--label <text>", "how it is shown")
    .option("--external", "outside the organisation (its updates need the IC's approval by default)")
    .option("--no-approval", "send without the IC's approval")
    .option(
      "--member <spec>",
      "person:<handle>[:channel], team:<name>[:channel] or email:<address>; repeat for more",
      collect,
    )
    .option("--json", "print JSON")
    .action(
      async (
        name: string,
        o: Json & { label: string; external?: boolean; approval: boolean; member?: string[] },
      ) => {
        const group = await api<{ name: string; members: unknown[] }>(
          conn(),
          "PUT",
          `/api/v1/stakeholder-groups/${encodeURIComponent(name)}`,
          {
            label: o.label,
            external: !!o.external,
            ...(o.approval ? {} : { approval: false }),
            members: members(o.member),
          },
        );
        if (o.json) {
          out.json(group);
          return;
        }
        out.line(`Saved ${group.name} (${String(group.members.length)} members)`);
      },
    );

  program
    .command("status-component")
    .description("admin: create or replace a component of the public status page")
    .argument("<name>")
    .requiredOption("--label <text>", "how it is shown")
    .option("--group <heading>", "the heading it is shown under")
    .option("--position <n>", "order on the page", (v) => Number(v))
    .option("--json", "print JSON")
    .action(async (name: string, o: Json & { label: string; group?: string; position?: number }) => {
      const component = await api<{ name: string }>(
        conn(),
        "PUT",
        `/api/v1/status-components/${encodeURIComponent(name)}`,
        {
          label: o.label,
          group: o.group ?? null,
          ...(o.position !== undefined ? { position: o.position } : {}),
        },
      );
      if (o.json) {
        out.json(component);
        return;
      }
      out.line(`Saved ${component.name}`);
    });
}
