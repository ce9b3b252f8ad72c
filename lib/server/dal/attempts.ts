import "server-only";
// A student's attempt at an assignment: opened once, answers saved idempotently and in order,
// submitted once, graded on the server. Keys and verdicts are released only as the
// assignment's feedback rule allows.
import type { Kysely } from "kysely";
import { isSqlite } from "../db/dialect";
import type { Question, StudentAnswer, Verdict } from "@/lib/engine";
import { releasedFeedback, toStudentQuestion, type ReleasedFeedback, type StudentQuestionDto } from "../dto";

export { toStudentQuestion, type ReleasedFeedback, type StudentQuestionDto };
import { grade as gradeAnswer } from "../grading";
import type { Database } from "../db/schema";
import { durableWrite } from "../db/group-commit";
import type { Actor } from "./actor";
import { visibleAssignment } from "./assignments";
import { AppError, notFound } from "./errors";
import { newId } from "./ids";
import { loadQuiz, type LoadedQuiz } from "./quizzes";

/** Saves a little after the due time still count: a bell is not a stopwatch. */
export const GRACE_MS = 2 * 60_000;

export interface AttemptView {
  attemptId: string;
  assignmentId: string;
  title: string;
  dueAt: number | null;
  submittedAt: number | null;
  score: number | null;
  feedbackMode: string;
  article: { text: string; paragraphs: { start: number; end: number }[] };
  questions: StudentQuestionDto[];
  answers: Record<string, { answer: StudentAnswer; seq: number }>;
  /** Present only for questions whose feedback may be shown now. */
  feedback: Record<string, ReleasedFeedback>;
}

function requireStudent(actor: Actor) {
  if (!actor) throw new AppError("unauthenticated", "Please join your class first.");
  if (actor.kind !== "student") throw new AppError("forbidden", "Only students answer assignments.");
  return actor;
}

export function grade(quiz: LoadedQuiz, q: Question, answer: StudentAnswer): Verdict {
  return gradeAnswer(quiz.analysis, q, answer);
}

function released(mode: string, a: { due_at: number | null; released_at: number | null }, submittedAt: number | null, now: number): boolean {
  if (mode === "per-question") return true;
  if (mode === "after-submit") return submittedAt !== null;
  if (mode === "after-due") return a.due_at !== null && now > a.due_at;
  return a.released_at !== null;
}

export async function openAttempt(db: Kysely<Database>, actor: Actor, assignmentId: string): Promise<AttemptView> {
  const student = requireStudent(actor);
  const assignment = await visibleAssignment(db, student, assignmentId);
  const quiz = await loadQuiz(db, assignment.quiz_id);
  if (!quiz) throw notFound("That assignment");
  await db
    .insertInto("attempts")
    .values({ id: newId(), assignment_id: assignment.id, student_id: student.id, started_at: Date.now(), submitted_at: null, score: null })
    .onConflict((oc) => oc.columns(["assignment_id", "student_id"]).doNothing())
    .execute();
  const attempt = await db.selectFrom("attempts").selectAll().where("assignment_id", "=", assignment.id).where("student_id", "=", student.id).executeTakeFirstOrThrow();
  const rows = await db.selectFrom("answers").selectAll().where("attempt_id", "=", attempt.id).execute();
  const answers: AttemptView["answers"] = {};
  const feedback: AttemptView["feedback"] = {};
  const show = released(assignment.feedback_mode, assignment, attempt.submitted_at, Date.now());
  for (const r of rows) {
    answers[r.question_id] = { answer: JSON.parse(r.answer) as StudentAnswer, seq: r.seq };
    const q = quiz.questions.find((x) => x.id === r.question_id);
    if (show && q) feedback[r.question_id] = releasedFeedback(quiz.analysis.text, q, r.verdict ? (JSON.parse(r.verdict) as Verdict) : grade(quiz, q, JSON.parse(r.answer) as StudentAnswer));
  }
  return {
    attemptId: attempt.id,
    assignmentId: assignment.id,
    title: quiz.title,
    dueAt: assignment.due_at,
    submittedAt: attempt.submitted_at,
    score: show ? attempt.score : null,
    feedbackMode: assignment.feedback_mode,
    article: { text: quiz.analysis.text, paragraphs: quiz.analysis.article.paragraphs.map((p) => ({ start: p.start, end: p.end })) },
    questions: quiz.questions.map(toStudentQuestion),
    answers,
    feedback,
  };
}

