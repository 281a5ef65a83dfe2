import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import {
  SCENARIO_SCHEMA_FILE,
  parseScenario,
  scenarioSchemaText,
  shippedFolder,
  shippedScenarios,
} from "../../src/capabilities/drills/library.js";
import { durationMs } from "../../src/capabilities/drills/domain/scenario.js";

const SHIPPED = ["bad-deploy", "credential-leak", "dc-power-failure", "regional-outage", "slow-degradation"];

/** The power-failure scenario as text, with one change made to its parsed form. */
function variant(
  edit: (s: Record<string, unknown> & { injects: Record<string, unknown>[] }) => void,
): string {
  const text = readFileSync(path.join(shippedFolder() ?? "", "dc-power-failure.yaml"), "utf8");
  const raw = parseYaml(text) as Record<string, unknown> & { injects: Record<string, unknown>[] };
  edit(raw);
  return JSON.stringify(raw);
}

describe("drill scenario files", () => {
  it("ships the five scenarios written for Muster, each valid and named for its file", () => {
    const shipped = shippedScenarios();
    expect(shipped.map((s) => s.file)).toEqual(SHIPPED.map((id) => `${id}.yaml`));
    for (const { file, parsed } of shipped) {
      expect(parsed.issues, file).toEqual([]);
      expect(parsed.scenario?.id).toBe(file.replace(/\.yaml$/, ""));
      expect(parsed.scenario?.injects.length, file).toBeGreaterThanOrEqual(4);
    }
    const credential = shipped.find((s) => s.file === "credential-leak.yaml")?.parsed.scenario;
    expect(credential?.visibility).toBe("restricted");
    const kinds = new Set(shipped.flatMap((s) => s.parsed.scenario?.injects.map((i) => i.do.type) ?? []));
    // Between them the scenarios use every kind of inject but the facilitator's note.
    expect([...kinds].sort()).toEqual(
      [
        "alert",
        "arrival",
        "change-goes-wrong",
        "drop-out",
        "finding",
        "message",
        "need",
        "question",
        "second-incident",
      ].sort(),
    );
  });

  it("validates against the published JSON Schema, which is current", () => {
    // Compared as JSON: the formatter may lay the file out differently from JSON.stringify.
    expect(JSON.parse(readFileSync(SCENARIO_SCHEMA_FILE, "utf8"))).toEqual(JSON.parse(scenarioSchemaText()));
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(SCENARIO_SCHEMA_FILE, "utf8")) as object);
    const dir = shippedFolder() ?? "";
    for (const file of readdirSync(dir)) {
      const ok = validate(parseYaml(readFileSync(path.join(dir, file), "utf8")));
      expect(ok, `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    expect(validate({ id: "x", title: "t" })).toBe(false);
  });

  it("names the path and the problem of what is wrong in a scenario", () => {
    const cases: [string, string, RegExp][] = [
      [
        variant((s) => (s.injects[1] = { ...s.injects[1], id: "ups-on-battery" })),
        "injects.1.id",
        /another inject/,
      ],
      [
        variant((s) => (s.injects[2] = { ...s.injects[2], after: { inject: "later" } })),
        "injects.2.after.inject",
        /not an inject defined before/,
      ],
      [
        variant((s) => (s.injects[2] = { ...s.injects[2], after: { event: "can.filed" } })),
        "injects.2.after.event",
        /not an event type/,
      ],
      [
        variant(
          (s) => (s.injects[2] = { ...s.injects[2], do: { type: "message", from: "nobody", text: "x" } }),
        ),
        "injects.2.do.from",
        /not in the cast/,
      ],
      [
        variant((s) => (s.injects[0] = { ...s.injects[0], after: { inject: "x" } })),
        "injects.0.at",
        /either at/,
      ],
      [
        variant((s) => (s.injects[0] = { ...s.injects[0], at: "ten minutes" })),
        "injects.0.at",
        /duration such as/,
      ],
      [
        variant((s) => (s.injects[0] = { ...s.injects[0], at: "2h" })),
        "injects.0.at",
        /after the scenario's duration/,
      ],
      [
        variant((s) => (s.injects[0] = { ...s.injects[0], do: { type: "explode" } })),
        "injects.0.do.type",
        /.+/,
      ],
      [variant((s) => (s.roles = ["captain"])), "roles.0", /.+/],
      ["title: [unclosed", "", /not valid YAML or JSON/],
    ];
    for (const [text, where, message] of cases) {
      const { issues } = parseScenario(text);
      const found = issues.find((i) => i.path === where);
      expect(found, `${where} in ${JSON.stringify(issues)}`).toBeDefined();
      expect(found?.message).toMatch(message);
    }
  });

  it("reads durations as hours, minutes and seconds", () => {
    expect([durationMs("90s"), durationMs("10m"), durationMs("1h30m"), durationMs("0s")]).toEqual([
      90_000, 600_000, 5_400_000, 0,
    ]);
    expect([durationMs(""), durationMs("5"), durationMs("m"), durationMs("1d")]).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });
});
