import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

async function run(page: Page): Promise<string[]> {
  if (!(await page.evaluate<boolean>("typeof axe !== 'undefined'"))) {
    // Evaluated through DevTools rather than added as a <script>: Muster's CSP forbids inline scripts.
    await page.evaluate(axeSource);
  }
  const violations = await page.evaluate<Violation[]>(
    `axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] }).then((r) => r.violations)`,
  );
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

/**
 * Runs axe-core (WCAG 2.1 A and AA rules) on the page as it stands, in the light and the dark
 * theme, and returns the serious and critical violations as readable lines:
 * "[dark] color-contrast: Elements must meet minimum color contrast ratio thresholds (#x, #y)".
 * The page is left in the theme it was in.
 */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  const dark = await page.evaluate<boolean>("matchMedia('(prefers-color-scheme: dark)').matches");
  const problems = (await run(page)).map((p) => `[${dark ? "dark" : "light"}] ${p}`);
  await page.emulateMedia({ colorScheme: dark ? "light" : "dark" });
  try {
    problems.push(...(await run(page)).map((p) => `[${dark ? "light" : "dark"}] ${p}`));
  } finally {
    await page.emulateMedia({ colorScheme: dark ? "dark" : "light" });
  }
  return problems;
}
