import "server-only";
// Opens the one database the app uses: embedded SQLite in the data folder by default, or
// PostgreSQL when DATABASE_URL is set. Migrations run before the first query.
import path from "node:path";
import { mkdirSync } from "node:fs";
// Kysely 0.28: the last line that supports Node 20 (0.29 needs Node 22).
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type Migration } from "kysely";
import SQLite from "better-sqlite3";
import pg from "pg";
import type { Database } from "./schema";
import * as m0001 from "./migrations/0001-initial";
import * as m0002 from "./migrations/0002-review";
import * as m0003 from "./migrations/0003-highlights";
import * as m0004 from "./migrations/0004-quiz-builder";
import * as m0005 from "./migrations/0005-join-tokens";
import { acquireDataFolderLock } from "./lock";
import { markDialect } from "./dialect";

const MIGRATIONS: Record<string, Migration> = {
  "0001-initial": m0001,
  "0002-review": m0002,
  "0003-highlights": m0003,
  "0004-quiz-builder": m0004,
  "0005-join-tokens": m0005,
};

export type Dialect = "sqlite" | "postgres";

export interface Db {
  db: Kysely<Database>;
  dialect: Dialect;
  close(): Promise<void>;
}

/** A PostgreSQL bigint is returned as a string by default; ours are millisecond timestamps. */
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.FLOAT8, (v) => Number(v));

export async function openDatabase(opts: { databaseUrl: string | null; dataDir: string; lock?: boolean }): Promise<Db> {
  let db: Kysely<Database>;
  let dialect: Dialect;
  let release = () => {};
  if (opts.databaseUrl) {
    dialect = "postgres";
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 10 });
    // An idle connection the server drops (a restart, a failover, an administrator) emits an
    // error on the pool; unhandled, it would end the whole process. The pool replaces it.
    pool.on("error", (err) => console.warn(JSON.stringify({ event: "postgres.idle-connection-dropped", error: err.name, code: (err as { code?: string }).code ?? null })));
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  } else {
    dialect = "sqlite";
    mkdirSync(opts.dataDir, { recursive: true });
    if (opts.lock !== false) release = acquireDataFolderLock(opts.dataDir);
    const sqlite = new SQLite(path.join(/*turbopackIgnore: true*/ opts.dataDir, "evident.sqlite"));
    // Crash safety: write-ahead log, fsync on every commit, foreign keys enforced.
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("synchronous = FULL");
    sqlite.pragma("foreign_keys = ON");
    sqlite.pragma("busy_timeout = 5000");
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  }
  markDialect(db, dialect);
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
  const { error } = await migrator.migrateToLatest();
  if (error) {
    await db.destroy();
    release();
    throw new Error(`Evident could not prepare its database: ${error instanceof Error ? error.message : String(error)}`);
  }
  return {
    db,
    dialect,
    async close() {
      await db.destroy();
      release();
    },
  };
}
