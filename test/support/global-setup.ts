import type { TestProject } from "vitest/node";
import { startPostgres } from "./postgres.js";

declare module "vitest" {
  export interface ProvidedContext {
    pgUrl: string;
  }
}

/** One PostgreSQL server for the whole run; each test runtime gets its own database. */
export default async function setup(project: TestProject): Promise<() => void> {
  const pg = await startPostgres();
  project.provide("pgUrl", pg.url);
  return () => {
    pg.stop();
  };
}
