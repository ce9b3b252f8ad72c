"use client";
import { useId, useState, useTransition } from "react";
import type { Feedback, QuestionView } from "./types";
import { FeedbackPanel } from "./feedback-panel";
import { ReadAloudButton } from "@/components/reading/read-aloud-button";
import { ChoiceList, LETTERS } from "@/components/questions/choice-list";

interface Props {
  question: QuestionView;
  /** Checks an answer on the server; resolves to feedback or a message to show. */
  onCheck: (answer: string | number) => Promise<{ feedback: Feedback } | { error: string }>;
  onShowEvidence: (feedback: Feedback) => void;
}


export function QuestionCard({ question, onCheck, onShowEvidence }: Props) {
  const id = useId();
  const [choice, setChoice] = useState<number | null>(null);
  const [text, setText] = useState("");
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const hasOptions = question.options !== null && question.options.length > 0;
  const answer = hasOptions ? choice : text.trim();
  const ready = hasOptions ? choice !== null : text.trim().length > 0;

  function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!ready || answer === null) {
      setError(hasOptions ? "Choose an answer first." : "Write an answer first.");
      return;
    }
    setError(null);
    startTransition(async () => {
      const result = await onCheck(answer).catch(() => ({ error: "Could not reach Evident. Check your connection and try again." }));
      if ("error" in result) setError(result.error);
      else setFeedback(result.feedback);
    });
  }

  return (
    <section aria-labelledby={`${id}-prompt`} className="rounded-xl border border-rule bg-white p-5 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <p className="text-xs font-semibold uppercase tracking-wide text-muted">
          Question {question.number} · {question.category === "media-literacy" ? "Media literacy" : "Comprehension"} · {question.skill}
        </p>
        <ReadAloudButton pieces={[question.prompt, ...(question.options ?? []).map((o, i) => `${LETTERS[i]}. ${o}`)]} what={`question ${question.number}`} />
      </div>
      <form onSubmit={submit} className="mt-2" noValidate>
        <fieldset disabled={pending}>
          <legend id={`${id}-prompt`} className="text-[1.05rem] font-medium leading-snug">
            {question.prompt}
          </legend>
          {hasOptions ? (
            <ChoiceList name={`${id}-choice`} options={question.options!} chosen={choice} onPick={setChoice} />
          ) : (
            <div className="mt-3">
              <label htmlFor={`${id}-text`} className="sr-only">
                Your answer
              </label>
              <textarea
                id={`${id}-text`}
                value={text}
                onChange={(e) => setText(e.target.value)}
                rows={question.format === "open" ? 4 : 2}
                maxLength={2000}
                aria-describedby={error ? `${id}-error` : undefined}
                className="w-full rounded-lg border border-stone-400 px-3 py-2 text-base focus:border-accent"
                placeholder={question.format === "open" ? "Write a few sentences…" : "Your answer"}
              />
            </div>
          )}
          <div className="mt-3 flex items-center gap-3">
            <button type="submit" className="rounded-lg bg-accent px-4 py-2 font-semibold text-white hover:bg-accent-strong disabled:opacity-60">
              {pending ? "Checking…" : feedback ? "Check again" : "Check answer"}
            </button>
            {error && (
              <p id={`${id}-error`} role="alert" className="text-sm text-red-800">
                {error}
              </p>
            )}
          </div>
        </fieldset>
      </form>
      <div aria-live="polite">{feedback && <FeedbackPanel feedback={feedback} onShowEvidence={() => onShowEvidence(feedback)} />}</div>
    </section>
  );
}
