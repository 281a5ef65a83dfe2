import type { Command } from "commander";
import { Argument, Option } from "commander";
import type { Answer } from "../contract/client.js";
import { loadConfig } from "../config.js";
import type { OrgRole, TokenScope, UserStore } from "../storage/users.js";
import { ORG_ROLES, TOKEN_SCOPES } from "../storage/users.js";
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
    .option("--admin", "make them an admin (the same as --role admin)")
    .addOption(new Option("--role <role>", "their organisation role (default member)").choices(ORG_ROLES))
    .option("--local", "write straight to the database instead of calling the API")
    .option("--json", "print JSON")
    .action(
      async (
        handle: string,
        o: { name: string; email?: string; admin?: boolean; role?: OrgRole; local?: boolean; json?: boolean },
      ) => {
        const role: OrgRole = o.role ?? (o.admin ? "admin" : "member");
        const created = o.local
          ? await withLocalUsers((users) =>
              users.create({ handle, displayName: o.name, email: o.email ?? null, role }),
            )
          : await api(conn(), "POST", "/api/v1/users", {
              handle,
              displayName: o.name,
              role,
              ...(o.email ? { email: o.email } : {}),
            });
        if (!created) throw new CliError(`Someone is already called "${handle}".`, EXIT.refused);
        if (o.json) {
          out.json(created);
          return;
        }
        out.line(`Created ${handle}.`);
      },
    );

  user
    .command("role")
    .description("give a person another organisation role (admin)")
    .argument("<handle>")
    .addArgument(new Argument("<role>").choices(ORG_ROLES))
    .action(async (handle: string, role: OrgRole) => {
      await api(conn(), "PUT", `/api/v1/users/${encodeURIComponent(handle)}/role`, { role });
      out.line(`${handle} is now ${role === "admin" ? "an" : "a"} ${role}.`);
    });

  const token = program.command("token").description("manage API tokens");
  token
    .command("create")
    .description("create an API token (shown once)")
    .argument("<handle>")
    .option("--label <label>")
    .option("--expires-in-days <days>", "the token stops working after this many days")
    .option("--read-only", "the token may only read (the same as --scope read-only)")
    .addOption(
      new Option(
        "--scope <scope>",
        "full (default), read-only; admins: incident-writer, alert-intake, admin",
      ).choices(TOKEN_SCOPES),
    )
    .option("--local", "write straight to the database (when you have no working token)")
    .option("--json", "print JSON")
    .action(
      async (
        handle: string,
        o: {
          label?: string;
          expiresInDays?: string;
          readOnly?: boolean;
          scope?: TokenScope;
          local?: boolean;
          json?: boolean;
        },
      ) => {
        const scope: TokenScope = o.scope ?? (o.readOnly ? "read-only" : "full");
        const days = o.expiresInDays === undefined ? undefined : Number(o.expiresInDays);
        if (days !== undefined && !(Number.isInteger(days) && days > 0)) {
          throw new CliError("--expires-in-days takes a whole number of days, e.g. 90", EXIT.usage);
        }
        const secret = o.local
          ? await withLocalUsers(async (users) => {
              const found = await users.byHandle(handle);
              if (!found) throw new CliError(`Nobody is called "${handle}".`, EXIT.notFound);
              return users.createToken(found.id, o.label ?? null, undefined, {
                expiresAt: days ? new Date(Date.now() + days * 86_400_000).toISOString() : null,
                scope,
              });
            })
          : (
              await api<Answer<"/api/v1/users/{handle}/tokens", "post">>(
                conn(),
                "POST",
                `/api/v1/users/${encodeURIComponent(handle)}/tokens`,
                {
                  ...(o.label ? { label: o.label } : {}),
                  ...(days ? { expiresInDays: days } : {}),
                  scope,
                },
              )
            ).token;
        if (o.json) {
          out.json({ handle, token: secret });
          return;
        }
        out.line(secret);
      },
    );
  token
    .command("list")
    .description("a person's tokens: label, scope, created, last used, expiry (never the secrets)")
    .argument("<handle>")
    .option("--json", "print JSON")
    .action(async (handle: string, o: { json?: boolean }) => {
      const { tokens } = await api<Answer<"/api/v1/users/{handle}/tokens", "get">>(
        conn(),
        "GET",
        `/api/v1/users/${encodeURIComponent(handle)}/tokens`,
      );
      if (o.json) {
        out.json(tokens);
        return;
      }
      if (tokens.length === 0) out.line("No tokens.");
      for (const t of tokens) {
        out.line(
          `${t.id}  ${t.label ?? "(no label)"}  ${t.scope}  created ${t.createdAt}  last used ${t.lastUsedAt ?? "never"}${t.expiresAt ? `  expires ${t.expiresAt}` : ""}`,
        );
      }
    });
  token
    .command("revoke")
    .description("revoke a token: refused from that moment")
    .argument("<handle>")
    .argument("<id>")
    .action(async (handle: string, id: string) => {
      await api(
        conn(),
        "DELETE",
        `/api/v1/users/${encodeURIComponent(handle)}/tokens/${encodeURIComponent(id)}`,
      );
      out.line(`Revoked ${id}.`);
    });
}
