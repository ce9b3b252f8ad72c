import "server-only";
// Exports a teacher takes elsewhere: a quiz as a QTI 3.0 package.
import type { Kysely } from "kysely";
import type { Database } from "../db/schema";
import type { Actor } from "./actor";
import { requireTeacher } from "./classes";
import { notFound } from "./errors";
import { loadQuiz } from "./quizzes";
import { qtiPackage } from "../export/qti";

export async function quizQtiPackage(db: Kysely<Database>, actor: Actor, quizId: string): Promise<{ filename: string; bytes: Uint8Array }> {
  const teacherId = requireTeacher(actor);
  const quiz = await loadQuiz(db, quizId);
  if (!quiz || quiz.teacherId !== teacherId) throw notFound("That quiz");
  const { text, article } = quiz.analysis;
  const paragraphs = article.paragraphs.map((p) => text.slice(p.start, p.end));
  const slug = quiz.title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40) || "quiz";
  return { filename: `evident-${slug}-qti3.zip`, bytes: qtiPackage(quiz.title, paragraphs, quiz.questions) };
}
