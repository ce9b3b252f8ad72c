import type { Metadata } from "next";
import Link from "next/link";
import type { StudentAnswer } from "@/lib/engine";
import { assignmentReport } from "@/lib/server/dal/results";
import { reviewQueue } from "@/lib/server/dal/review";
import { TeacherBar } from "../../../_components/teacher-bar";
import { loadResults, orNotFound, teacherPage } from "../../../_lib/teacher";
import { ReviewList, type ReviewCard } from "./_components/review-list";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: `Review · ${(await loadResults((await params).id)).title}` };
}

/** What the student answered, as words: option text for a choice, the text itself otherwise. */
function answerText(answer: StudentAnswer, options: string[] | null): string {
  if (typeof answer === "string") return answer;
  if (typeof answer === "number") return options?.[answer] ?? `Option ${answer + 1}`;
  if (answer.length === 0) return "(no answer)";
  if (typeof answer[0] === "number") return (answer as number[]).map((i) => options?.[i] ?? `Option ${i + 1}`).join("; ");
  return `${answer.length} passage${answer.length === 1 ? "" : "s"} marked`;
}

export default async function ReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { actor, db } = await teacherPage();
  const [queue, report] = await Promise.all([orNotFound(reviewQueue(db, actor, id)), orNotFound(assignmentReport(db, actor, id))]);
  const items: ReviewCard[] = queue.map((i) => {
    const q = report.questions.find((x) => x.id === i.questionId);
    return { ...i, questionNumber: q?.number ?? null, answerText: answerText(i.answer, q?.options ?? null) };
  });

  return (
    <>
      <TeacherBar back />
      <h1 className="text-2xl font-semibold leading-snug sm:text-3xl">Review answers</h1>
      <p className="mt-2 text-muted">
        <Link href={`/teacher/assignments/${id}`} className="underline">
          {report.title}
        </Link>{" "}
        · {items.length === 1 ? "1 answer" : `${items.length} answers`} to review
      </p>
      <section aria-labelledby="shortcuts" className="mt-4 rounded-lg border border-rule bg-white px-4 py-3 text-sm">
        <h2 id="shortcuts" className="font-semibold">
          Keyboard shortcuts
        </h2>
        <p className="mt-1">
          Move to an answer with Tab, then press <kbd className="rounded border border-rule px-1">A</kbd> to accept it (score 1) or{" "}
          <kbd className="rounded border border-rule px-1">R</kbd> to reject it (score 0). To give part marks, type a score from 0 to 1 and press Enter. Your score
          replaces Evident&apos;s everywhere, and the same answer to the same question is suggested next time.
        </p>
      </section>
      <ReviewList assignmentId={id} items={items} />
    </>
  );
}
