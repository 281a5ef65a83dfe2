import type { Command } from "commander";
import { api } from "../../cli/client.js";
import type { Conn, Out } from "../../cli/output.js";
import { list } from "../../cli/output.js";
import type { ListNow } from "../schedules/domain/words.js";
import { askedNow } from "../schedules/domain/words.js";

type Team = {
  name: string;
  displayName: string;
  escalation: string[];
  now?: ListNow;
};

/** teams, team (create or replace, with schedules on the escalation list). */
export function registerTeamCommands(program: Command, conn: Conn, out: Out): void {
  program
    .command("teams")
    .description("teams, their escalation lists, and who a page would ask now")
    .option("--json", "print JSON")
    .action(async (o: { json?: boolean }) => {
      const { teams } = await api<{ teams: Team[] }>(conn(), "GET", "/api/v1/teams");
      if (o.json) {
        out.json({ teams });
        return;
      }
      for (const t of teams) {
        const now = t.now ? askedNow(t.now) : t.escalation.join(" → ");
        out.line(`${t.name} (${t.displayName}): ${t.escalation.join(", ")}; now ${now || "nobody"}`);
      }
    });

  program
    .command("team")
    .description("admin: create or replace a team and its escalation list")
    .argument("<name>")
    .requiredOption("--display-name <text>", "how it is shown")
    .requiredOption(
      "--escalation <list>",
      "comma-separated, in order: handles, or schedule:<id> for whoever is on call (e.g. schedule:db-primary,lead)",
    )
    .action(async (name: string, o: { displayName: string; escalation: string }) => {
      const saved = await api<Team>(conn(), "PUT", `/api/v1/teams/${encodeURIComponent(name)}`, {
        displayName: o.displayName,
        escalation: list(o.escalation),
      });
      out.line(`Saved ${saved.name}: ${saved.escalation.join(" → ")}`);
    });
}
