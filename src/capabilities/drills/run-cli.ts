import type { Command } from "commander";
import { CliError, EXIT, api } from "../../cli/client.js";
import type { Conn, Out } from "../../cli/output.js";

type Json = { json?: boolean };
type Inject = {
  id: string;
  title: string;
  type: string;
  when: string;
  state: string;
  dueAtMs: number | null;
  doneAtMs: number | null;
};
type Run = {
  id: string;
  scenario: { id: string; title: string };
  incident: { number: number; name: string } | null;
  facilitator: string;
  participants: string[];
  status: string;
  endedReason: string | null;
  speed: number;
  clock: { elapsedMs: number; lengthMs: number };
  injects: Inject[];
};

const runPath = (id: string) => `/api/v1/drills/${encodeURIComponent(id)}`;
const mmss = (ms: number) => {
  const s = Math.floor(ms / 1000);
  return `${String(Math.floor(s / 60))}:${String(s % 60).padStart(2, "0")}`;
};

function print(out: Out, run: Run): void {
  const where = run.incident ? `#${String(run.incident.number)} ${run.incident.name}` : "(opening)";
  out.line(`${run.id}  ${run.scenario.title}  ${where}`);
  out.line(
    `  ${run.status}${run.endedReason ? ` (${run.endedReason})` : ""} at ×${String(run.speed)}, ${mmss(run.clock.elapsedMs)} of ${mmss(run.clock.lengthMs)}; facilitator ${run.facilitator}; participants ${run.participants.join(", ")}`,
  );
  for (const i of run.injects) {
    const when =
      i.state === "pending"
        ? i.dueAtMs === null
          ? `waits: ${i.when}`
          : `due ${mmss(i.dueAtMs)}`
        : `${i.state} ${mmss(i.doneAtMs ?? 0)}`;
    out.line(
      `  ${i.state === "pending" ? "·" : i.state === "fired" ? "✔" : "–"} ${i.id}  ${i.title}  (${when})`,
    );
  }
}

/** `drill start | runs | show | pause | resume | skip | fire | inject | end`: running drills. */
export function registerRunCommands(drill: Command, conn: Conn, out: Out): void {
  const show = (o: Json) => (run: Run) => {
    if (o.json) out.json(run);
    else print(out, run);
  };

  drill
    .command("start")
    .description("start a drill: opens a drill incident for the participants and runs the scenario")
    .argument("<scenario>")
    .requiredOption("--with <handles>", "the participants, comma-separated")
    .option("--slot <slot=handle...>", "who plays a slot of the scenario (repeatable)")
    .option("--speed <n>", "1 is real time; 10 runs ten times faster", "1")
    .option("--json", "print JSON")
    .action(async (scenario: string, o: Json & { with: string; slot?: string[]; speed: string }) => {
      const slots: Record<string, string> = {};
      for (const s of o.slot ?? []) {
        const [slot, handle] = s.split("=");
        if (!slot || !handle) throw new CliError(`--slot takes slot=handle, not "${s}".`, EXIT.usage);
        slots[slot] = handle;
      }
      const body = {
        scenario,
        participants: o.with
          .split(",")
          .map((h) => h.trim())
          .filter(Boolean),
        slots,
        speed: Number(o.speed),
      };
      show(o)(await api<Run>(conn(), "POST", "/api/v1/drills", body));
    });

  drill
    .command("runs")
    .description("drill runs, newest first")
    .option("--scenario <id>", "only this scenario's")
    .option("--json", "print JSON")
    .action(async (o: Json & { scenario?: string }) => {
      const q = o.scenario ? `?scenario=${encodeURIComponent(o.scenario)}` : "";
      const { runs } = await api<{ runs: Run[] }>(conn(), "GET", `/api/v1/drills${q}`);
      if (o.json) {
        out.json({ runs });
        return;
      }
      for (const r of runs) {
        const where = r.incident ? `#${String(r.incident.number)}` : "";
        out.line(`${r.id}  ${r.scenario.id}  ${where}  ${r.status}  ${r.facilitator}`);
      }
    });

  drill
    .command("show")
    .description("a drill run: its clock and its injects, sent and to come")
    .argument("<run>")
    .option("--json", "print JSON")
    .action(async (id: string, o: Json) => {
      show(o)(await api<Run>(conn(), "GET", runPath(id)));
    });

  for (const [verb, what] of [
    ["pause", "pause the drill's clock"],
    ["end", "end the drill; injects not yet sent are skipped"],
  ] as const) {
    drill
      .command(verb)
      .description(what)
      .argument("<run>")
      .option("--json", "print JSON")
      .action(async (id: string, o: Json) => {
        show(o)(await api<Run>(conn(), "POST", `${runPath(id)}/${verb}`));
      });
  }

  drill
    .command("resume")
    .description("resume the drill's clock")
    .argument("<run>")
    .option("--speed <n>", "at another speed")
    .option("--json", "print JSON")
    .action(async (id: string, o: Json & { speed?: string }) => {
      const body = o.speed ? { speed: Number(o.speed) } : {};
      show(o)(await api<Run>(conn(), "POST", `${runPath(id)}/resume`, body));
    });

  for (const [verb, what] of [
    ["skip", "skip an inject not yet sent"],
    ["fire", "send an inject now, before it is due"],
  ] as const) {
    drill
      .command(verb)
      .description(what)
      .argument("<run>")
      .argument("<inject>")
      .option("--json", "print JSON")
      .action(async (id: string, inject: string, o: Json) => {
        show(o)(
          await api<Run>(conn(), "POST", `${runPath(id)}/injects/${encodeURIComponent(inject)}/${verb}`),
        );
      });
  }

  drill
    .command("inject")
    .description("send an ad-hoc inject now")
    .argument("<run>")
    .requiredOption("--type <type>", "message, finding, question, change-goes-wrong, need or note")
    .requiredOption("--text <text>", "what it says")
    .option("--from <cast>", "who in the scenario's cast it comes from")
    .option("--to <role>", "the role a finding is for")
    .option("--title <title>", "how the facilitator's list shows it")
    .option("--json", "print JSON")
    .action(
      async (
        id: string,
        o: Json & { type: string; text: string; from?: string; to?: string; title?: string },
      ) => {
        const act = {
          type: o.type,
          text: o.text,
          ...(o.from ? { from: o.from } : {}),
          ...(o.to ? { to: o.to } : {}),
        };
        show(o)(
          await api<Run>(conn(), "POST", `${runPath(id)}/injects`, { title: o.title ?? o.type, do: act }),
        );
      },
    );
}
