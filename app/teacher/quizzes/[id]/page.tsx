import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { listClasses } from "@/lib/server/dal/classes";
import { loadBuilder } from "@/lib/server/dal/quiz-builder";
import { AssignForm } from "../../_components/assign-form";
import { TeacherBar } from "../../_components/teacher-bar";
import { orNotFound, teacherPage } from "../../_lib/teacher";
import { copyQuizAction } from "./actions";
import { QuizBuilder } from "./_components/quiz-builder";

export const dynamic = "force-dynamic";

const loadQuizBuilder = cache(async (id: string) => {
  const { actor, db } = await teacherPage();
  return orNotFound(loadBuilder(db, actor, id));
});

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Quiz builder · ${(await loadQuizBuilder((await params).id)).title}` };
}

/** The quiz builder: the article beside the questions; the teacher shapes the quiz, then assigns it. */
export default async function QuizBuilderPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const quiz = await loadQuizBuilder(id);
  const { actor, db } = await teacherPage();
  const classes = (await listClasses(db, actor)).map((c) => ({ id: c.id, name: c.name }));
  const picked = quiz.items.filter((i) => i.picked).length;
  const locked = quiz.assignedTo.length > 0;
  const notice =
    query.created !== undefined
      ? `Quiz created with ${picked} questions: “${quiz.title}”. Check them against the article, change what you like, then assign it below.`
      : query.copied !== undefined
        ? "This is your copy. Edit it freely; the assigned quiz stays as it was."
        : null;

  return (
    <>
      <TeacherBar back />
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">Quiz builder</p>
      <h1 className="mt-1 font-serif text-2xl leading-tight sm:text-3xl">{quiz.title}</h1>
      <p className="mt-2 text-sm text-muted">
        <Link href={`/teacher/quizzes/${quiz.id}/print`} className="underline">
          Print worksheet
        </Link>{" "}
        ·{" "}
        <a href={`/teacher/quizzes/${quiz.id}/qti`} download className="underline">
          Export for your LMS (QTI 3.0)
        </a>
      </p>
      <div role="status">{notice && <p className="mt-4 rounded-lg border border-green-700 bg-green-50 px-3 py-2 text-sm text-green-900">{notice}</p>}</div>
      {locked && (
        <div className="mt-4 rounded-lg border border-amber-700 bg-amber-50 px-4 py-3 text-amber-950">
          <p>
            Assigned to {quiz.assignedTo.join(", ")}. Its questions stay as students saw them, so every answer is graded against the question it
            answered. To change the questions, edit a copy.
          </p>
          <form action={copyQuizAction} className="mt-3">
            <input type="hidden" name="quizId" value={quiz.id} />
            <button type="submit" className="min-h-11 rounded-lg bg-accent px-4 py-2 font-semibold text-white hover:bg-accent-strong">
              Make a copy to edit
            </button>
          </form>
        </div>
      )}
      <QuizBuilder
        quizId={quiz.id}
        version={quiz.version}
        locked={locked}
        items={quiz.items}
        text={quiz.text}
        paragraphs={quiz.paragraphs}
        dateline={quiz.dateline}
        sentences={quiz.sentences}
      />
      <section aria-labelledby="assign" className="mt-10 rounded-xl border border-rule bg-white p-5 shadow-sm">
        <h2 id="assign" className="text-xl font-semibold">
          Assign
        </h2>
        {classes.length === 0 ? (
          <p className="mt-2 text-muted">
            Create a class to assign this quiz. <Link href="/teacher" className="underline">Go to your classes</Link>
          </p>
        ) : (
          <>
            <p className="mt-1 text-sm text-muted">Once assigned, the questions are fixed for that class; you can still edit a copy.</p>
            <AssignForm quizId={quiz.id} quizTitle={quiz.title} classes={classes} />
          </>
        )}
      </section>
    </>
  );
}
