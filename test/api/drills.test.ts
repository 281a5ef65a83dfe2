import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shippedFolder } from "../../src/capabilities/drills/library.js";
import type { TestServer } from "../support/runtime.js";
import { ENGINES, startTestServer } from "../support/runtime.js";
import { call } from "../support/http.js";

const power = readFileSync(path.join(shippedFolder() ?? "", "dc-power-failure.yaml"), "utf8");
/** The shipped power-failure scenario saved under the team's own id. */
const ours = power
  .replace("id: dc-power-failure", "id: hall-c-power")
  .replace("title: Data-centre power failure", "title: Hall C power");

describe.each(ENGINES)("drill scenarios and practice reports on %s", (engine) => {
  let s: TestServer;
  let member: string;
  let viewer: string;

  beforeAll(async () => {
    s = await startTestServer(engine);
    member = await s.user("fay");
    viewer = await s.user("vic");
    const vic = await s.runtime.services.users.byHandle("vic");
    await s.runtime.services.users.setRole(vic?.id ?? "", "viewer");
  });
  afterAll(async () => {
    await s.close();
  });

  it("lists the shipped scenarios and publishes the file schema", async () => {
    const list = await call(s, member, "GET", "/api/v1/drill-scenarios");
    const scenarios = list.body.scenarios as { id: string; origin: string; injects: number }[];
    expect(scenarios.map((x) => [x.id, x.origin])).toEqual([
      ["bad-deploy", "shipped"],
      ["credential-leak", "shipped"],
      ["dc-power-failure", "shipped"],
      ["regional-outage", "shipped"],
      ["slow-degradation", "shipped"],
    ]);
    const schema = await call(s, member, "GET", "/api/v1/drill-scenarios/schema");
    expect(Object.keys(schema.body.properties ?? {})).toContain("injects");
    const one = await call(s, member, "GET", "/api/v1/drill-scenarios/dc-power-failure");
    expect(one.body).toMatchObject({
      origin: "shipped",
      scenario: { id: "dc-power-failure", severity: "SEV1" },
    });
  });

  it("checks a scenario's text, listing every problem at its path, without saving", async () => {
    const broken = ours
      .replace("after: { event: role.filled }", "after: { event: role.filed }")
      .replace("from: vp-eng", "from: cfo");
    const checked = await call(s, member, "POST", "/api/v1/drill-scenarios/check", { source: broken });
    expect(checked.status).toBe(200);
    expect(checked.body.valid).toBe(false);
    expect((checked.body.issues as { path: string }[]).map((i) => i.path).sort()).toEqual([
      "injects.2.after.event",
      "injects.3.do.from",
    ]);
    const fine = await call(s, member, "POST", "/api/v1/drill-scenarios/check", { source: ours });
    expect(fine.body).toMatchObject({
      valid: true,
      issues: [],
      scenario: { id: "hall-c-power", injects: 7 },
    });
    expect((await call(s, member, "GET", "/api/v1/drill-scenarios/hall-c-power")).status).toBe(404);
  });

  it("saves the team's scenarios from YAML or JSON, exports them as written, and guards the shipped ones", async () => {
    expect(
      (await call(s, viewer, "PUT", "/api/v1/drill-scenarios/hall-c-power", { source: ours })).status,
    ).toBe(403);
    const made = await call(s, member, "PUT", "/api/v1/drill-scenarios/hall-c-power", { source: ours });
    expect([made.status, made.body.origin, made.body.title]).toEqual([201, "team", "Hall C power"]);
    expect(
      (await call(s, member, "PUT", "/api/v1/drill-scenarios/hall-c-power", { source: ours })).status,
    ).toBe(200);
    const exported = await s.app.inject({
      method: "GET",
      url: "/api/v1/drill-scenarios/hall-c-power",
      headers: { authorization: `Bearer ${member}`, accept: "application/yaml" },
    });
    expect(exported.headers["content-type"]).toContain("application/yaml");
    expect(exported.body).toBe(ours);

    const asJson = JSON.stringify({
      ...((await call(s, member, "GET", "/api/v1/drill-scenarios/hall-c-power")).body.scenario as object),
      id: "hall-d-power",
    });
    expect(
      (await call(s, member, "PUT", "/api/v1/drill-scenarios/hall-d-power", { source: asJson })).status,
    ).toBe(201);

    const mismatch = await call(s, member, "PUT", "/api/v1/drill-scenarios/other", { source: ours });
    expect([mismatch.status, mismatch.body.code, mismatch.body.field]).toEqual([
      422,
      "INVALID_SCENARIO",
      "id",
    ]);
    const shipped = await call(s, member, "PUT", "/api/v1/drill-scenarios/dc-power-failure", {
      source: power,
    });
    expect([shipped.status, shipped.body.code]).toEqual([409, "SCENARIO_SHIPPED"]);
    const invalid = await call(s, member, "PUT", "/api/v1/drill-scenarios/hall-c-power", {
      source: ours.replace("duration: 45m", "duration: forever"),
    });
    expect([invalid.status, invalid.body.code, invalid.body.field]).toEqual([
      422,
      "INVALID_SCENARIO",
      "duration",
    ]);
    // Refused: the saved one is unchanged.
    expect(
      (await call(s, member, "GET", "/api/v1/drill-scenarios/hall-c-power")).body.scenario,
    ).toMatchObject({ duration: "45m" });

    const listed = (await call(s, member, "GET", "/api/v1/drill-scenarios")).body.scenarios as {
      id: string;
      origin: string;
    }[];
    expect(listed.filter((x) => x.origin === "team").map((x) => x.id)).toEqual([
      "hall-c-power",
      "hall-d-power",
    ]);
    expect((await call(s, member, "DELETE", "/api/v1/drill-scenarios/hall-d-power")).status).toBe(204);
    expect((await call(s, member, "DELETE", "/api/v1/drill-scenarios/hall-d-power")).body.code).toBe(
      "SCENARIO_NOT_FOUND",
    );
    expect((await call(s, member, "DELETE", "/api/v1/drill-scenarios/dc-power-failure")).status).toBe(404);
  });

  it("refuses hostile scenario text with a clear problem", async () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...Array.from({ length: 12 }, (_, i) => {
        const prev = i === 0 ? "a" : `l${String(i - 1)}`;
        return `l${String(i)}: &l${String(i)} [*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev}]`;
      }),
    ].join("\n");
    const res = await call(s, member, "POST", "/api/v1/drill-scenarios/check", { source: bomb });
    expect(res.status).toBe(200);
    expect(res.body.valid).toBe(false);
    expect(JSON.stringify(res.body.issues)).toMatch(/not valid YAML or JSON|alias/i);
    const nul = await call(s, member, "PUT", "/api/v1/drill-scenarios/hall-c-power", {
      source: ours.replace("Hall C power", "Hall\u0000C"),
    });
    expect(nul.status).toBe(422);
    const huge = await call(s, member, "POST", "/api/v1/drill-scenarios/check", {
      source: "x".repeat(300_000),
    });
    expect(huge.status).toBe(422);
    expect(huge.body.field).toBe("source");
  });

  it("reports how a drill kept the practices, as JSON and as a Markdown after-action report", async () => {
    const ic = await s.user("ida");
    const tl = await s.user("tom");
    const d = await call(s, ic, "POST", "/api/v1/incidents", {
      synopsis: "DRILL: hall B dark",
      kind: "drill",
      severity: "SEV1",
    });
    const ref = `/api/v1/incidents/${String(d.body.number)}`;
    expect((await call(s, tl, "POST", `${ref}/responders`, { person: "tom" })).status).toBe(201);
    expect((await call(s, ic, "PUT", `${ref}/roles/tech-lead`, { person: "tom" })).status).toBe(200);
    const can = { conditions: "hall B dark", actions: "failing over", needs: "none" };
    expect((await call(s, tl, "POST", `${ref}/reports`, can)).status).toBe(201);
    const report = await call(s, ic, "GET", `${ref}/practices`);
    expect(report.status).toBe(200);
    const verdicts = Object.fromEntries(
      (report.body.practices as { id: string; verdict: string }[]).map((p) => [p.id, p.verdict]),
    );
    expect(verdicts).toMatchObject({
      "command-early": "kept",
      "ic-tl-apart": "kept",
      "can-cadence": "kept",
      "end-announced": "missed",
    });
    expect(report.body.incident).toMatchObject({ kind: "drill" });

    const md = await s.app.inject({
      method: "GET",
      url: `${ref}/practices`,
      headers: { authorization: `Bearer ${ic}`, accept: "text/markdown" },
    });
    expect(md.headers["content-type"]).toContain("text/markdown");
    expect(md.body).toMatch(/^# After-action report: #\d+ /);
    expect(md.body).toContain("## CAN reports, early and regularly: ✔ kept");
    expect(md.body).toMatch(/- \d\d:\d\d UTC, #\d+: .*CAN/);

    const secret = await call(s, ic, "POST", "/api/v1/incidents", {
      synopsis: "Key leaked",
      visibility: "restricted",
    });
    const hidden = await call(s, member, "GET", `/api/v1/incidents/${String(secret.body.number)}/practices`);
    expect([hidden.status, hidden.body.code]).toEqual([404, "INCIDENT_NOT_FOUND"]);
  });
});
