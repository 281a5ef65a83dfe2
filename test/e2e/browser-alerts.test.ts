import { describe, expect, it } from "vitest";
import path from "node:path";
import { accessibilityProblems } from "../support/axe.js";
import { ARTIFACTS, cspViolations, signIn, tokenFor, useBrowserRig } from "../support/browser.js";

const ADMIN = "browser-alerts-admin-token-0123456789";

describe("alerts in Chromium", () => {
  const rig = useBrowserRig(ADMIN);

  it("an admin adds a source and a rule; an alert opens an incident whose room shows it; a recorded group is attached by hand", async () => {
    const { server, browser } = rig();
    await tokenFor(server.url, ADMIN, "dana");
    const team = await fetch(`${server.url}/api/v1/teams/dcops`, {
      method: "PUT",
      headers: { authorization: `Bearer ${ADMIN}`, "content-type": "application/json" },
      body: JSON.stringify({ displayName: "DC Ops", escalation: ["dana"] }),
    });
    expect(team.status).toBe(200);

    const admin = await signIn(browser, server.url, ADMIN);
    await admin.getByRole("link", { name: "Alerts" }).click();
    const sourceForm = admin.getByRole("form", { name: "Add an alert source" });
    await sourceForm.getByLabel("Name").fill("prom");
    await sourceForm.getByLabel("Sends").selectOption("alertmanager");
    await sourceForm.getByRole("button", { name: "Add source" }).click();
    const shown = admin.getByRole("status", { name: "New secret" });
    await shown.waitFor();
    const secret = /Bearer ([A-Za-z0-9_-]+)/.exec((await shown.textContent()) ?? "")?.[1] ?? "";
    expect(secret.length).toBeGreaterThan(30);

    const ruleForm = admin.getByRole("form", { name: "Save a routing rule" });
    await ruleForm.getByLabel("Name").fill("critical");
    await ruleForm.getByLabel(/^Matchers/).fill('severity="critical"');
    await ruleForm.getByLabel(/^Severity by label value/).fill("critical=SEV1");
    await ruleForm.getByLabel("Page team").fill("dcops");
    await ruleForm.getByLabel("Page all of the team at once").check();
    await ruleForm.getByRole("button", { name: "Save rule" }).click();
    await admin.getByRole("cell", { name: /opens an incident \(critical→SEV1/ }).waitFor();

    const send = async (name: string, severity: string, instances: string[]) => {
      const r = await fetch(`${server.url}/api/v1/alerts/prom`, {
        method: "POST",
        headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
        body: JSON.stringify({
          version: "4",
          groupKey: `{}:{alertname="${name}"}`,
          status: "firing",
          groupLabels: { alertname: name },
          commonLabels: { alertname: name, severity },
          alerts: instances.map((instance) => ({
            status: "firing",
            labels: { alertname: name, severity, instance },
            annotations: { summary: `${name} on ${instance}` },
            startsAt: new Date(Date.now() - 120_000).toISOString(),
            generatorURL: "http://prometheus.example:9090/graph",
          })),
        }),
      });
      expect(r.status).toBe(202);
    };
    await send("RackPowerLost", "critical", ["rack-12", "rack-13"]);
    await send("FanSpeedLow", "info", ["rack-12"]);
    await admin.reload();
    const incidentLink = admin.getByRole("link", { name: /^#1 / });
    for (let i = 0; i < 50 && (await incidentLink.count()) === 0; i++) {
      await new Promise((r) => setTimeout(r, 200));
      await admin.reload();
    }
    const attach = admin.getByRole("form", { name: "Attach FanSpeedLow" });
    await attach.getByLabel("Incident number").fill("1");
    await attach.getByRole("button", { name: "Attach" }).click();
    await admin.getByRole("link", { name: /^#1 / }).nth(1).waitFor();
    expect(await accessibilityProblems(admin)).toEqual([]);

    // Dana, paged, sees the incident's alerts in its room.
    const dana = await signIn(browser, server.url, await tokenFor(server.url, ADMIN, "dana2"));
    await dana.goto(`${server.url}/#/incidents/1`);
    const panel = dana.getByRole("region", { name: "Alerts" });
    await panel.getByText("RackPowerLost on rack-13").waitFor();
    await panel.getByText("FanSpeedLow on rack-12").waitFor();
    await panel.getByText("2 firing").waitFor();
    await panel.screenshot({ path: path.join(ARTIFACTS, "alerts-panel.png") });
    expect(await accessibilityProblems(dana)).toEqual([]);
    expect(cspViolations()).toEqual([]);
  }, 120_000);
});
