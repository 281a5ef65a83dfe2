import type { Command } from "commander";
import type { Answer } from "../contract/client.js";
import { loadConfig } from "../config.js";
import type { UserStore } from "../storage/users.js";
import type { Connection } from "./client.js";
import { CliError, EXIT, api } from "./client.js";

/** Shutdown drains in-flight commits and exits within this, as orchestrators expect. */
const SHUTDOWN_DEADLINE_MS = 9_000;

type Out = { json: (value: unknown) => void; line: (text: string) => void };

/** Runs `work` against the configured database directly (for recovering access). */
async function withLocalUsers<T>(work: (users: UserStore) => Promise<T>): Promise<T> {
  // The server side loads only when needed, so every client command starts quickly.
  const [{ projectorFor }, { openStorage }, { UserStore }] = await Promise.all([
    import("../server.js"),
    import("../storage/connect.js"),
    import("../storage/users.js"),
  ]);
  const config = loadConfig();
  const storage = await openStorage(
    { databaseUrl: config.databaseUrl, dataDir: config.dataDir },
    projectorFor(config),
  );
  try {
    return await work(new UserStore(storage.db));
  } finally {
    await storage.close();
  }
}

/** serve, user create, token create. */
export function registerAdminCommands(program: Command, conn: () => Connection, out: Out): void {
  program
    .command("serve")
    .description("run the Muster server (SQLite in ./data, or PostgreSQL with DATABASE_URL)")
    .option("--port <port>", "port to listen on (default: PORT or 4000)")
    .action(async (o: { port?: string }) => {
      const config = loadConfig(o.port ? { ...process.env, PORT: o.port } : process.env);
      const { startServer } = await import("../server.js");
      const { app } = await startServer(config, (line) => {
        out.line(line);
      });
      program.setOptionValue("serving", true);
      let stopping = false;
      const stop = (signal: string): void => {
        if (stopping) process.exit(1); // a second signal: the operator insists
        stopping = true;
        app.log.info({ signal }, "shutting down: ending live streams, draining requests");
        // Whatever hangs (a stalled database), the process is gone within the deadline.
        setTimeout(() => {
          app.log.error("shutdown took longer than 10 s; exiting anyway");
          process.exit(1);
        }, SHUTDOWN_DEADLINE_MS).unref();
        app.close().then(
          () => process.exit(0),
          (error: unknown) => {
            app.log.error({ err: error }, "shutdown failed");
            process.exit(1);
          },
        );
      };
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
    });

  const user = program.command("user").description("manage people");
  user
    .command("create")
    .description("create a person (admin)")
    .argument("<handle>")
    .requiredOption("--name <displayName>", "display name")
    .option("--email <email>")
    .option("--admin", "make them an admin")
    .option("--local", "write straight to the database instead of calling the API")
    .option("--json", "print JSON")
    .action(
      async (
        handle: string,
        o: { name: string; email?: string; admin?: boolean; local?: boolean; json?: boolean },
      ) => {
        const created = o.local
          ? await withLocalUsers((users) =>
              users.create({ handle, displayName: o.name, email: o.email ?? null, isAdmin: !!o.admin }),
            )
          : await api(conn(), "POST", "/api/v1/users", {
              handle,
              displayName: o.name,
              ...(o.email ? { email: o.email } : {}),
              ...(o.admin ? { admin: true } : {}),
            });
        if (!created) throw new CliError(`Someone is already called "${handle}".`, EXIT.refused);
        if (o.json) {
          out.json(created);
          return;
        }
        out.line(`Created ${handle}.`);
      },
    );

  program
    .command("token")
    .description("manage API tokens")
    .command("create")
    .description("create an API token (shown once)")
    .argument("<handle>")
    .option("--label <label>")
    .option("--local", "write straight to the database (when you have no working token)")
    .option("--json", "print JSON")
    .action(async (handle: string, o: { label?: string; local?: boolean; json?: boolean }) => {
      const token = o.local
        ? await withLocalUsers(async (users) => {
            const found = await users.byHandle(handle);
            if (!found) throw new CliError(`Nobody is called "${handle}".`, EXIT.notFound);
            return users.createToken(found.id, o.label ?? null);
          })
        : (
            await api<Answer<"/api/v1/users/{handle}/tokens", "post">>(
              conn(),
              "POST",
              `/api/v1/users/${encodeURIComponent(handle)}/tokens`,
              o.label ? { label: o.label } : {},
            )
          ).token;
      if (o.json) {
        out.json({ handle, token });
        return;
      }
      out.line(token);
    });
}
