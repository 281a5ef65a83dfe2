// A fixture that breaks the purity rule on purpose; ESLint ignores this folder in normal runs
// and test/domain/lint-rules.test.ts checks that every import below is refused.
import { readFileSync } from "fs";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { eventToRow } from "../../storage/rows.js";

/** Uses each import so only the purity rule has something to say. */
export function impure(): unknown[] {
  return [readFileSync, randomUUID, pg, eventToRow];
}
