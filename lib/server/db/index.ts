import "server-only";
// The app's database client: opened once per process from the environment.
import { env } from "../env";
import { openDatabase, type Db } from "./open";

// Once per process, not once per module copy: Next bundles route handlers, pages and
// instrumentation separately, each with its own copy of this module. Separate SQLite connections
// in one process are a trap with a synchronous driver: while one holds a write transaction
// across an await, another's write blocks the whole event loop in busy_timeout and then fails.
// One shared connection serializes writes through Kysely's connection mutex instead.
const KEY = Symbol.for("evident.database");
const slot = globalThis as typeof globalThis & { [KEY]?: Promise<Db> | null };

export function database(): Promise<Db> {
  if (!slot[KEY]) {
    const e = env();
    slot[KEY] = openDatabase({ databaseUrl: e.databaseUrl, dataDir: e.dataDir }).catch((err) => {
      slot[KEY] = null;
      throw err;
    });
  }
  return slot[KEY];
}
