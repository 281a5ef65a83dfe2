import { Command, CommanderError } from "commander";
import { registerAdminCommands } from "./admin-commands.js";
import { registerOpsCommands } from "./ops-commands.js";
import { CliError, EXIT, resolveConnection } from "./client.js";
import { registerIncidentCommands } from "./incident-commands.js";

/** Builds the `muster` program; `out` is injectable so tests can capture output. */
export function buildProgram(
  out = {
    json: (v: unknown) => {
      console.log(JSON.stringify(v, null, 2));
    },
    line: (t: string) => {
      console.log(t);
    },
  },
): Command {
  const program = new Command("muster")
    .description("Muster: incident command for IT and SRE teams")
    .option("--url <url>", "server URL (or MUSTER_URL; default http://localhost:4000)")
    .option("--token <token>", "API token (or MUSTER_TOKEN)")
    .exitOverride()
    .showHelpAfterError();
  const conn = () => resolveConnection(program.opts<{ url?: string; token?: string }>());
  registerAdminCommands(program, conn, out);
  registerOpsCommands(program, conn, out);
  registerIncidentCommands(program, conn, out);
  for (const cmd of program.commands) cmd.exitOverride();
  return program;
}

/** Runs the CLI and returns the exit code (null while a server keeps running). */
export async function runCli(argv: string[]): Promise<number | null> {
  try {
    const program = buildProgram();
    await program.parseAsync(argv, { from: "user" });
    return program.getOptionValue("serving") === true ? null : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof CliError) {
      console.error(`muster: ${error.message}`);
      return error.exitCode;
    }
    console.error(`muster: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.error;
  }
}
