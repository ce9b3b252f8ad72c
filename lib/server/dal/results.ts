import "server-only";
// Results for the teacher: every student's answers and scores per question, item statistics,
// and a CSV gradebook. Only the class's teacher may read them.
import type { Kysely } from "kysely";
import type { StudentAnswer, Verdict } from "@/lib/engine";
import type { Database } from "../db/schema";
import type { Actor } from "./actor";
import { visibleAssignment } from "./assignments";
import { assignmentResults, type ResultRow } from "./attempts";
import { notFound } from "./errors";
import { loadQuiz } from "./quizzes";
import { itemStats, type AnswerRow, type ItemStats } from "../results/item-stats";
import { toCsv } from "../results/csv";
import { skillSummary, skillSummaryByStudent, type SkillAnswer, type SkillSummary } from "../results/skills";

export interface AssignmentReport {
  title: string;
  questions: { id: string; number: number; prompt: string; skill: string; category: string; options: string[] | null; keyOption: number | null }[];
  students: { studentId: string; displayName: string; status: ResultRow["status"]; score: number | null; answered: number; timeSpentMs: number | null; skills: SkillSummary; answers: Record<string, { answer: StudentAnswer; score: number | null; verdict: Verdict["verdict"] | null }> }[];
  items: ItemStats[];
  skills: SkillSummary;
}

export async function assignmentReport(db: Kysely<Database>, actor: Actor, assignmentId: string): Promise<AssignmentReport> {
  if (actor?.kind !== "teacher") throw notFound("That assignment");
  const assignment = await visibleAssignment(db, actor, assignmentId);
  const quiz = await loadQuiz(db, assignment.quiz_id);
  if (!quiz) throw notFound("That assignment");
  const summary = await assignmentResults(db, actor, assignmentId);
  const rows = await db
    .selectFrom("answers")
    .innerJoin("attempts", "attempts.id", "answers.attempt_id")
    .select(["attempts.student_id", "answers.question_id", "answers.answer", "answers.score", "answers.verdict"])
    .where("attempts.assignment_id", "=", assignment.id)
    .execute();
  // Time spent: from opening the assignment to submitting it (or, still working, to the last save).
  const times = await db
    .selectFrom("attempts")
    .leftJoin("answers", "answers.attempt_id", "attempts.id")
    .select(({ fn }) => ["attempts.student_id", "attempts.started_at", "attempts.submitted_at", fn.max("answers.saved_at").as("last_saved")])
    .where("attempts.assignment_id", "=", assignment.id)
    .groupBy(["attempts.student_id", "attempts.started_at", "attempts.submitted_at"])
    .execute();
  const questions = quiz.questions.map((q, i) => ({ id: q.id, number: i + 1, prompt: q.prompt, skill: q.skill, category: q.category, options: q.options ?? null, keyOption: q.key.option ?? null }));
  const students = summary.rows.map((s) => {
    const t = times.find((x) => x.student_id === s.studentId);
    const end = t ? (t.submitted_at ?? (t.last_saved === null ? null : Number(t.last_saved))) : null;
    return { ...s, timeSpentMs: t && end !== null ? Math.max(0, end - t.started_at) : null, skills: { byCategory: [], bySkill: [] } as SkillSummary, answers: {} as AssignmentReport["students"][number]["answers"] };
  });
  const graded: AnswerRow[] = [];
  const skillRows: SkillAnswer[] = [];
  for (const r of rows) {
    const student = students.find((s) => s.studentId === r.student_id);
    if (!student) continue;
    const answer = JSON.parse(r.answer) as StudentAnswer;
    const verdict = r.verdict ? (JSON.parse(r.verdict) as Verdict).verdict : null;
    student.answers[r.question_id] = { answer, score: r.score, verdict };
    if (r.score !== null && (typeof answer === "string" || typeof answer === "number")) graded.push({ studentId: r.student_id, questionId: r.question_id, answer, score: r.score });
    const q = questions.find((x) => x.id === r.question_id);
    if (r.score !== null && q) skillRows.push({ studentId: r.student_id, category: q.category, skill: q.skill, score: r.score });
  }
  const perStudent = skillSummaryByStudent(skillRows);
  for (const s of students) s.skills = perStudent.get(s.studentId) ?? s.skills;
  return { title: quiz.title, questions, students, items: itemStats(questions, graded), skills: skillSummary(skillRows) };
}

/** One row per student: status, percentage, then each question's score (0–1), ready for a gradebook import. */
export async function gradebookCsv(db: Kysely<Database>, actor: Actor, assignmentId: string): Promise<{ filename: string; csv: string }> {
  const report = await assignmentReport(db, actor, assignmentId);
  const header = ["Student", "Status", "Score (%)", ...report.questions.map((q) => `Q${q.number}`)];
  const rows = report.students.map((s) => [
    s.displayName,
    s.status,
    s.score === null ? null : Math.round(s.score * 1000) / 10,
    ...report.questions.map((q) => s.answers[q.id]?.score ?? null),
  ]);
  const slug = report.title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40) || "assignment";
  return { filename: `evident-${slug}-gradebook.csv`, csv: toCsv(header, rows) };
}
