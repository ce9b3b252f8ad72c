"use client";
// The assignment as a student takes it: the article beside its questions (stacked on a phone),
// every answer autosaved through the outbox, and a Submit that first makes sure every answer
// reached the server.
import { useCallback, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { Span } from "@/lib/engine";
import type { ActionResult } from "@/lib/server/action-result";
import type { AttemptView, ReleasedFeedback } from "@/lib/server/dal/attempts";
import { ArticleText } from "@/components/article/article-text";
import { HighlightTools } from "@/components/reading/highlights/highlight-tools";
import type { StoredHighlights } from "@/lib/server/dal/highlights";
import type { Feedback } from "@/components/questions/types";
import { AnswerCard } from "./answer-card";
import * as outbox from "./outbox";
import { useAttemptHighlights } from "./use-attempt-highlights";
import { useAutosave } from "./use-autosave";

interface Props {
  view: AttemptView;
  /** The student's highlights and notes as the server has them. */
  highlights: StoredHighlights;
  submit: (input: { attemptId: string }) => Promise<ActionResult<{ submittedAt: number; score: number | null }>>;
}

export function AttemptSession({ view, highlights: stored, submit }: Props) {
  const router = useRouter();
  const [answers, setAnswers] = useState(() => {
    const out: Record<string, string | number> = {};
    for (const [q, a] of Object.entries(view.answers)) if (typeof a.answer === "string" || typeof a.answer === "number") out[q] = a.answer;
    return out;
  });
  const [feedback, setFeedback] = useState<Record<string, ReleasedFeedback>>(view.feedback);
  const [highlights, setHighlights] = useState<Span[]>([]);
  const [submitted, setSubmitted] = useState(view.submittedAt !== null);
  // Set when the server refuses further answers (past the due time, or submitted on another device).
  const [closed, setClosed] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const onRestore = useCallback((q: string, a: string | number) => setAnswers((prev) => ({ ...prev, [q]: a })), []);
  const onFeedback = useCallback((q: string, f: ReleasedFeedback) => setFeedback((prev) => ({ ...prev, [q]: f })), []);
  const { status, save, settle } = useAutosave({
    attemptId: view.attemptId,
    storedSeqs: Object.fromEntries(Object.entries(view.answers).map(([q, a]) => [q, a.seq])),
    onRestore,
    onFeedback,
    onClosed: setClosed,
  });

  const notes = useAttemptHighlights({ attemptId: view.attemptId, initial: stored.highlights, storedSeq: stored.seq, locked: submitted });

  const toFeedback = (f: ReleasedFeedback): Feedback => ({ ...f, evidenceText: f.evidence.map((e) => view.article.text.slice(e.start, e.end)) });

  function showEvidence(f: Feedback) {
    setHighlights(f.evidence);
    requestAnimationFrame(() => {
      const mark = document.getElementById("evidence");
      const reduce = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      mark?.scrollIntoView({ behavior: reduce ? "auto" : "smooth", block: "center" });
      mark?.focus({ preventScroll: true });
    });
  }

  function confirmSubmit() {
    setSubmitError(null);
    startTransition(async () => {
      if (!(await settle())) {
        setSubmitError("Some answers have not reached the server yet. Check your connection; Evident keeps trying, then submit again.");
        return;
      }
      const result = await submit({ attemptId: view.attemptId }).catch(() => null);
      if (!result) {
        setSubmitError("Could not reach Evident. Your answers are saved; try submitting again.");
        return;
      }
      if (!result.ok) {
        setSubmitError(result.error);
        return;
      }
      await outbox.clear(view.attemptId).catch(() => undefined);
      setConfirming(false);
      setSubmitted(true);
      // Feedback released on submit comes with the page's fresh data.
      router.refresh();
    });
  }

  const answered = view.questions.filter((q) => answers[q.id] !== undefined && answers[q.id] !== "").length;
  const locked = submitted || closed !== null;

  return (
    <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,26rem)]">
      <section aria-label="Article" className="min-w-0 sm:pl-8 lg:max-h-[calc(100dvh-6rem)] lg:overflow-y-auto lg:pr-4" tabIndex={0}>
        <HighlightTools text={view.article.text} paragraphs={view.article.paragraphs} store={notes}>
          <ArticleText text={view.article.text} paragraphs={view.article.paragraphs} highlights={highlights} notes={notes.list} />
        </HighlightTools>
      </section>
      <section aria-label="Questions" className="grid content-start gap-5">
        {submitted ? (
          <p role="status" className="rounded-lg border-l-4 border-accent bg-blue-50 px-4 py-3">
            You submitted this assignment.
            {view.score !== null && <> Your score: {Math.round(view.score * 100)}%.</>}
            {(view.feedbackMode === "after-due" || view.feedbackMode === "after-review") && Object.keys(feedback).length === 0 && <> Your teacher will share feedback later.</>}
          </p>
        ) : (
          closed && (
            <p role="alert" className="rounded-lg border-l-4 border-red-700 bg-red-50 px-4 py-3 text-red-900">
              {closed}
            </p>
          )
        )}
        {view.questions.map((q) => (
          <AnswerCard
            key={q.id}
            question={q}
            answer={answers[q.id]}
            status={submitted ? undefined : status[q.id]}
            feedback={feedback[q.id] ? toFeedback(feedback[q.id]!) : null}
            disabled={locked}
            onChange={(a) => setAnswers((prev) => ({ ...prev, [q.id]: a }))}
            onSave={(a) => void save(q.id, a)}
            onShowEvidence={showEvidence}
          />
        ))}
        {!locked && (
          <div className="rounded-xl border border-rule bg-white p-5">
            <p className="text-sm text-muted">
              {answered} of {view.questions.length} answered. Answers save as you go; submit when you are done.
            </p>
            {confirming ? (
              <div className="mt-3" role="group" aria-label="Confirm submission">
                <p className="font-medium">Submit your answers? You cannot change them afterwards.</p>
                <div className="mt-3 flex flex-wrap gap-3">
                  <button type="button" onClick={confirmSubmit} disabled={pending} className="rounded-lg bg-accent px-4 py-2 font-semibold text-white hover:bg-accent-strong disabled:opacity-60">
                    {pending ? "Submitting…" : "Yes, submit"}
                  </button>
                  <button type="button" onClick={() => setConfirming(false)} disabled={pending} className="rounded-lg border border-rule px-4 py-2 font-semibold">
                    Keep working
                  </button>
                </div>
              </div>
            ) : (
              <button type="button" onClick={() => setConfirming(true)} className="mt-3 rounded-lg bg-accent px-4 py-2 font-semibold text-white hover:bg-accent-strong">
                Submit
              </button>
            )}
            {submitError && (
              <p role="alert" className="mt-3 text-sm text-red-800">
                {submitError}
              </p>
            )}
          </div>
        )}
      </section>
    </div>
  );
}
