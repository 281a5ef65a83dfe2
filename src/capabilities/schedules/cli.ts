import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { parse as parseYaml } from "yaml";
import { CliError, EXIT, api } from "../../cli/client.js";
import type { Conn, Out } from "../../cli/output.js";
import { zoned } from "./domain/words.js";

type Json = { json?: boolean };
type Shift = { person: string; start: string; end: string; source: { name?: string; override?: string } };
type OnCall = { schedule: string; name: string; timeZone: string; now: Shift | null; next: Shift | null };

const path = (slug: string, rest = "") => `/api/v1/schedules/${encodeURIComponent(slug)}${rest}`;

function onCallLine(o: OnCall): string {
  const now = o.now ? `${o.now.person} until ${zoned(o.now.end, o.timeZone)}` : "nobody on call";
  const next = o.next ? `; next ${o.next.person} from ${zoned(o.next.start, o.timeZone)}` : "";
  return `${o.schedule} (${o.name}): ${now}${next}`;
}

/** A schedule file: JSON, or YAML for hand-written ones. */
function readSpec(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new CliError(`Cannot read ${file}.`, EXIT.usage);
  }
  try {
    return /\.ya?ml$/i.test(file) ? parseYaml(text) : JSON.parse(text);
  } catch (error) {
    throw new CliError(
      `${file} is not valid ${/\.ya?ml$/i.test(file) ? "YAML" : "JSON"}: ${String(error)}`,
      EXIT.usage,
    );
  }
}

/** oncall, schedule (put, show, shifts, override, unoverride, calendar, delete). */
export function registerScheduleCommands(program: Command, conn: Conn, out: Out): void {
  program
    .command("oncall")
    .description("who is on call now and next, on every schedule or one")
    .argument("[schedule]")
    .option("--at <instant>", "at this moment (ISO 8601) rather than now")
    .option("--json", "print JSON")
    .action(async (slug: string | undefined, o: Json & { at?: string }) => {
      const at = o.at ? `?at=${encodeURIComponent(o.at)}` : "";
      const found = slug
        ? [await api<OnCall>(conn(), "GET", path(slug, `/on-call${at}`))]
        : (await api<{ schedules: OnCall[] }>(conn(), "GET", `/api/v1/schedules${at}`)).schedules;
      if (o.json) {
        out.json(slug ? found[0] : { schedules: found });
        return;
      }
      if (found.length === 0) out.line("No schedules yet; an admin adds one with `muster schedule put`.");
      for (const s of found) out.line(onCallLine(s));
    });

  const schedule = program.command("schedule").description("on-call schedules");

  schedule
    .command("put")
    .description("admin: create or replace a schedule from a JSON or YAML file")
    .argument("<schedule>")
    .requiredOption("--file <path>", "the schedule: name, timeZone, layers")
    .option("--json", "print JSON")
    .action(async (slug: string, o: Json & { file: string }) => {
      type Saved = { name: string; timeZone: string; onCall: Pick<OnCall, "now" | "next"> };
      const saved = await api<Saved>(conn(), "PUT", path(slug), readSpec(o.file));
      if (o.json) {
        out.json(saved);
        return;
      }
      out.line(
        `Saved ${slug}. ${onCallLine({ ...saved.onCall, schedule: slug, name: saved.name, timeZone: saved.timeZone })}`,
      );
    });

  schedule
    .command("shifts")
    .description("a schedule's shifts (default: the next 14 days)")
    .argument("<schedule>")
    .option("--from <instant>", "ISO 8601")
    .option("--to <instant>", "ISO 8601")
    .option("--json", "print JSON")
    .action(async (slug: string, o: Json & { from?: string; to?: string }) => {
      const q = new URLSearchParams({ ...(o.from ? { from: o.from } : {}), ...(o.to ? { to: o.to } : {}) });
      const { timeZone } = await api<OnCall>(conn(), "GET", path(slug, "/on-call"));
      const { shifts } = await api<{ shifts: Shift[] }>(conn(), "GET", path(slug, `/shifts?${q.toString()}`));
      if (o.json) {
        out.json({ shifts });
        return;
      }
      for (const s of shifts) {
        const why = s.source.override ? " (override)" : "";
        out.line(`${zoned(s.start, timeZone)} → ${zoned(s.end, timeZone)}  ${s.person}${why}`);
      }
    });

  schedule
    .command("override")
    .description("put someone on call for a while (a swap, cover)")
    .argument("<schedule>")
    .requiredOption("--person <handle>")
    .requiredOption("--start <instant>", "ISO 8601, e.g. 2027-03-24T10:00:00Z")
    .requiredOption("--end <instant>", "ISO 8601")
    .option("--note <text>")
    .option("--json", "print JSON")
    .action(async (slug: string, o: Json & { person: string; start: string; end: string; note?: string }) => {
      const body = { person: o.person, start: o.start, end: o.end, ...(o.note ? { note: o.note } : {}) };
      const made = await api<{ id: string }>(conn(), "POST", path(slug, "/overrides"), body);
      if (o.json) out.json(made);
      else out.line(`Override ${made.id}: ${o.person} on call on ${slug} from ${o.start} to ${o.end}`);
    });

  schedule
    .command("unoverride")
    .description("remove an override")
    .argument("<schedule>")
    .argument("<id>")
    .action(async (slug: string, id: string) => {
      await api(conn(), "DELETE", path(slug, `/overrides/${encodeURIComponent(id)}`));
      out.line(`Removed override ${id}`);
    });

  schedule
    .command("calendar")
    .description("the schedule's iCalendar feed address (--rotate: admin, revoke the old one)")
    .argument("<schedule>")
    .option("--rotate", "make a new address; the old one stops working")
    .action(async (slug: string, o: { rotate?: boolean }) => {
      const { url } = o.rotate
        ? await api<{ url: string }>(conn(), "POST", path(slug, "/calendar/rotate"))
        : await api<{ url: string }>(conn(), "GET", path(slug, "/calendar"));
      out.line(url.startsWith("/") ? `${conn().url}${url}` : url);
    });

  schedule
    .command("delete")
    .description("admin: delete a schedule no team's escalation list names")
    .argument("<schedule>")
    .action(async (slug: string) => {
      await api(conn(), "DELETE", path(slug));
      out.line(`Deleted ${slug}`);
    });
}
