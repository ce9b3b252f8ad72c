import type { Metadata } from "next";
import Link from "next/link";
import { listAssignments } from "@/lib/server/dal/assignments";
import { LocalTime } from "../../_components/local-time";
import { TeacherBar } from "../../_components/teacher-bar";
import { loadClass, teacherPage } from "../../_lib/teacher";
import { JoinControls } from "./_components/join-controls";
import { RemoveStudentButton } from "./_components/remove-student-button";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: (await loadClass((await params).id)).name };
}

const empty = "rounded-lg border border-dashed border-rule p-5 text-muted";

export default async function ClassPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { actor, db } = await teacherPage();
  const cls = await loadClass(id);
  const assignments = await listAssignments(db, actor, cls.id);

  return (
    <>
      <TeacherBar back />
      <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">{cls.name}</h1>
      <p className="mt-1 text-muted">{cls.students === 1 ? "1 student" : `${cls.students} students`}</p>
      <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
        <Link href={`/teacher/classes/${cls.id}/results`} className="font-medium underline">
          Class results
        </Link>
        <a href={`/teacher/classes/${cls.id}/gradebook`} download className="underline">
          Download class gradebook (CSV)
        </a>
        <Link href={`/teacher/classes/${cls.id}/privacy`} className="underline">
          Student data, archive and delete
        </Link>
      </p>

      <section aria-labelledby="joining" className="mt-6 rounded-xl border border-rule bg-white p-5 shadow-sm">
        <h2 id="joining" className="text-xl font-semibold">
          Joining
        </h2>
        <p className="mt-2 text-sm text-muted">Students go to /join on this site and type the code with a name. No email, no password.</p>
        <div className="mt-3 flex flex-wrap items-baseline gap-x-4 gap-y-2">
          <output aria-label="Join code" className="font-mono text-3xl font-bold tracking-[0.2em] text-ink sm:text-4xl">
            {cls.joinCode}
          </output>
          <span className={`rounded-full px-3 py-1 text-sm font-medium ${cls.joinOpen ? "bg-green-50 text-green-900" : "bg-amber-50 text-amber-950"}`}>
            {cls.joinOpen ? "Open to new students" : "Joining locked"}
          </span>
        </div>
        <div className="mt-4">
          <JoinControls classId={cls.id} joinOpen={cls.joinOpen} />
        </div>
      </section>

      <section aria-labelledby="roster" className="mt-10">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h2 id="roster" className="text-2xl font-semibold tracking-tight">
            Students
          </h2>
          <Link href={`/teacher/classes/${cls.id}/cards`} className="underline">Print login cards</Link>
        </div>
        <p className="mt-1 text-sm text-muted">A student who comes back on another device signs in with the class code and their personal code.</p>
        {cls.roster.length === 0 ? (
          <p className={`${empty} mt-4`}>No students yet. Share the join code above; names appear here as students join.</p>
        ) : (
          <div role="region" aria-label="Students" tabIndex={0} className="mt-4 overflow-x-auto rounded-xl border border-rule bg-white">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Students in {cls.name}</caption>
              <thead className="border-b border-rule text-muted">
                <tr>
                  <th scope="col" className="px-4 py-2 font-medium">Name</th>
                  <th scope="col" className="px-4 py-2 font-medium">Personal code</th>
                  <th scope="col" className="px-4 py-2 font-medium">Joined</th>
                  <th scope="col" className="px-4 py-2 font-medium">
                    <span className="sr-only">Remove</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {cls.roster.map((s) => (
                  <tr key={s.id} className="border-b border-rule last:border-0">
                    <th scope="row" className="px-4 py-2 font-medium">{s.displayName}</th>
                    <td className="px-4 py-2 font-mono tracking-wider">{s.personalCode}</td>
                    <td className="px-4 py-2"><LocalTime ms={s.joinedAt} /></td>
                    <td className="px-4 py-1 text-right">
                      <RemoveStudentButton classId={cls.id} studentId={s.id} name={s.displayName} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="class-assignments" className="mt-10">
        <h2 id="class-assignments" className="text-2xl font-semibold tracking-tight">
          Assignments
        </h2>
        {assignments.length === 0 ? (
          <p className={`${empty} mt-4`}>
            Nothing assigned to this class yet. <Link href="/teacher#quizzes" className="underline">Create or assign a quiz</Link>.
          </p>
        ) : (
          <ul className="mt-4 grid gap-3">
            {assignments.map((a) => (
              <li key={a.id} className="rounded-xl border border-rule bg-white p-4 shadow-sm">
                <Link href={`/teacher/assignments/${a.id}`} className="font-medium">
                  {a.title}
                </Link>
                <p className="mt-1 text-sm text-muted">
                  {a.submitted} of {a.students} submitted · {a.dueAt ? <>due <LocalTime ms={a.dueAt} /></> : "no due date"}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
