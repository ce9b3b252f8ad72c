// The first schema. Written with Kysely's schema builder so it runs unchanged on SQLite and
// PostgreSQL; "bigint" holds millisecond timestamps in both.
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("teachers")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("email", "text", (c) => c.notNull().unique())
    .addColumn("display_name", "text", (c) => c.notNull())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("failed_logins", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("locked_until", "bigint")
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("sessions")
    .addColumn("token_hash", "text", (c) => c.primaryKey())
    .addColumn("user_kind", "text", (c) => c.notNull())
    .addColumn("user_id", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("expires_at", "bigint", (c) => c.notNull())
    .addColumn("revoked_at", "bigint")
    .execute();
  await db.schema.createIndex("sessions_user").on("sessions").columns(["user_kind", "user_id"]).execute();
  await db.schema
    .createTable("classes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("teacher_id", "text", (c) => c.notNull().references("teachers.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("join_code", "text", (c) => c.notNull().unique())
    .addColumn("join_open", "integer", (c) => c.notNull())
    .addColumn("archived_at", "bigint")
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("students")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("class_id", "text", (c) => c.notNull().references("classes.id").onDelete("cascade"))
    .addColumn("display_name", "text", (c) => c.notNull())
    .addColumn("personal_code", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("removed_at", "bigint")
    .addUniqueConstraint("students_class_code", ["class_id", "personal_code"])
    .execute();
  await db.schema
    .createTable("articles")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("slug", "text")
    .addColumn("teacher_id", "text", (c) => c.references("teachers.id").onDelete("cascade"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("source_text", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("quizzes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("teacher_id", "text", (c) => c.notNull().references("teachers.id").onDelete("cascade"))
    .addColumn("article_id", "text", (c) => c.notNull().references("articles.id").onDelete("cascade"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("questions", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("assignments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("quiz_id", "text", (c) => c.notNull().references("quizzes.id").onDelete("cascade"))
    .addColumn("class_id", "text", (c) => c.notNull().references("classes.id").onDelete("cascade"))
    .addColumn("due_at", "bigint")
    .addColumn("feedback_mode", "text", (c) => c.notNull())
    .addColumn("released_at", "bigint")
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("attempts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("assignment_id", "text", (c) => c.notNull().references("assignments.id").onDelete("cascade"))
    .addColumn("student_id", "text", (c) => c.notNull().references("students.id").onDelete("cascade"))
    .addColumn("started_at", "bigint", (c) => c.notNull())
    .addColumn("submitted_at", "bigint")
    .addColumn("score", "real")
    .addUniqueConstraint("attempts_one_per_student", ["assignment_id", "student_id"])
    .execute();
  await db.schema
    .createTable("answers")
    .addColumn("attempt_id", "text", (c) => c.notNull().references("attempts.id").onDelete("cascade"))
    .addColumn("question_id", "text", (c) => c.notNull())
    .addColumn("answer", "text", (c) => c.notNull())
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("idempotency_key", "text", (c) => c.notNull())
    .addColumn("saved_at", "bigint", (c) => c.notNull())
    .addColumn("verdict", "text")
    .addColumn("score", "real")
    .addPrimaryKeyConstraint("answers_pk", ["attempt_id", "question_id"])
    .execute();
  await db.schema
    .createTable("rate_limits")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("window_start", "bigint", (c) => c.notNull())
    .addColumn("count", "integer", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ["rate_limits", "answers", "attempts", "assignments", "quizzes", "articles", "students", "classes", "sessions", "teachers"]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
