import path from "node:path";
import { beforeAll, afterAll, describe, expect, it } from "vitest";
import { accessibilityProblems } from "../support/axe.js";
import { ARTIFACTS, cspViolations, signIn, tokenFor, useBrowserRig } from "../support/browser.js";
import { until } from "../support/http.js";
import { FakeSlack } from "../support/slack.js";
import { SlackSender } from "../support/slack-client.js";

const ADMIN = "browser-chat-admin-token-0123456789";
const SECRET = "browser-chat-signing-secret-0123456789";

describe("an incident run from Slack, seen in the Command Post", () => {
  const slack = new FakeSlack("xoxb-browser-chat");
  beforeAll(async () => {
    await slack.start();
  });
  afterAll(async () => {
    await slack.stop();
  });
  const rig = useBrowserRig(ADMIN, () => ({
    MUSTER_SLACK_BOT_TOKEN: "xoxb-browser-chat",
    MUSTER_SLACK_SIGNING_SECRET: SECRET,
    MUSTER_SLACK_API_URL: slack.url,
  }));

  it("shows the Slack channel among the links and the channel's messages, marked as said in Slack", async () => {
    const { server, browser } = rig();
    const annToken = await tokenFor(server.url, ADMIN, "ann");
    await tokenFor(server.url, ADMIN, "bob");
    for (const [id, handle] of [
      ["UANN", "ann"],
      ["UBOB", "bob"],
    ] as const) {
      slack.addUser({ id, name: handle, email: null });
      const linked = await fetch(`${server.url}/api/v1/chat/slack/identities/${id}`, {
        method: "PUT",
        headers: { authorization: `Bearer ${ADMIN}`, "content-type": "application/json" },
        body: JSON.stringify({ handle }),
      });
      expect(linked.status).toBe(200);
    }
    const sender = new SlackSender(server.url, SECRET, slack);
    expect(
      JSON.stringify((await sender.command("UANN", "CGENERAL", "declare SEV2 Card payments failing")).body),
    ).toContain("Declared INC-1");
    await until(() => [...slack.channels.values()].some((c) => c.pins.size === 1));
    const channel = [...slack.channels.values()][0];
    if (!channel) throw new Error("no channel");
    slack.join(channel.id, "UBOB");
    const root = "1700002000.000100";
    await sender.message("UBOB", channel.id, "Gateway 502s since 09:40", { ts: root, event_ts: root });
    await sender.message("UANN", channel.id, "Rolling back the gateway", { thread_ts: root });

    const ann = await signIn(browser, server.url, annToken);
    await ann.goto(`${server.url}/#/incidents/1`);
    await ann.getByRole("link", { name: `Slack #${channel.name}` }).waitFor();
    const messages = ann.getByRole("region", { name: "Incident channel" });
    const bobSaid = messages.locator("li", { hasText: "Gateway 502s since 09:40" });
    await bobSaid.waitFor();
    expect(await bobSaid.locator(".badge-via").textContent()).toBe("Slack");
    expect(await bobSaid.locator(".badge-freelancing").count()).toBe(1);
    const reply = messages.locator("li", { hasText: "Rolling back the gateway" });
    expect(await reply.locator(".badge-via").textContent()).toBe("Slack · reply");
    await messages.screenshot({ path: path.join(ARTIFACTS, "chat-messages.png") });
    expect(await accessibilityProblems(ann)).toEqual([]);
    expect(cspViolations()).toEqual([]);
  }, 120_000);
});
