// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "data/**", "eslint.config.js"] },
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
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/storage/**", "**/http/**", "**/cli/**", "**/app/**", "node:*"],
              message: "The domain core is pure: no I/O or adapters.",
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      "src/storage/**",
      "src/http/**",
      "src/cli/**",
      "src/app/**",
      "src/*.ts",
      "test/**",
      "bench/**",
      "*.config.ts",
      // The web client may use the API's types (src/http/responses.ts) and the domain's.
      "web/**",
    ],
    rules: { "no-restricted-imports": "off" },
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
