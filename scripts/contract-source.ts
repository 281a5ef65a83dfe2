import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import openapiTS, { astToString } from "openapi-typescript";
import { defaultDomainConfig } from "../src/domain/index.js";
import { buildApp } from "../src/http/app.js";
import { createRuntime } from "../src/server.js";

/** Where the generated contract types live (committed; `npm run contract` rewrites them). */
export const CONTRACT_FILE = "src/contract/api.ts";

const HEADER = `// Generated from the OpenAPI document by \`npm run contract\` (scripts/contract.ts). Do not edit:
// change the routes' zod schemas instead. test/api/contract.test.ts fails when this is stale.
/* eslint-disable */
`;

/** The OpenAPI document of a freshly built app (on a throwaway SQLite file). */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "muster-contract-"));
  const runtime = await createRuntime({
    port: 0,
    host: "127.0.0.1",
    dataDir: dir,
    databaseUrl: undefined,
    adminToken: undefined,
    logLevel: "silent",
    domain: defaultDomainConfig,
  });
  try {
    const app = await buildApp(runtime.services);
    await app.ready();
    const doc = app.swagger() as unknown as Record<string, unknown>;
    await app.close();
    return doc;
  } finally {
    await runtime.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The TypeScript source of the contract types: `paths`, `components`, `operations`. */
export async function contractSource(): Promise<string> {
  const doc = await openApiDocument();
  const ast = await openapiTS(JSON.parse(JSON.stringify(doc)) as never, { alphabetize: true });
  return HEADER + astToString(ast);
}
