import "server-only";
// A student's data belongs to the school, not to us: the class's teacher can take a copy of
// everything stored about one student or a whole class (JSON), and delete it for good. Deleting
// reaches every table that holds the student's rows or words (see decision 0008); a test lists
// the database's tables and fails if a new table keeps anything behind.
import type { Kysely, Transaction } from "kysely";
import type { StudentAnswer, Verdict } from "@/lib/engine";
import type { Database } from "../db/schema";
import type { Actor } from "./actor";
import { ownedClass, requireTeacher } from "./classes";
import { AppError, notFound } from "./errors";
import { loadQuiz } from "./quizzes";
import { answerKey } from "./review";

export interface StudentExport {
  id: string;
  displayName: string;
  personalCode: string;
  joinedAt: string;
  removedAt: string | null;
  attempts: {
    assignmentId: string;
    quizTitle: string;
    startedAt: string;
    submittedAt: string | null;
    score: number | null;
    answers: { questionId: string; question: string | null; answer: StudentAnswer; savedAt: string; score: number | null; verdict: Verdict["verdict"] | null; teacherComment: string | null; reviewedAt: string | null }[];
    /** The student's highlights and notes while reading (offsets into the article text). */
    highlights: unknown[];
  }[];
}

export interface ClassExport {
  format: "evident-class-export";
  version: 1;
  exportedAt: string;
  class: { id: string; name: string; createdAt: string; archivedAt: string | null };
  assignments: { id: string; quizTitle: string; dueAt: string | null; feedbackMode: string; createdAt: string }[];
  students: StudentExport[];
}

const iso = (ms: number) => new Date(ms).toISOString();
const isoOrNull = (ms: number | null) => (ms === null ? null : iso(ms));

async function studentsExport(db: Kysely<Database>, classId: string, studentIds: string[] | null): Promise<StudentExport[]> {
  let sq = db.selectFrom("students").selectAll().where("class_id", "=", classId);
  if (studentIds) sq = sq.where("id", "in", studentIds);
  const students = await sq.orderBy("display_name").orderBy("id").execute();
  if (students.length === 0) return [];
  const ids = students.map((s) => s.id);
  const attempts = await db
    .selectFrom("attempts")
    .innerJoin("assignments", "assignments.id", "attempts.assignment_id")
    .selectAll("attempts")
    .select("assignments.quiz_id")
    .where("attempts.student_id", "in", ids)
    .orderBy("attempts.started_at")
    .execute();
  const answers = attempts.length ? await db.selectFrom("answers").selectAll().where("attempt_id", "in", attempts.map((a) => a.id)).execute() : [];
  const highlightRows = attempts.length ? await db.selectFrom("attempt_highlights").select(["attempt_id", "highlights"]).where("attempt_id", "in", attempts.map((a) => a.id)).execute() : [];
  const highlightsOf = new Map(highlightRows.map((r) => [r.attempt_id, JSON.parse(r.highlights) as unknown[]]));
  const quizzes = new Map<string, Awaited<ReturnType<typeof loadQuiz>>>();
  for (const a of attempts) if (!quizzes.has(a.quiz_id)) quizzes.set(a.quiz_id, await loadQuiz(db, a.quiz_id));
  return students.map((s) => ({
    id: s.id,
    displayName: s.display_name,
    personalCode: s.personal_code,
    joinedAt: iso(s.created_at),
    removedAt: isoOrNull(s.removed_at),
    attempts: attempts
      .filter((a) => a.student_id === s.id)
      .map((a) => {
        const quiz = quizzes.get(a.quiz_id);
        return {
          assignmentId: a.assignment_id,
          quizTitle: quiz?.title ?? "Quiz",
          startedAt: iso(a.started_at),
          submittedAt: isoOrNull(a.submitted_at),
          score: a.score,
          answers: answers
            .filter((r) => r.attempt_id === a.id)
            .map((r) => ({
              questionId: r.question_id,
              question: quiz?.questions.find((q) => q.id === r.question_id)?.prompt ?? null,
              answer: JSON.parse(r.answer) as StudentAnswer,
              savedAt: iso(r.saved_at),
              score: r.score,
              verdict: r.verdict ? (JSON.parse(r.verdict) as Verdict).verdict : null,
              teacherComment: r.teacher_comment,
              reviewedAt: isoOrNull(r.reviewed_at),
            })),
          highlights: highlightsOf.get(a.id) ?? [],
        };
      }),
  }));
}

async function classHeader(db: Kysely<Database>, cls: { id: string; name: string; created_at: number; archived_at: number | null }) {
  const assignments = await db
    .selectFrom("assignments")
    .innerJoin("quizzes", "quizzes.id", "assignments.quiz_id")
    .select(["assignments.id", "quizzes.title", "assignments.due_at", "assignments.feedback_mode", "assignments.created_at"])
    .where("assignments.class_id", "=", cls.id)
    .orderBy("assignments.created_at")
    .execute();
  return {
    format: "evident-class-export" as const,
    version: 1 as const,
    exportedAt: iso(Date.now()),
    class: { id: cls.id, name: cls.name, createdAt: iso(cls.created_at), archivedAt: isoOrNull(cls.archived_at) },
    assignments: assignments.map((a) => ({ id: a.id, quizTitle: a.title, dueAt: isoOrNull(a.due_at), feedbackMode: a.feedback_mode, createdAt: iso(a.created_at) })),
  };
}

