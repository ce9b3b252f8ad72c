import "server-only";
// The review queue: every partial and needs-review answer beside its key and evidence. A
// teacher's score replaces the checker's everywhere, and is remembered for the same answer to
// the same question, to be suggested next time.
import type { Kysely } from "kysely";
import type { StudentAnswer, Verdict } from "@/lib/engine";
import type { Database } from "../db/schema";
import type { Actor } from "./actor";
import { visibleAssignment } from "./assignments";
import { requireTeacher } from "./classes";
import { AppError, notFound } from "./errors";
import { loadQuiz } from "./quizzes";

export const answerKey = (a: StudentAnswer) => (typeof a === "string" ? a.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim() : JSON.stringify(a));

export interface ReviewItem {
  attemptId: string;
  questionId: string;
  studentName: string;
  prompt: string;
  answer: StudentAnswer;
  verdict: Verdict["verdict"];
  score: number;
  reason: string;
  correctAnswer: string | null;
  evidenceText: string[];
  suggestion: { score: number; comment: string | null } | null;
}

export async function reviewQueue(db: Kysely<Database>, actor: Actor, assignmentId: string): Promise<ReviewItem[]> {
  requireTeacher(actor);
  const assignment = await visibleAssignment(db, actor, assignmentId);
  const quiz = await loadQuiz(db, assignment.quiz_id);
  if (!quiz) throw notFound("That assignment");
  const rows = await db
    .selectFrom("answers")
    .innerJoin("attempts", "attempts.id", "answers.attempt_id")
    .innerJoin("students", "students.id", "attempts.student_id")
    .select(["answers.attempt_id", "answers.question_id", "answers.answer", "answers.verdict", "answers.score", "students.display_name"])
    .where("attempts.assignment_id", "=", assignment.id)
    .where("attempts.submitted_at", "is not", null)
    .where("answers.reviewed_at", "is", null)
    .orderBy("students.display_name")
    .execute();
  const remembered = await db.selectFrom("remembered_overrides").selectAll().where("quiz_id", "=", quiz.id).execute();
  const items: ReviewItem[] = [];
  for (const r of rows) {
    if (!r.verdict) continue;
    const v = JSON.parse(r.verdict) as Verdict;
    if (v.verdict !== "partial" && v.verdict !== "needs-review") continue;
    const q = quiz.questions.find((x) => x.id === r.question_id);
    if (!q) continue;
    const answer = JSON.parse(r.answer) as StudentAnswer;
    const hit = remembered.find((m) => m.question_id === q.id && m.answer_key === answerKey(answer));
    items.push({
      attemptId: r.attempt_id,
      questionId: q.id,
      studentName: r.display_name,
      prompt: q.prompt,
      answer,
      verdict: v.verdict,
      score: r.score ?? v.score,
      reason: v.reason,
      correctAnswer: q.key.option !== undefined && q.options ? (q.options[q.key.option] ?? null) : (q.key.accepted?.[0] ?? null),
      evidenceText: (v.evidence.length ? v.evidence : q.evidence).map((e) => quiz.analysis.text.slice(e.start, e.end)),
      suggestion: hit ? { score: hit.score, comment: hit.comment } : null,
    });
  }
  return items;
}

export async function overrideAnswer(db: Kysely<Database>, actor: Actor, input: { attemptId: string; questionId: string; score: number; comment: string | null }): Promise<{ attemptScore: number }> {
  const teacherId = requireTeacher(actor);
  if (!(input.score >= 0 && input.score <= 1)) throw new AppError("invalid", "A score is between 0 and 1.");
  const row = await db
    .selectFrom("attempts")
    .innerJoin("assignments", "assignments.id", "attempts.assignment_id")
    .innerJoin("classes", "classes.id", "assignments.class_id")
    .select(["attempts.id", "assignments.quiz_id", "classes.teacher_id"])
    .where("attempts.id", "=", input.attemptId)
    .executeTakeFirst();
  if (!row || row.teacher_id !== teacherId) throw notFound("That answer");
  const quiz = await loadQuiz(db, row.quiz_id);
  if (!quiz) throw notFound("That answer");
  return db.transaction().execute(async (trx) => {
    const answer = await trx.selectFrom("answers").select("answer").where("attempt_id", "=", row.id).where("question_id", "=", input.questionId).executeTakeFirst();
    if (!answer) throw notFound("That answer");
    const now = Date.now();
    await trx.updateTable("answers").set({ score: input.score, teacher_comment: input.comment, reviewed_at: now }).where("attempt_id", "=", row.id).where("question_id", "=", input.questionId).execute();
    const key = answerKey(JSON.parse(answer.answer) as StudentAnswer);
    await trx
      .insertInto("remembered_overrides")
      .values({ quiz_id: quiz.id, question_id: input.questionId, answer_key: key, score: input.score, comment: input.comment, updated_at: now })
      .onConflict((oc) => oc.columns(["quiz_id", "question_id", "answer_key"]).doUpdateSet({ score: input.score, comment: input.comment, updated_at: now }))
      .execute();
    const scores = await trx.selectFrom("answers").select("score").where("attempt_id", "=", row.id).execute();
    const total = scores.reduce((n, s) => n + (s.score ?? 0), 0);
    const attemptScore = quiz.questions.length ? Math.round((total / quiz.questions.length) * 1000) / 1000 : 0;
    await trx.updateTable("attempts").set({ score: attemptScore }).where("id", "=", row.id).execute();
    return { attemptScore };
  });
}