/** The attempt, if it belongs to this student (in their current class); otherwise not found. */
export async function ownAttempt(db: Kysely<Database>, actor: Actor, attemptId: string) {
  const student = requireStudent(actor);
  const row = await db
    .selectFrom("attempts")
    .innerJoin("assignments", "assignments.id", "attempts.assignment_id")
    .innerJoin("quizzes", "quizzes.id", "assignments.quiz_id")
    .select([
      "attempts.id",
      "attempts.submitted_at",
      "attempts.student_id",
      "assignments.id as assignment_id",
      "assignments.quiz_id",
      "assignments.due_at",
      "assignments.feedback_mode",
      "assignments.released_at",
      "assignments.class_id",
      "quizzes.updated_at as quiz_updated_at",
    ])
    .where("attempts.id", "=", attemptId)
    .executeTakeFirst();
  if (!row || row.student_id !== student.id || row.class_id !== student.classId) throw notFound("That attempt");
  return row;
}

export interface SaveInput {
  attemptId: string;
  questionId: string;
  answer: string | number;
  seq: number;
  idempotencyKey: string;
}

/**
 * Saves one answer. One row per (attempt, question); a save applies only if its sequence number
 * is newer, so retries and reordered requests never overwrite a later answer. Returns the
 * sequence now stored (the client treats "stored ≥ mine" as saved).
 */
export async function saveAnswer(db: Kysely<Database>, actor: Actor, input: SaveInput): Promise<{ storedSeq: number; feedback: ReleasedFeedback | null }> {
  const attempt = await ownAttempt(db, actor, input.attemptId);
  if (attempt.submitted_at !== null) throw new AppError("conflict", "This assignment was already submitted; answers can no longer change.");
  if (attempt.due_at !== null && Date.now() > attempt.due_at + GRACE_MS) throw new AppError("too-late", "The due time has passed, so this answer was not saved.");
  const questions = await quizQuestions(db, attempt.quiz_id, attempt.quiz_updated_at);
  const q = questions?.find((x) => x.id === input.questionId);
  if (!q) throw notFound("That question");
  if (typeof input.answer === "number" && (!q.options || input.answer >= q.options.length)) throw new AppError("invalid", "Pick one of the choices.");
  const answer = JSON.stringify(input.answer);
  // Committed together with other saves that arrive at the same moment (one fsync for the group);
  // this resolves only after the commit. The upsert says which sequence it stored; no row back
  // means a newer save is already there (a retry or a reordered request), which is then read.
  const sqlite = isSqlite(db);
  const stored = await durableWrite(db, async (trx) => {
    // Checked again inside the write, so a save racing a submit cannot change a submitted attempt.
    // On PostgreSQL the row lock makes it atomic: a submit (which takes FOR UPDATE) waits for this
    // save to commit, and a save that arrives during a submit waits and then sees it submitted.
    // On SQLite the single connection already serializes every write.
    const now = await trx
      .selectFrom("attempts")
      .select("submitted_at")
      .where("id", "=", attempt.id)
      .$if(!sqlite, (qb) => qb.forShare())
      .executeTakeFirstOrThrow();
    if (now.submitted_at !== null) throw new AppError("conflict", "This assignment was already submitted; answers can no longer change.");
    const applied = await trx
      .insertInto("answers")
      .values({ attempt_id: attempt.id, question_id: q.id, answer, seq: input.seq, idempotency_key: input.idempotencyKey, saved_at: Date.now(), verdict: null, score: null })
      .onConflict((oc) =>
        oc
          .columns(["attempt_id", "question_id"])
          .doUpdateSet((eb) => ({ answer: eb.ref("excluded.answer"), seq: eb.ref("excluded.seq"), idempotency_key: eb.ref("excluded.idempotency_key"), saved_at: eb.ref("excluded.saved_at"), verdict: null, score: null }))
          .where("answers.seq", "<", input.seq),
      )
      .returning("seq")
      .executeTakeFirst();
    if (applied) return { seq: applied.seq, answer };
    return trx.selectFrom("answers").select(["seq", "answer"]).where("attempt_id", "=", attempt.id).where("question_id", "=", q.id).executeTakeFirstOrThrow();
  });
  if (attempt.feedback_mode !== "per-question") return { storedSeq: stored.seq, feedback: null };
  // Only per-question feedback needs the article's analysis to check the answer.
  const quiz = await loadQuiz(db, attempt.quiz_id);
  if (!quiz) throw notFound("That question");
  return { storedSeq: stored.seq, feedback: releasedFeedback(quiz.analysis.text, q, grade(quiz, q, JSON.parse(stored.answer) as StudentAnswer)) };
}

/**
 * A quiz's questions for checking a save, parsed once per quiz version. A bell burst saves
 * thousands of answers to one quiz; the attempt lookup already read the quiz's version, so a
 * save reads neither the questions nor the article again while they are unchanged.
 */