const fileSlug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40) || "data";

/** Everything stored about one class: its assignments, and every student (removed ones too). */
export async function exportClassData(db: Kysely<Database>, actor: Actor, classId: string): Promise<{ filename: string; data: ClassExport }> {
  const cls = await ownedClass(db, actor, classId);
  const data: ClassExport = { ...(await classHeader(db, cls)), students: await studentsExport(db, cls.id, null) };
  return { filename: `evident-class-${fileSlug(cls.name)}.json`, data };
}

/** Everything stored about one student, in the same shape as a class export with one student. */
export async function exportStudentData(db: Kysely<Database>, actor: Actor, classId: string, studentId: string): Promise<{ filename: string; data: ClassExport }> {
  const cls = await ownedClass(db, actor, classId);
  const students = await studentsExport(db, cls.id, [studentId]);
  if (students.length === 0) throw notFound("That student");
  return { filename: `evident-student-${fileSlug(students[0]!.displayName)}.json`, data: { ...(await classHeader(db, cls)), students } };
}

/** What a teacher types to confirm: the name as shown, ignoring case and extra spaces. */
const sameName = (typed: string, name: string) => typed.trim().replace(/\s+/g, " ").toLowerCase() === name.trim().replace(/\s+/g, " ").toLowerCase();

/**
 * Deletes the students' rows everywhere, in one transaction. Remembered review scores are keyed
 * by the answer's text, so one is deleted when only these students gave that answer (another
 * student's identical answer keeps the teacher's decision). Rate-limit keys never hold student
 * ids today; any that do are deleted too.
 */
async function purgeStudents(trx: Transaction<Database>, studentIds: string[]): Promise<void> {
  if (studentIds.length === 0) return;
  const theirs = await trx
    .selectFrom("answers")
    .innerJoin("attempts", "attempts.id", "answers.attempt_id")
    .innerJoin("assignments", "assignments.id", "attempts.assignment_id")
    .select(["assignments.quiz_id", "answers.question_id", "answers.answer"])
    .where("attempts.student_id", "in", studentIds)
    .execute();
  const keys = new Map<string, { quizId: string; questionId: string; key: string }>();
  for (const r of theirs) {
    const key = answerKey(JSON.parse(r.answer) as StudentAnswer);
    keys.set(JSON.stringify([r.quiz_id, r.question_id, key]), { quizId: r.quiz_id, questionId: r.question_id, key });
  }
  const quizIds = [...new Set([...keys.values()].map((k) => k.quizId))];
  const others = quizIds.length
    ? await trx
        .selectFrom("answers")
        .innerJoin("attempts", "attempts.id", "answers.attempt_id")
        .innerJoin("assignments", "assignments.id", "attempts.assignment_id")
        .select(["assignments.quiz_id", "answers.question_id", "answers.answer"])
        .where("assignments.quiz_id", "in", quizIds)
        .where("attempts.student_id", "not in", studentIds)
        .execute()
    : [];
  const keptByOthers = new Set(others.map((r) => JSON.stringify([r.quiz_id, r.question_id, answerKey(JSON.parse(r.answer) as StudentAnswer)])));
  for (const [id, k] of keys) {
    if (keptByOthers.has(id)) continue;
    await trx.deleteFrom("remembered_overrides").where("quiz_id", "=", k.quizId).where("question_id", "=", k.questionId).where("answer_key", "=", k.key).execute();
  }
  const attemptIds = (await trx.selectFrom("attempts").select("id").where("student_id", "in", studentIds).execute()).map((a) => a.id);
  if (attemptIds.length) {
    await trx.deleteFrom("answers").where("attempt_id", "in", attemptIds).execute();
    await trx.deleteFrom("attempt_highlights").where("attempt_id", "in", attemptIds).execute();
    await trx.deleteFrom("attempts").where("id", "in", attemptIds).execute();
  }
  await trx.deleteFrom("sessions").where("user_kind", "=", "student").where("user_id", "in", studentIds).execute();
  await deleteRateLimitsMentioning(trx, studentIds);
  await trx.deleteFrom("students").where("id", "in", studentIds).execute();
}

/** Matched in code, not with LIKE: ids contain "_", which LIKE reads as a wildcard. */
async function deleteRateLimitsMentioning(trx: Transaction<Database>, ids: string[]): Promise<void> {
  const keys = (await trx.selectFrom("rate_limits").select("key").execute()).map((r) => r.key).filter((k) => ids.some((id) => k.includes(id)));
  if (keys.length) await trx.deleteFrom("rate_limits").where("key", "in", keys).execute();
}

