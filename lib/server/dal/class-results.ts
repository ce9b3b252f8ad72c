import "server-only";
// A class across its assignments: each student's score on each, averages, and how the class and
// each student do by skill. Also the class gradebook as CSV (one row per student). Only the
// class's teacher may read it.
import type { Kysely } from "kysely";
import type { Database } from "../db/schema";
import type { Actor } from "./actor";
import { GRACE_MS, type ResultRow } from "./attempts";
import { ownedClass } from "./classes";
import { loadQuiz } from "./quizzes";
import { toCsv } from "../results/csv";
import { skillSummary, skillSummaryByStudent, type SkillAnswer, type SkillSummary } from "../results/skills";

export interface ClassReport {
  classId: string;
  className: string;
  /** Oldest first, the order a gradebook reads. */
  assignments: { id: string; title: string; dueAt: number | null; submitted: number; average: number | null }[];
  students: {
    id: string;
    displayName: string;
    cells: Record<string, { status: ResultRow["status"]; score: number | null }>;
    /** Mean of the scores this student has (0–1), or null before any. */
    average: number | null;
    skills: SkillSummary;
  }[];
  skills: SkillSummary;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

export async function classReport(db: Kysely<Database>, actor: Actor, classId: string): Promise<ClassReport> {
  const cls = await ownedClass(db, actor, classId);
  const assignments = await db
    .selectFrom("assignments")
    .innerJoin("quizzes", "quizzes.id", "assignments.quiz_id")
    .select(["assignments.id", "assignments.quiz_id", "assignments.due_at", "quizzes.title"])
    .where("assignments.class_id", "=", cls.id)
    .orderBy("assignments.created_at")
    .orderBy("assignments.id")
    .execute();
  const students = await db.selectFrom("students").select(["id", "display_name"]).where("class_id", "=", cls.id).where("removed_at", "is", null).orderBy("display_name").orderBy("id").execute();
  const ids = assignments.map((a) => a.id);
  const attempts = ids.length ? await db.selectFrom("attempts").select(["id", "assignment_id", "student_id", "submitted_at", "score"]).where("assignment_id", "in", ids).execute() : [];
  const answers = ids.length
    ? await db
        .selectFrom("answers")
        .innerJoin("attempts", "attempts.id", "answers.attempt_id")
        .select(["attempts.student_id", "attempts.assignment_id", "answers.question_id", "answers.score"])
        .where("attempts.assignment_id", "in", ids)
        .where("attempts.submitted_at", "is not", null)
        .where("answers.score", "is not", null)
        .execute()
    : [];
  const onRoster = new Set(students.map((s) => s.id));
  const skillRows: SkillAnswer[] = [];
  for (const a of assignments) {
    const quiz = await loadQuiz(db, a.quiz_id);
    if (!quiz) continue;
    for (const r of answers) {
      if (r.assignment_id !== a.id || !onRoster.has(r.student_id)) continue;
      const q = quiz.questions.find((x) => x.id === r.question_id);
      if (q) skillRows.push({ studentId: r.student_id, category: q.category, skill: q.skill, score: r.score! });
    }
  }
  const perStudent = skillSummaryByStudent(skillRows);
  const rows: ClassReport["students"] = students.map((s) => {
    const cells: ClassReport["students"][number]["cells"] = {};
    for (const a of assignments) {
      const t = attempts.find((x) => x.assignment_id === a.id && x.student_id === s.id);
      const status = !t ? "not started" : t.submitted_at === null ? "in progress" : a.due_at !== null && t.submitted_at > a.due_at + GRACE_MS ? "late" : "submitted";
      cells[a.id] = { status, score: t && t.submitted_at !== null ? t.score : null };
    }
    const scores = Object.values(cells).flatMap((c) => (c.score === null ? [] : [c.score]));
    return { id: s.id, displayName: s.display_name, cells, average: mean(scores), skills: perStudent.get(s.id) ?? { byCategory: [], bySkill: [] } };
  });
  return {
    classId: cls.id,
    className: cls.name,
    assignments: assignments.map((a) => {
      const scores = rows.flatMap((r) => (r.cells[a.id]!.score === null ? [] : [r.cells[a.id]!.score!]));
      return { id: a.id, title: a.title, dueAt: a.due_at, submitted: scores.length, average: mean(scores) };
    }),
    students: rows,
    skills: skillSummary(skillRows),
  };
}

/** A percentage with one decimal, as a plain number (gradebooks read "83.3", not "83.3%"). */
export const percent = (score: number | null) => (score === null ? null : Math.round(score * 1000) / 10);

/**
 * The class gradebook: one row per student, one column per assignment (percent; blank until
 * submitted), then the average. Plain headers and numbers, which Google Sheets and LMS
 * gradebook imports (Canvas, Moodle, Schoology) map column by column.
 */
export async function classGradebookCsv(db: Kysely<Database>, actor: Actor, classId: string): Promise<{ filename: string; csv: string }> {
  const report = await classReport(db, actor, classId);
  const seen = new Map<string, number>();
  const columns = report.assignments.map((a) => {
    // Two assignments of one quiz get distinct headers, so an import does not merge them.
    const n = (seen.get(a.title) ?? 0) + 1;
    seen.set(a.title, n);
    return `${a.title}${n > 1 ? ` (${n})` : ""} (%)`;
  });
  const header = ["Student", ...columns, "Average (%)"];
  const rows = report.students.map((s) => [s.displayName, ...report.assignments.map((a) => percent(s.cells[a.id]!.score)), percent(s.average)]);
  const slug = report.className.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40) || "class";
  return { filename: `evident-${slug}-class-gradebook.csv`, csv: toCsv(header, rows) };
}