const questionCache = new Map<string, { updatedAt: number; questions: Question[] }>();

async function quizQuestions(db: Kysely<Database>, quizId: string, updatedAt: number): Promise<Question[] | null> {
  const hit = questionCache.get(quizId);
  if (hit && hit.updatedAt === updatedAt) return hit.questions;
  const row = await db.selectFrom("quizzes").select(["questions", "updated_at"]).where("id", "=", quizId).executeTakeFirst();
  if (!row) return null;
  const questions = JSON.parse(row.questions) as Question[];
  if (questionCache.size > 500) questionCache.delete(questionCache.keys().next().value!);
  questionCache.set(quizId, { updatedAt: row.updated_at, questions });
  return questions;
}

/** Submits once: grades every answer on the server and records the score. Repeats are harmless. */
export async function submitAttempt(db: Kysely<Database>, actor: Actor, attemptId: string): Promise<{ submittedAt: number; score: number | null }> {
  const attempt = await ownAttempt(db, actor, attemptId);
  const quiz = await loadQuiz(db, attempt.quiz_id);
  if (!quiz) throw notFound("That attempt");
  const sqlite = isSqlite(db);
  return db.transaction().execute(async (trx) => {
    // Locked first, so no save can slip in between grading and recording the submit (see saveAnswer).
    const current = await trx
      .selectFrom("attempts")
      .select(["submitted_at", "score"])
      .where("id", "=", attempt.id)
      .$if(!sqlite, (qb) => qb.forUpdate())
      .executeTakeFirstOrThrow();
    if (current.submitted_at !== null) return { submittedAt: current.submitted_at, score: current.score };
    const rows = await trx.selectFrom("answers").selectAll().where("attempt_id", "=", attempt.id).execute();
    let total = 0;
    for (const r of rows) {
      const q = quiz.questions.find((x) => x.id === r.question_id);
      if (!q) continue;
      const v = grade(quiz, q, JSON.parse(r.answer) as StudentAnswer);
      total += v.score;
      await trx.updateTable("answers").set({ verdict: JSON.stringify(v), score: v.score }).where("attempt_id", "=", attempt.id).where("question_id", "=", r.question_id).execute();
    }
    const score = quiz.questions.length ? Math.round((total / quiz.questions.length) * 1000) / 1000 : 0;
    const now = Date.now();
    // Only the first submit wins, even if two arrive at once.
    const res = await trx.updateTable("attempts").set({ submitted_at: now, score }).where("id", "=", attempt.id).where("submitted_at", "is", null).executeTakeFirst();
    if (Number(res.numUpdatedRows) === 0) {
      const again = await trx.selectFrom("attempts").select(["submitted_at", "score"]).where("id", "=", attempt.id).executeTakeFirstOrThrow();
      return { submittedAt: again.submitted_at!, score: again.score };
    }
    return { submittedAt: now, score };
  });
}

export interface ResultRow {
  studentId: string;
  displayName: string;
  status: "not started" | "in progress" | "submitted" | "late";
  score: number | null;
  answered: number;
}

export async function assignmentResults(db: Kysely<Database>, actor: Actor, assignmentId: string): Promise<{ title: string; questions: number; rows: ResultRow[] }> {
  if (actor?.kind !== "teacher") throw notFound("That assignment");
  const assignment = await visibleAssignment(db, actor, assignmentId);
  const quiz = await loadQuiz(db, assignment.quiz_id);
  const students = await db.selectFrom("students").select(["id", "display_name"]).where("class_id", "=", assignment.class_id).where("removed_at", "is", null).orderBy("display_name").execute();
  const attempts = await db.selectFrom("attempts").selectAll().where("assignment_id", "=", assignment.id).execute();
  const counts = await db
    .selectFrom("answers")
    .innerJoin("attempts", "attempts.id", "answers.attempt_id")
    .select(({ fn }) => ["attempts.student_id", fn.count<number>("answers.question_id").as("n")])
    .where("attempts.assignment_id", "=", assignment.id)
    .groupBy("attempts.student_id")
    .execute();
  const rows = students.map((s): ResultRow => {
    const a = attempts.find((x) => x.student_id === s.id);
    const answered = Number(counts.find((c) => c.student_id === s.id)?.n ?? 0);
    const status = !a ? "not started" : a.submitted_at === null ? "in progress" : assignment.due_at !== null && a.submitted_at > assignment.due_at + GRACE_MS ? "late" : "submitted";
    return { studentId: s.id, displayName: s.display_name, status, score: a?.score ?? null, answered };
  });
  return { title: quiz?.title ?? "Quiz", questions: quiz?.questions.length ?? 0, rows };
}
