"use client";
import { useState } from "react";
import type { Span } from "@/lib/engine";
import { ArticleText } from "@/components/article/article-text";
import { HighlightTools } from "@/components/reading/highlights/highlight-tools";
import { useLocalHighlights } from "@/components/reading/highlights/use-local-highlights";
import { QuestionCard } from "@/components/questions/question-card";
import type { Feedback, QuestionView } from "@/components/questions/types";
import { checkAnswerAction } from "../actions";

interface Props {
  slug: string;
  text: string;
  paragraphs: Span[];
  dateline: Span | null;
  questions: QuestionView[];
}

/** The article beside its questions; answering one highlights the passage that decides it. */
export function PracticeSession({ slug, text, paragraphs, dateline, questions }: Props) {
  const [highlights, setHighlights] = useState<Span[]>([]);
  const notes = useLocalHighlights(slug, text.length);

  async function check(questionId: string, answer: string | number) {
    const result = await checkAnswerAction({ slug, questionId, answer });
    if (!result.ok) return { error: result.error };
    setHighlights(result.feedback.evidence);
    return { feedback: result.feedback };
  }

  function showEvidence(feedback: Feedback) {
    setHighlights(feedback.evidence);
    // Wait for the marks to render, then bring the first into view and focus it for screen readers.
    requestAnimationFrame(() => {
      const mark = document.getElementById("evidence");
      const reduce = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      mark?.scrollIntoView({ behavior: reduce ? "auto" : "smooth", block: "center" });
      mark?.focus({ preventScroll: true });
    });
  }

  return (
    <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,26rem)]">
      <section aria-label="Article" className="min-w-0 sm:pl-8 lg:max-h-[calc(100dvh-6rem)] lg:overflow-y-auto lg:pr-4" tabIndex={0}>
        <HighlightTools text={text} paragraphs={paragraphs} store={notes}>
          <ArticleText text={text} paragraphs={paragraphs} dateline={dateline} highlights={highlights} notes={notes.list} />
        </HighlightTools>
      </section>
      <section aria-label="Questions" className="grid content-start gap-5">
        {questions.length === 0 ? (
          <p className="rounded-lg border border-dashed border-rule p-6 text-muted">Evident could not write questions it trusts for this article.</p>
        ) : (
          questions.map((q) => <QuestionCard key={q.id} question={q} onCheck={(a) => check(q.id, a)} onShowEvidence={showEvidence} />)
        )}
      </section>
    </div>
  );
}
