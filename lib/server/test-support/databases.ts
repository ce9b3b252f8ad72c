// Each data-access test runs once per database: a fresh SQLite folder, and a fresh schema on
// the shared PostgreSQL server.
import { inject } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { openDatabase, type Db } from "../db/open";

export const dialects = ["sqlite", "postgres"] as const;

let counter = 0;

export async function freshDatabase(dialect: (typeof dialects)[number]): Promise<(Db & { dispose(): Promise<void> }) | null> {
  if (dialect === "sqlite") {
    const dir = mkdtempSync(path.join(tmpdir(), "evident-test-"));
    const db = await openDatabase({ databaseUrl: null, dataDir: dir });
    return { ...db, dispose: async () => (await db.close(), rmSync(dir, { recursive: true, force: true })) };
  }
  const url = inject("postgresUrl");
  if (!url) return null;
  const name = `t_${process.pid}_${Date.now()}_${counter++}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const db = await openDatabase({ databaseUrl: url.replace(/\/[^/]*$/, `/${name}`), dataDir: "" });
  return {
    ...db,
    dispose: async () => {
      await db.close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
