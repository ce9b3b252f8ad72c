// Which database a Kysely handle talks to. Not `adapter instanceof SqliteAdapter`: Next bundles
// kysely into each server chunk separately, so the handle opened at start-up (instrumentation) and
// a route's copy of the class are different classes and `instanceof` is false. A registered-symbol
// property on the handle is the same in every copy.
import type { Kysely } from "kysely";
import type { Database } from "./schema";

const DIALECT = Symbol.for("evident.dialect");

type Marked = Kysely<Database> & { [DIALECT]?: "sqlite" | "postgres" };

export function markDialect(db: Kysely<Database>, dialect: "sqlite" | "postgres"): void {
  (db as Marked)[DIALECT] = dialect;
}

/** The dialect of a handle opened by openDatabase (transactions: ask the handle they came from). */
export function isSqlite(db: Kysely<Database>): boolean {
  const d = (db as Marked)[DIALECT];
  if (!d) throw new Error("This database handle was not opened by openDatabase.");
  return d === "sqlite";
}
