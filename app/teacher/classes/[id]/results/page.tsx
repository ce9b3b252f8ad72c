import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { classReport, percent, type ClassReport } from "@/lib/server/dal/class-results";
import { SkillBars } from "../../../_components/skill-bars";
import { TeacherBar } from "../../../_components/teacher-bar";
import { orNotFound, teacherPage } from "../../../_lib/teacher";
import { ScoreDistribution } from "../../../assignments/[id]/_components/item-analysis";

const load = cache(async (id: string) => {
  const { actor, db } = await teacherPage();
  return orNotFound(classReport(db, actor, id));
});

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: `Class results · ${(await load((await params).id)).className}` };
}

const empty = "mt-4 rounded-lg border border-dashed border-rule p-5 text-muted";

function Cell({ cell }: { cell: ClassReport["students"][number]["cells"][string] }) {
  if (cell.score !== null) return <>{percent(cell.score)}%{cell.status === "late" && <span className="ml-1 text-xs font-semibold">(late)</span>}</>;
  return <span className="text-muted">{cell.status === "in progress" ? "In progress" : "Not started"}</span>;
}

export default async function ClassResultsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const r = await load(id);
  const averages = r.students.flatMap((s) => (s.average === null ? [] : [s.average]));
  const classAverage = averages.length ? averages.reduce((a, b) => a + b, 0) / averages.length : null;

  return (
    <>
      <TeacherBar back />
      <p className="text-sm">
        <Link href={`/teacher/classes/${r.classId}`} className="underline">
          {r.className}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-semibold tracking-tight sm:text-4xl">Class results</h1>
      {r.assignments.length === 0 || r.students.length === 0 ? (
        <p className={empty}>
          {r.students.length === 0 ? "No students in this class yet." : "Nothing assigned to this class yet."} Results across assignments show here once students submit work.
        </p>
      ) : (
        <>
          <div className="mt-3 flex flex-wrap items-baseline justify-between gap-3">
            <p className="text-muted">
              {r.students.length === 1 ? "1 student" : `${r.students.length} students`} · {r.assignments.length === 1 ? "1 assignment" : `${r.assignments.length} assignments`}
              {classAverage !== null && <> · class average {percent(classAverage)}%</>}
            </p>
            <a href={`/teacher/classes/${r.classId}/gradebook`} download className="text-sm underline">
              Download class gradebook (CSV)
            </a>
          </div>
          <div role="region" aria-label="Scores on each assignment" tabIndex={0} className="mt-3 overflow-x-auto rounded-xl border border-rule bg-white">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Each student&apos;s score on each assignment</caption>
              <thead className="border-b border-rule text-muted">
                <tr>
                  <th scope="col" className="px-4 py-2 font-medium">Student</th>
                  {r.assignments.map((a) => (
                    <th key={a.id} scope="col" className="min-w-32 px-4 py-2 text-right font-medium">
                      <Link href={`/teacher/assignments/${a.id}`} className="underline">
                        {a.title}
                      </Link>
                    </th>
                  ))}
                  <th scope="col" className="px-4 py-2 text-right font-medium">Average</th>
                </tr>
              </thead>
              <tbody>
                {r.students.map((s) => (
                  <tr key={s.id} className="border-b border-rule">
                    <th scope="row" className="px-4 py-2 font-medium">{s.displayName}</th>
                    {r.assignments.map((a) => (
                      <td key={a.id} className="px-4 py-2 text-right tabular-nums">
                        <Cell cell={s.cells[a.id]!} />
                      </td>
                    ))}
                    <td className="px-4 py-2 text-right font-medium tabular-nums">{s.average === null ? <span className="text-muted">No scores yet</span> : `${percent(s.average)}%`}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" className="px-4 py-2 font-medium">Class average</th>
                  {r.assignments.map((a) => (
                    <td key={a.id} className="px-4 py-2 text-right tabular-nums">
                      {a.average === null ? <span className="text-muted">No scores yet</span> : `${percent(a.average)}%`}
                    </td>
                  ))}
                  <td className="px-4 py-2 text-right font-medium tabular-nums">{classAverage === null ? "" : `${percent(classAverage)}%`}</td>
                </tr>
              </tfoot>
            </table>
          </div>
          <p className="mt-2 text-sm text-muted">A student&apos;s average counts the assignments they submitted. Scores include part marks and your reviews.</p>

          <section aria-labelledby="class-skills" className="mt-12">
            <h2 id="class-skills" className="text-2xl font-semibold tracking-tight">
              By skill: the whole class
            </h2>
            <p className="mt-1 text-sm text-muted">The average score on every submitted answer that practises the skill, weakest skill first.</p>
            <h3 className="mt-4 font-semibold">Comprehension and media literacy</h3>
            <SkillBars scores={r.skills.byCategory} caption="Class score by kind of question" />
            <h3 className="mt-6 font-semibold">Skills</h3>
            <SkillBars scores={r.skills.bySkill} caption="Class score by skill" />
          </section>

          <ScoreDistribution scores={averages} />

          <section aria-labelledby="student-skills" className="mt-12">
            <h2 id="student-skills" className="text-2xl font-semibold tracking-tight">
              By skill: each student
            </h2>
            <ul className="mt-4 grid gap-3">
              {r.students.map((s) => (
                <li key={s.id} className="rounded-xl border border-rule bg-white p-4 shadow-sm">
                  <details>
                    <summary className="cursor-pointer font-semibold">
                      {s.displayName}
                      <span className="font-normal text-muted">
                        {s.skills.byCategory.length === 0 ? " — no graded answers yet" : ` — ${s.skills.byCategory.map((c) => `${c.label.toLowerCase()} ${c.percent}%`).join(", ")}`}
                      </span>
                    </summary>
                    <SkillBars scores={s.skills.byCategory} caption={`${s.displayName}: score by kind of question`} />
                    <SkillBars scores={s.skills.bySkill} caption={`${s.displayName}: score by skill`} empty="" />
                  </details>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </>
  );
}
