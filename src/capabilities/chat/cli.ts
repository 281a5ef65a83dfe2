import type { Command } from "commander";
import { api } from "../../cli/client.js";
import type { Conn, Out } from "../../cli/output.js";

type Identity = { externalId: string; handle: string; source: string; updatedAt: string };
const path = (provider: string, id?: string): string =>
  `/api/v1/chat/${encodeURIComponent(provider)}/identities${id ? `/${encodeURIComponent(id)}` : ""}`;

/** chat link, chat unlink, chat identities: who chat users are in Muster (admins). */
export function registerChatCommands(program: Command, conn: Conn, out: Out): void {
  const chat = program
    .command("chat")
    .description("admin: link chat users (Slack, Mattermost) to Muster people");
  chat
    .command("link")
    .description("link a chat user to a person (replaces a match by email)")
    .argument("<provider>", "slack or mattermost")
    .argument("<user-id>", "the platform's user id (Slack: U…)")
    .argument("<handle>", "the Muster person")
    .option("--json", "print JSON")
    .action(async (provider: string, id: string, handle: string, o: { json?: boolean }) => {
      const linked = await api<Identity>(conn(), "PUT", path(provider, id), { handle });
      if (o.json) out.json(linked);
      else out.line(`Linked ${provider} user ${linked.externalId} to ${linked.handle}.`);
    });
  chat
    .command("unlink")
    .description("unlink a chat user (matched by email again next time)")
    .argument("<provider>")
    .argument("<user-id>")
    .action(async (provider: string, id: string) => {
      await api(conn(), "DELETE", path(provider, id));
      out.line(`Unlinked ${provider} user ${id}.`);
    });
  chat
    .command("identities")
    .description("who each chat user is in Muster")
    .argument("<provider>")
    .option("--json", "print JSON")
    .action(async (provider: string, o: { json?: boolean }) => {
      const { identities } = await api<{ identities: Identity[] }>(conn(), "GET", path(provider));
      if (o.json) {
        out.json({ identities });
        return;
      }
      if (identities.length === 0) out.line("No one linked yet.");
      for (const i of identities) out.line(`${i.externalId}  ${i.handle}  (${i.source}, ${i.updatedAt})`);
    });
}
