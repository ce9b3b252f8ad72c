import type { Metadata } from "next";
import Link from "next/link";
import { listAssignments } from "@/lib/server/dal/assignments";
import type { ResultRow } from "@/lib/server/dal/attempts";
import { assignmentReport } from "@/lib/server/dal/results";
import { reviewQueue } from "@/lib/server/dal/review";
import { LocalTime } from "../../_components/local-time";
import { TeacherBar } from "../../_components/teacher-bar";
import { FEEDBACK_LABELS } from "../../_lib/due";
import { loadResults, orNotFound, teacherPage } from "../../_lib/teacher";
import { SkillBars } from "../../_components/skill-bars";
import { ItemAnalysis, ScoreDistribution } from "./_components/item-analysis";
import { StudentAnswers } from "./_components/student-answers";
import { duration, parseView, SORTS, STATUS_FILTERS, viewRows } from "./_lib/rows";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: `Results · ${(await loadResults((await params).id)).title}` };
}

const STATUS: Record<ResultRow["status"], { label: string; look: string }> = {
  "not started": { label: "Not started", look: "border border-rule text-muted" },
  "in progress": { label: "In progress", look: "bg-blue-50 text-blue-950" },
  submitted: { label: "Submitted", look: "bg-green-50 text-green-900" },
  late: { label: "Late", look: "bg-amber-50 text-amber-950" },
};

export default async function AssignmentResultsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const view = parseView(await searchParams);
  const { actor, db } = await teacherPage();
  const results = await loadResults(id);
  const assignment = (await listAssignments(db, actor)).find((a) => a.id === id);
  const done = results.rows.filter((r) => r.status === "submitted" || r.status === "late");
  const submitted = done.length;
  const [report, queue] = await Promise.all([orNotFound(assignmentReport(db, actor, id)), orNotFound(reviewQueue(db, actor, id))]);
  const rows = viewRows(report.students, view);

  return (
    <>
      <TeacherBar back />
      <h1 className="font-serif text-2xl font-semibold leading-snug sm:text-3xl">{results.title}</h1>
      {assignment && (
        <p className="mt-2 text-muted">
          <Link href={`/teacher/classes/${assignment.classId}`} className="underline">{assignment.className}</Link> · {assignment.dueAt ? <>due <LocalTime ms={assignment.dueAt} /></> : "no due date"} · feedback{" "}
          {FEEDBACK_LABELS[assignment.feedbackMode].toLowerCase()} · {results.questions} questions
        </p>
      )}
      {results.rows.length === 0 ? (
        <p className="mt-6 rounded-lg border border-dashed border-rule p-5 text-muted">
          No students in this class yet. When students join and start, their progress shows here.
        </p>
      ) : (
        <>
          <div className="mt-4 flex flex-wrap items-baseline justify-between gap-3">
            <p className="font-medium">
              {submitted} of {results.rows.length} submitted
            </p>
            <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
              <Link href={`/teacher/assignments/${id}/review`} className="font-medium underline">
                Review answers ({queue.length} to review)
              </Link>
              <a href={`/teacher/assignments/${id}/gradebook`} download className="underline">
                Download gradebook (CSV)
              </a>
            </p>
          </div>
          <form method="get" aria-label="Sort and filter students" className="mt-3 flex flex-wrap items-end gap-3 text-sm">
            <label className="grid gap-1">
              <span className="font-medium">Show</span>
              <select name="status" defaultValue={view.status} className="min-h-11 rounded-lg border border-stone-400 bg-white px-3 py-2 text-ink">
                {STATUS_FILTERS.map((f) => (
                  <option key={f} value={f}>
                    {f === "all" ? "All students" : STATUS[f].label}
                  </option>
                ))}
              </select>
            </label>
            <label className="grid gap-1">
              <span className="font-medium">Sort by</span>
              <select name="sort" defaultValue={view.sort} className="min-h-11 rounded-lg border border-stone-400 bg-white px-3 py-2 text-ink">
                {Object.entries(SORTS).map(([k, label]) => (
                  <option key={k} value={k}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="min-h-11 rounded-lg border border-stone-400 bg-white px-4 py-2 font-semibold text-ink hover:border-accent">
              Apply
            </button>
          </form>
          <div role="region" aria-label="Results for each student" tabIndex={0} className="mt-3 overflow-x-auto rounded-xl border border-rule bg-white">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Results for each student</caption>
              <thead className="border-b border-rule text-muted">
                <tr>
                  <th scope="col" className="px-4 py-2 font-medium">Student</th>
                  <th scope="col" className="px-4 py-2 font-medium">Status</th>
                  <th scope="col" className="px-4 py-2 text-right font-medium">Score</th>
                  <th scope="col" className="px-4 py-2 text-right font-medium">Answered</th>
                  <th scope="col" className="px-4 py-2 text-right font-medium">Time spent</th>
                </tr>
              </thead>
              <tbody>
                {rows.length === 0 && (
                  <tr>
                    <td colSpan={5} className="px-4 py-3 text-muted">
                      No students are {STATUS[view.status === "all" ? "not started" : view.status].label.toLowerCase()}.
                    </td>
                  </tr>
                )}
                {rows.map((r) => (
                  <tr key={r.studentId} className="border-b border-rule last:border-0">
                    <th scope="row" className="px-4 py-2 font-medium">{r.displayName}</th>
                    <td className="px-4 py-2">
                      <span className={`inline-block whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-semibold ${STATUS[r.status].look}`}>{STATUS[r.status].label}</span>
                    </td>
                    <td className="px-4 py-2 text-right tabular-nums">{r.score === null ? <><span aria-hidden="true">—</span><span className="sr-only">No score yet</span></> : `${Math.round(r.score * 100)}%`}</td>
                    <td className="px-4 py-2 text-right tabular-nums">
                      {r.answered} of {results.questions}
                    </td>
                    <td className="px-4 py-2 text-right tabular-nums">{duration(r.timeSpentMs) ?? <><span aria-hidden="true">—</span><span className="sr-only">Not started</span></>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ScoreDistribution scores={done.flatMap((r) => (r.score === null ? [] : [r.score]))} />
          <section aria-labelledby="skills" className="mt-12">
            <h2 id="skills" className="text-2xl font-semibold tracking-tight">
              By skill
            </h2>
            <p className="mt-1 text-sm text-muted">The class&apos;s average on the questions that practise each skill, weakest first.</p>
            <h3 className="mt-4 font-semibold">Comprehension and media literacy</h3>
            <SkillBars scores={report.skills.byCategory} caption="Score by kind of question" />
            <h3 className="mt-6 font-semibold">Skills</h3>
            <SkillBars scores={report.skills.bySkill} caption="Score by skill" />
          </section>
          <ItemAnalysis report={report} />
          <StudentAnswers report={report} />
        </>
      )}
    </>
  );
}
