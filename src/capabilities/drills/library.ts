import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import type { Scenario } from "./domain/scenario.js";
import { ScenarioSchema, scenarioJsonSchema } from "./domain/scenario.js";
import type { ScenarioStore } from "./store.js";

/** Where the published scenario schema lives in the repository (npm run contract writes it). */
export const SCENARIO_SCHEMA_FILE = "docs/drill-scenario.schema.json";

/** What is wrong with a scenario, each at its path (`injects.3.after.inject`). */
export type ScenarioIssue = { path: string; message: string };

/** A scenario read from text: the scenario, or its issues. */
export type Parsed = { scenario: Scenario; issues: [] } | { scenario: null; issues: ScenarioIssue[] };

/** Reads a scenario from YAML or JSON text (JSON is YAML) and checks it. */
export function parseScenario(text: string): Parsed {
  let raw: unknown;
  try {
    raw = parseYaml(text, { maxAliasCount: 100 });
  } catch (error) {
    const message = error instanceof Error ? (error.message.split("\n")[0] ?? error.message) : String(error);
    return { scenario: null, issues: [{ path: "", message: `not valid YAML or JSON: ${message}` }] };
  }
  const checked = ScenarioSchema.safeParse(raw);
  if (checked.success) return { scenario: checked.data, issues: [] };
  return {
    scenario: null,
    issues: checked.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message })),
  };
}

/** The folder of the scenarios Muster ships, from source or from the build. */
export function shippedFolder(): string | null {
  for (const relative of ["../../../scenarios", "../../../../scenarios"]) {
    const dir = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(dir)) return dir;
  }
  return null;
}

type Shipped = { file: string; text: string; parsed: Parsed };
let shipped: Shipped[] | null = null;

/**
 * The scenarios Muster ships (each file checked; a broken file is reported, not skipped). They
 * are part of the installation, so they are read and parsed once, not on every request.
 */
export function shippedScenarios(): Shipped[] {
  shipped ??= readShipped();
  return shipped;
}

function readShipped(): Shipped[] {
  const dir = shippedFolder();
  if (!dir) return [];
  return readdirSync(dir)
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .sort()
    .map((file) => {
      const text = readFileSync(path.join(dir, file), "utf8");
      return { file, text, parsed: parseScenario(text) };
    });
}

/** The schema file's text, as `npm run contract` writes it. */
export function scenarioSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}

/** A scenario of the library: shipped with Muster, or the team's own (with its text as written). */
export type Entry = { scenario: Scenario; source: string; origin: "shipped" | "team" };

/** Every scenario: the shipped ones, then the team's (a stored one that no longer parses is left out). */
export async function scenarioLibrary(store: ScenarioStore): Promise<Entry[]> {
  const shipped = shippedScenarios().flatMap(({ parsed, text }) =>
    parsed.scenario ? [{ scenario: parsed.scenario, source: text, origin: "shipped" as const }] : [],
  );
  const team = (await store.list()).flatMap((s) => {
    const parsed = parseScenario(s.source);
    return parsed.scenario ? [{ scenario: parsed.scenario, source: s.source, origin: "team" as const }] : [];
  });
  return [...shipped, ...team];
}
