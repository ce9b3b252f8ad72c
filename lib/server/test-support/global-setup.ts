// Vitest global setup: one real PostgreSQL server for the whole run, so every data-access
// test runs against both SQLite and PostgreSQL. In CI a missing server is a failure.
import type { TestProject } from "vitest/node";
import { startPostgres } from "./postgres";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string | null;
  }
}

export default async function setup(project: TestProject) {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    project.provide("postgresUrl", given);
    return;
  }
  const server = await startPostgres();
  if ("unavailable" in server) {
    if (process.env.CI) throw new Error(`The test suite needs PostgreSQL: ${server.unavailable}`);
    console.warn(`PostgreSQL tests skipped: ${server.unavailable}`);
    project.provide("postgresUrl", null);
    return;
  }
  project.provide("postgresUrl", server.url);
  return () => server.stop();
}
