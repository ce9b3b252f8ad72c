import type { Metadata } from "next";
import Link from "next/link";
import { listAssignments } from "@/lib/server/dal/assignments";
import { listClasses } from "@/lib/server/dal/classes";
import { listQuizzes } from "@/lib/server/dal/quizzes";
import { listArticles } from "@/lib/server/library";
import { ArchivedClasses } from "./_components/archived-classes";
import { AssignForm } from "./_components/assign-form";
import { CreateClassForm } from "./_components/create-class-form";
import { CreateQuizForm } from "./_components/create-quiz-form";
import { LocalTime } from "./_components/local-time";
import { OwnArticleForm } from "./_components/own-article-form";
import { TeacherBar } from "./_components/teacher-bar";
import { FEEDBACK_LABELS } from "./_lib/due";
import { teacherPage } from "./_lib/teacher";

export const metadata: Metadata = { title: "Your classes" };

const card = "rounded-xl border border-rule bg-white p-5 shadow-sm";
const empty = "rounded-lg border border-dashed border-rule p-5 text-muted";

export default async function TeacherHome() {
  const { actor, db } = await teacherPage();
  const [classes, quizzes, assignments, articles] = await Promise.all([listClasses(db, actor), listQuizzes(db, actor), listAssignments(db, actor), listArticles()]);
  const classChoices = classes.map((c) => ({ id: c.id, name: c.name }));

  return (
    <>
      <TeacherBar />
      <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Your classes</h1>
      <section aria-label="Classes" className="mt-6 grid gap-5">
        {classes.length === 0 ? (
          <p className={empty}>No classes yet — create your first one. Each class gets a join code for students.</p>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2">
            {classes.map((c) => (
              <li key={c.id} className={`${card} relative`}>
                <h2 className="text-xl font-semibold">
                  <Link href={`/teacher/classes/${c.id}`} className="no-underline after:absolute after:inset-0 hover:underline">
                    {c.name}
                  </Link>
                </h2>
                <p className="mt-1 text-sm text-muted">
                  {c.students === 1 ? "1 student" : `${c.students} students`} · {c.joinOpen ? "Open to join" : "Joining locked"}
                </p>
              </li>
            ))}
          </ul>
        )}
        <CreateClassForm />
        <ArchivedClasses />
      </section>

      <section aria-labelledby="quizzes" className="mt-12">
        <h2 id="quizzes" className="text-2xl font-semibold tracking-tight">
          Quizzes
        </h2>
        <div className={`${card} mt-4`}>
          <CreateQuizForm articles={articles.map((a) => ({ slug: a.slug, title: a.displayTitle }))} />
        </div>
        <div className={`${card} mt-4`}>
          <OwnArticleForm />
        </div>
        {quizzes.length === 0 ? (
          <p className={`${empty} mt-4`}>No quizzes yet — choose an article above and Evident writes one.</p>
        ) : (
          <ul className="mt-4 grid gap-4">
            {quizzes.map((q) => (
              <li key={q.id} className={card}>
                <h3 className="font-serif text-lg leading-snug">{q.title}</h3>
                <p className="mt-1 text-sm text-muted">
                  {q.questions} questions · made <LocalTime ms={q.createdAt} dateOnly /> ·{" "}
                  <Link href={`/teacher/quizzes/${q.id}`} className="underline">
                    Open in the quiz builder
                  </Link>{" "}
                  ·{" "}
                  <a href={`/teacher/quizzes/${q.id}/qti`} download className="underline">
                    Export for your LMS (QTI 3.0)
                  </a>{" "}
                  ·{" "}
                  <Link href={`/teacher/quizzes/${q.id}/print`} className="underline">
                    Print worksheet
                  </Link>
                </p>
                {classes.length === 0 ? (
                  <p className="mt-3 text-sm text-muted">Create a class to assign this quiz.</p>
                ) : (
                  <AssignForm quizId={q.id} quizTitle={q.title} classes={classChoices} />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="assignments" className="mt-12">
        <h2 id="assignments" className="text-2xl font-semibold tracking-tight">
          Assignments
        </h2>
        {assignments.length === 0 ? (
          <p className={`${empty} mt-4`}>Nothing assigned yet. Assign a quiz to a class and its results appear here.</p>
        ) : (
          <ul className="mt-4 grid gap-3">
            {assignments.map((a) => (
              <li key={a.id} className={`${card} py-4`}>
                <Link href={`/teacher/assignments/${a.id}`} className="font-medium">
                  {a.title}
                </Link>
                <p className="mt-1 text-sm text-muted">
                  {a.className} · {a.submitted} of {a.students} submitted · {a.dueAt ? <>due <LocalTime ms={a.dueAt} /></> : "no due date"} · feedback{" "}
                  {FEEDBACK_LABELS[a.feedbackMode].toLowerCase()}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
