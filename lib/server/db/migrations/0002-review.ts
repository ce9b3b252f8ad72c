// Teacher review: an override on an answer (score and comment), and the overrides remembered per
// quiz question and answer text so the same answer is suggested the same score next time.
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("answers").addColumn("teacher_comment", "text").execute();
  await db.schema.alterTable("answers").addColumn("reviewed_at", "bigint").execute();
  await db.schema
    .createTable("remembered_overrides")
    .addColumn("quiz_id", "text", (c) => c.notNull().references("quizzes.id").onDelete("cascade"))
    .addColumn("question_id", "text", (c) => c.notNull())
    .addColumn("answer_key", "text", (c) => c.notNull())
    .addColumn("score", "real", (c) => c.notNull())
    .addColumn("comment", "text")
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("remembered_overrides_pk", ["quiz_id", "question_id", "answer_key"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("remembered_overrides").execute();
}
