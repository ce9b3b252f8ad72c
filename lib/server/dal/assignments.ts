import "server-only";
// Assignments: a quiz to a class, with a due date and a rule for when feedback is released.
import type { Kysely } from "kysely";
import type { Database, FeedbackMode } from "../db/schema";
import type { Actor } from "./actor";
import { ownedClass, requireTeacher } from "./classes";
import { AppError, notFound } from "./errors";
import { newId } from "./ids";

export interface AssignmentSummary {
  id: string;
  title: string;
  classId: string;
  className: string;
  dueAt: number | null;
  feedbackMode: FeedbackMode;
  submitted: number;
  students: number;
}

export async function assignQuiz(db: Kysely<Database>, actor: Actor, input: { quizId: string; classId: string; dueAt: number | null; feedbackMode: FeedbackMode }): Promise<string> {
  const teacherId = requireTeacher(actor);
  await ownedClass(db, actor, input.classId);
  const quiz = await db.selectFrom("quizzes").select("id").where("id", "=", input.quizId).where("teacher_id", "=", teacherId).executeTakeFirst();
  if (!quiz) throw notFound("That quiz");
  if (input.dueAt !== null && input.dueAt < Date.now()) throw new AppError("invalid", "The due date is in the past.");
  const id = newId();
  await db.insertInto("assignments").values({ id, quiz_id: quiz.id, class_id: input.classId, due_at: input.dueAt, feedback_mode: input.feedbackMode, released_at: null, created_at: Date.now() }).execute();
  return id;
}

export async function listAssignments(db: Kysely<Database>, actor: Actor, classId?: string): Promise<AssignmentSummary[]> {
  if (!actor) throw new AppError("unauthenticated", "Please sign in.");
  let q = db
    .selectFrom("assignments")
    .innerJoin("quizzes", "quizzes.id", "assignments.quiz_id")
    .innerJoin("classes", "classes.id", "assignments.class_id")
    .select(["assignments.id", "quizzes.title", "classes.id as class_id", "classes.name as class_name", "assignments.due_at", "assignments.feedback_mode", "assignments.created_at"]);
  if (actor.kind === "teacher") q = q.where("classes.teacher_id", "=", actor.id);
  else q = q.where("classes.id", "=", actor.classId);
  if (classId) q = q.where("classes.id", "=", classId);
  const rows = await q.orderBy("assignments.created_at", "desc").execute();
  const out: AssignmentSummary[] = [];
  for (const r of rows) {
    const counts = await db
      .selectFrom("students")
      .leftJoin("attempts", (j) => j.onRef("attempts.student_id", "=", "students.id").on("attempts.assignment_id", "=", r.id))
      .select(({ fn }) => [fn.count<number>("students.id").as("students"), fn.count<number>("attempts.submitted_at").as("submitted")])
      .where("students.class_id", "=", r.class_id)
      .where("students.removed_at", "is", null)
      .executeTakeFirstOrThrow();
    out.push({ id: r.id, title: r.title, classId: r.class_id, className: r.class_name, dueAt: r.due_at, feedbackMode: r.feedback_mode, submitted: Number(counts.submitted), students: Number(counts.students) });
  }
  return out;
}

/** The assignment if the actor may see it: its class's teacher, or a student of that class. */
export async function visibleAssignment(db: Kysely<Database>, actor: Actor, assignmentId: string) {
  if (!actor) throw new AppError("unauthenticated", "Please sign in.");
  const row = await db
    .selectFrom("assignments")
    .innerJoin("classes", "classes.id", "assignments.class_id")
    .selectAll("assignments")
    .select("classes.teacher_id")
    .where("assignments.id", "=", assignmentId)
    .executeTakeFirst();
  if (!row) throw notFound("That assignment");
  if (actor.kind === "teacher" ? row.teacher_id !== actor.id : row.class_id !== actor.classId) throw notFound("That assignment");
  return row;
}
