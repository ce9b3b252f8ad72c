import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { classDataSummary } from "@/lib/server/dal/privacy";
import { LocalTime } from "../../../_components/local-time";
import { TeacherBar } from "../../../_components/teacher-bar";
import { orNotFound, teacherPage } from "../../../_lib/teacher";
import { deleteClassAction, deleteStudentDataAction } from "./actions";
import { ArchiveButton } from "./_components/archive-button";
import { ConfirmDelete } from "./_components/confirm-delete";

const load = cache(async (id: string) => {
  const { actor, db } = await teacherPage();
  return orNotFound(classDataSummary(db, actor, id));
});

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: `Student data · ${(await load((await params).id)).name}` };
}

export default async function ClassDataPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ deleted?: string | string[] }> }) {
  const { id } = await params;
  const cls = await load(id);
  const deleted = (await searchParams).deleted === "student";
  return (
    <>
      <TeacherBar back />
      <p className="text-sm">
        <Link href={`/teacher/classes/${cls.id}`} className="underline">
          {cls.name}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-semibold tracking-tight sm:text-4xl">Student data</h1>
      <p className="mt-2 max-w-prose text-muted">
        Everything Evident stores about your students: their display name, personal code and their work. Download a copy (JSON) when a family or your school
        asks, and delete it when it should no longer be kept. Deleting cannot be undone.
      </p>
      <div role="status">
        {deleted && <p className="mt-4 rounded-lg border border-green-700 bg-green-50 px-3 py-2 text-green-900">The student&apos;s data was deleted.</p>}
      </div>
      {cls.archivedAt !== null && (
        <p className="mt-4 rounded-lg border border-amber-700 bg-amber-50 px-3 py-2 text-amber-950">
          <strong>Archived</strong> <LocalTime ms={cls.archivedAt} />. Students cannot sign in. Archived classes are deleted after a year (see the retention note below).
        </p>
      )}

      <section aria-labelledby="students-data" className="mt-8">
        <h2 id="students-data" className="text-2xl font-semibold tracking-tight">
          Each student
        </h2>
        {cls.students.length === 0 ? (
          <p className="mt-4 rounded-lg border border-dashed border-rule p-5 text-muted">No student data is stored for this class.</p>
        ) : (
          <ul className="mt-4 grid gap-3">
            {cls.students.map((s) => (
              <li key={s.id} aria-labelledby={`student-${s.id}`} className="rounded-xl border border-rule bg-white p-4 shadow-sm">
                <h3 id={`student-${s.id}`} className="font-semibold">
                  {s.displayName}
                </h3>
                <p className="mt-1 text-sm text-muted">
                  Joined <LocalTime ms={s.joinedAt} />
                  {s.removedAt !== null && <> · removed from the class <LocalTime ms={s.removedAt} /></>} · {s.attempts === 1 ? "1 assignment started" : `${s.attempts} assignments started`}
                </p>
                <div className="mt-3 flex flex-wrap items-start gap-3">
                  <a href={`/teacher/classes/${cls.id}/students/${s.id}/export`} download className="inline-flex min-h-11 items-center rounded-lg border border-stone-400 bg-white px-4 py-2 font-semibold hover:border-accent" aria-label={`Download ${s.displayName}'s data (JSON)`}>
                    Download data (JSON)
                  </a>
                  <ConfirmDelete action={deleteStudentDataAction} hidden={{ classId: cls.id, studentId: s.id }} name={s.displayName} what={`${s.displayName}'s data`} summary={`Delete ${s.displayName}'s data…`} />
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="class-data" className="mt-10">
        <h2 id="class-data" className="text-2xl font-semibold tracking-tight">
          The whole class
        </h2>
        <div className="mt-4 flex flex-wrap items-start gap-3">
          <a href={`/teacher/classes/${cls.id}/export`} download className="inline-flex min-h-11 items-center rounded-lg border border-stone-400 bg-white px-4 py-2 font-semibold hover:border-accent">
            Download all class data (JSON)
          </a>
          <ArchiveButton classId={cls.id} archived={cls.archivedAt !== null} />
        </div>
        <div className="mt-4">
          <ConfirmDelete action={deleteClassAction} hidden={{ classId: cls.id }} name={cls.name} what="this class and all its students' data" summary="Delete class…" />
        </div>
        <h3 className="mt-8 font-semibold">How long data is kept</h3>
        <p className="mt-1 max-w-prose text-sm text-muted">
          Student data stays while the class is active. Archive a class at the end of the course: students can no longer sign in, and you keep the results.
          An archived class is deleted, with all its students&apos; data, one year after it was archived. Your quizzes and articles are yours and stay.
        </p>
      </section>
    </>
  );
}
