// `npm run contract`: regenerates src/contract/api.ts from the routes' schemas, and the drill
// scenario schema (docs/drill-scenario.schema.json) from its zod schema.
import { writeFileSync } from "node:fs";
import { CONTRACT_FILE, contractSource } from "./contract-source.js";
import { SCENARIO_SCHEMA_FILE, scenarioSchemaText } from "../src/capabilities/drills/library.js";

writeFileSync(CONTRACT_FILE, await contractSource());
console.log(`wrote ${CONTRACT_FILE}`);
writeFileSync(SCENARIO_SCHEMA_FILE, scenarioSchemaText());
console.log(`wrote ${SCENARIO_SCHEMA_FILE}`);
