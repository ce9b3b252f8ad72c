// Joins become idempotent: each join form carries a random token, and the roster entry keeps its
// SHA-256, unique within the class, so a join retried after its answer was lost finds the entry
// its first try made instead of adding a second one (decision 11). Existing students have none.
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("students").addColumn("join_token_hash", "text").execute();
  // A plain unique index (NULLs are distinct on both databases), so ON CONFLICT can name it.
  await db.schema.createIndex("students_join_token").unique().on("students").columns(["class_id", "join_token_hash"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("students_join_token").execute();
  await db.schema.alterTable("students").dropColumn("join_token_hash").execute();
}
