// The quiz builder's working state: every question the teacher is working with, in order, with
// whether it is picked and the key warning Evident gave it. `quizzes.questions` stays what
// students, print and export read (the picked questions only), written in the same update.
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("quizzes").addColumn("builder", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("quizzes").dropColumn("builder").execute();
}
