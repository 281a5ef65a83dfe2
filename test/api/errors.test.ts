import { readFileSync } from "node:fs";
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { domainErrorCatalogue } from "../../src/domain/index.js";

const documented = readFileSync("docs/errors.md", "utf8");

function httpCodes(): string[] {
  // The HTTP layer and every capability's adapters may raise HTTP-level problems.
  const files = [
    ...readdirSync("src/http", { recursive: true, encoding: "utf8" }).map((f) => path.join("src/http", f)),
    ...readdirSync("src/capabilities", { recursive: true, encoding: "utf8" }).map((f) =>
      path.join("src/capabilities", f),
    ),
  ];
  const codes = new Set<string>();
  for (const file of files.filter((f) => f.endsWith(".ts"))) {
    for (const match of readFileSync(file, "utf8").matchAll(/HttpProblem\(\s*\d{3},\s*"([A-Z_]+)"/g)) {
      codes.add(match[1]!);
    }
    for (const match of readFileSync(file, "utf8").matchAll(/problem\(\s*\d{3},\s*"([A-Z_]+)"/g)) {
      codes.add(match[1]!);
    }
  }
  return [...codes];
}

describe("error catalogue", () => {
  it("documents every domain error code with its status", () => {
    for (const [code, { status }] of Object.entries(domainErrorCatalogue)) {
      expect(documented, code).toMatch(new RegExp(`\\| \`${code}\`\\s*\\| ${status}\\s*\\|`));
    }
  });

  it("documents every HTTP-layer error code", () => {
    const codes = httpCodes();
    expect(codes).toContain("ADMIN_ONLY");
    for (const code of codes) expect(documented, code).toContain(`\`${code}\``);
  });
});