/** Deletes one student and all their work, once the teacher has typed the student's name. */
export async function deleteStudentData(db: Kysely<Database>, actor: Actor, input: { classId: string; studentId: string; confirmName: string }): Promise<{ displayName: string }> {
  const cls = await ownedClass(db, actor, input.classId);
  const student = await db.selectFrom("students").select(["id", "display_name"]).where("id", "=", input.studentId).where("class_id", "=", cls.id).executeTakeFirst();
  if (!student) throw notFound("That student");
  if (!sameName(input.confirmName, student.display_name)) throw new AppError("invalid", `Type the student's name, ${student.display_name}, to confirm.`);
  await db.transaction().execute((trx) => purgeStudents(trx, [student.id]));
  return { displayName: student.display_name };
}

/** Deletes a class with its students, their work and its assignments. The teacher's quizzes stay. */
export async function deleteClass(db: Kysely<Database>, actor: Actor, input: { classId: string; confirmName: string }): Promise<{ name: string }> {
  const cls = await ownedClass(db, actor, input.classId);
  if (!sameName(input.confirmName, cls.name)) throw new AppError("invalid", `Type the class name, ${cls.name}, to confirm.`);
  await db.transaction().execute(async (trx) => {
    const students = await trx.selectFrom("students").select("id").where("class_id", "=", cls.id).execute();
    await purgeStudents(
      trx,
      students.map((s) => s.id),
    );
    await trx.deleteFrom("assignments").where("class_id", "=", cls.id).execute();
    await deleteRateLimitsMentioning(trx, [cls.id]);
    await trx.deleteFrom("classes").where("id", "=", cls.id).execute();
  });
  return { name: cls.name };
}

/**
 * Archiving ends the class for students (they cannot join or sign in; see auth) and hides it
 * from the dashboard, keeping results for the teacher until the class is deleted.
 */
export async function setClassArchived(db: Kysely<Database>, actor: Actor, classId: string, archived: boolean): Promise<void> {
  const cls = await ownedClass(db, actor, classId);
  await db
    .updateTable("classes")
    .set(archived ? { archived_at: Date.now(), join_open: 0 } : { archived_at: null })
    .where("id", "=", cls.id)
    .execute();
  if (archived) {
    const students = db.selectFrom("students").select("id").where("class_id", "=", cls.id);
    await db.updateTable("sessions").set({ revoked_at: Date.now() }).where("user_kind", "=", "student").where("user_id", "in", students).where("revoked_at", "is", null).execute();
  }
}

export interface ArchivedClass {
  id: string;
  name: string;
  archivedAt: number;
}

export async function listArchivedClasses(db: Kysely<Database>, actor: Actor): Promise<ArchivedClass[]> {
  const teacherId = requireTeacher(actor);
  const rows = await db.selectFrom("classes").select(["id", "name", "archived_at"]).where("teacher_id", "=", teacherId).where("archived_at", "is not", null).orderBy("archived_at", "desc").execute();
  return rows.map((r) => ({ id: r.id, name: r.name, archivedAt: r.archived_at! }));
}

/** How long an archived class is kept before it is deleted (decision 0008). */
export const ARCHIVE_RETENTION_MS = 365 * 24 * 3600_000;

/** Classes archived longer ago than `olderThanMs`, deleted as the retention policy says (decision 0008). */
export async function purgeArchivedClasses(db: Kysely<Database>, olderThanMs: number, now = Date.now()): Promise<number> {
  const old = await db.selectFrom("classes").select(["id", "teacher_id", "name"]).where("archived_at", "is not", null).where("archived_at", "<", now - olderThanMs).execute();
  for (const c of old) await deleteClass(db, { kind: "teacher", id: c.teacher_id }, { classId: c.id, confirmName: c.name });
  return old.length;
}

export interface ClassDataSummary {
  id: string;
  name: string;
  archivedAt: number | null;
  /** Every student with stored data, removed ones too (they keep their work until deleted). */
  students: { id: string; displayName: string; joinedAt: number; removedAt: number | null; attempts: number }[];
}

export async function classDataSummary(db: Kysely<Database>, actor: Actor, classId: string): Promise<ClassDataSummary> {
  const cls = await ownedClass(db, actor, classId);
  const rows = await db
    .selectFrom("students")
    .leftJoin("attempts", "attempts.student_id", "students.id")
    .select(({ fn }) => ["students.id", "students.display_name", "students.created_at", "students.removed_at", fn.count<number>("attempts.id").as("attempts")])
    .where("students.class_id", "=", cls.id)
    .groupBy(["students.id", "students.display_name", "students.created_at", "students.removed_at"])
    .orderBy("students.display_name")
    .orderBy("students.id")
    .execute();
  return {
    id: cls.id,
    name: cls.name,
    archivedAt: cls.archived_at,
    students: rows.map((r) => ({ id: r.id, displayName: r.display_name, joinedAt: r.created_at, removedAt: r.removed_at, attempts: Number(r.attempts) })),
  };
}
