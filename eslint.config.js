// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "node_modules/**",
      "data/**",
      "eslint.config.js",
      // Code written to break the rules below; test/domain/lint-rules.test.ts proves they catch it.
      "src/domain/lint-fixtures/**",
      // Generated from the OpenAPI document (npm run contract).
      "src/contract/api.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      "@typescript-eslint/no-unnecessary-condition": "off",
      "@typescript-eslint/require-await": "off",
      // Drivers differ (PostgreSQL returns some integers as strings), so Number() stays.
      "@typescript-eslint/no-unnecessary-type-conversion": "off",
      "@typescript-eslint/no-dynamic-delete": "off",
      curly: ["error", "multi-line"],
      // A switch over a union names every member (or has a default), so a new event type or
      // command cannot slip past evolve or decide unnoticed.
      "@typescript-eslint/switch-exhaustiveness-check": [
        "error",
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
    },
  },
  {
    // The pure core: the domain, each capability's domain/ half, and the pure registries.
    files: [
      "src/domain/**",
      "src/capabilities/*/domain/**",
      "src/capabilities/events.ts",
      "src/capabilities/domain.ts",
      "src/capabilities/describe.ts",
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              // Only relative imports within the domain, zod (pure schemas) and luxon (pure time
              // zone arithmetic over the zone database: on-call handoffs) are allowed.
              regex: "^(?!\\.{1,2}/)(?!zod$)(?!luxon$)",
              message:
                "The domain core is pure: no Node modules, drivers or frameworks (I/O lives in adapters).",
            },
            {
              group: [
                "**/storage/**",
                "**/http/**",
                "**/cli/**",
                "**/app/**",
                "**/web/**",
                // A capability's adapters (routes, CLI verbs, stores) and the adapter registries.
                "**/routes.js",
                "**/cli.js",
                "**/store.js",
              ],
              message: "The domain core is pure: it must not import adapters.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["test/**", "bench/**"],
    rules: {
      "@typescript-eslint/no-non-null-assertion": "off",
      // Test helpers name the expected answer's type at the call site.
      "@typescript-eslint/no-unnecessary-type-parameters": "off",
    },
  },
);
