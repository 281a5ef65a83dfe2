// `npm run contract`: regenerates src/contract/api.ts from the routes' schemas.
import { writeFileSync } from "node:fs";
import { CONTRACT_FILE, contractSource } from "./contract-source.js";

writeFileSync(CONTRACT_FILE, await contractSource());
console.log(`wrote ${CONTRACT_FILE}`);
