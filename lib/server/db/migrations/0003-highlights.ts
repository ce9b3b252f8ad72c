// A student's highlights and notes, kept with their attempt: one row per attempt holding the
// whole list (JSON), replaced only by a newer sequence number, like an answer (decision 6).
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("attempt_highlights")
    .addColumn("attempt_id", "text", (c) => c.primaryKey().references("attempts.id").onDelete("cascade"))
    .addColumn("highlights", "text", (c) => c.notNull())
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("saved_at", "bigint", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("attempt_highlights").execute();
}
