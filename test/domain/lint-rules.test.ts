import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

/** Lints a fixture that is excluded from the normal run, with the project's own configuration. */
async function lint(file: string): Promise<{ ruleId: string | null; message: string }[]> {
  const eslint = new ESLint({ ignore: false });
  const [result] = await eslint.lintFiles([file]);
  return result?.messages ?? [];
}

describe("the lint rules that guard the architecture", () => {
  it("refuses Node modules, drivers and adapters in the domain core", async () => {
    const messages = await lint("src/domain/lint-fixtures/impure.ts");
    const refused = messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
    expect(refused).toHaveLength(4);
    expect(refused.join("\n")).toMatch(/'fs'/);
    expect(refused.join("\n")).toMatch(/'node:crypto'/);
    expect(refused.join("\n")).toMatch(/'pg'/);
    expect(refused.join("\n")).toMatch(/storage\/rows/);
  }, 60_000);

  it("refuses a switch over the events that forgets some of them", async () => {
    const messages = await lint("src/domain/lint-fixtures/non-exhaustive.ts");
    const found = messages.filter((m) => m.ruleId === "@typescript-eslint/switch-exhaustiveness-check");
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain("incident.updated");
  }, 60_000);
});
