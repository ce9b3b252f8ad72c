import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getQuiz, toStudentQuestion } from "@/lib/server/quiz";
import { ReadingToolbar } from "@/components/reading/reading-toolbar";
import { PracticeSession } from "./_components/practice-session";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const quiz = await getQuiz((await params).slug);
  return { title: quiz ? `Practice: ${quiz.entry.displayTitle}` : "Article not found" };
}

export default async function PracticePage({ params }: Params) {
  const { slug } = await params;
  const quiz = await getQuiz(slug);
  if (!quiz) notFound();
  const { entry } = quiz;
  return (
    <div>
      <p className="text-sm">
        <Link href={`/read/${slug}`}>← Back to the article</Link>
      </p>
      <h1 className="mt-4 font-serif text-2xl leading-tight sm:text-3xl">
        Practice: {entry.hasHeadline ? entry.displayTitle : <span className="italic">{entry.displayTitle}</span>}
      </h1>
      <p className="mt-2 max-w-prose text-muted">
        Answer each question, then check it. Evident shows the passage of the article that decides the answer. Nothing you type is
        saved.
      </p>
      <div className="mt-6">
        <ReadingToolbar source={{ slug, quiz: true }} sentences={quiz.analysis.sentences.map((x) => [x.start, x.end] as const)} />
      </div>
      <PracticeSession
        slug={slug}
        text={entry.article.text}
        paragraphs={entry.article.paragraphs}
        dateline={entry.article.header.dateline}
        questions={quiz.questions.map(toStudentQuestion)}
      />
    </div>
  );
}
