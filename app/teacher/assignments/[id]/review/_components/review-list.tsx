"use client";
// The review queue: one card per answer. Keyboard: with a card focused, A accepts and R rejects.
// A reviewed card leaves the list; focus moves to the next one so the teacher keeps going.
import { useActionState, useEffect, useRef, useState } from "react";
import { useFormStatus } from "react-dom";
import { FormMessage, TextField, useFocusFirstError } from "../../../../_components/fields";
import { idle, type FormState } from "../../../../_lib/form";
import { reviewAnswerAction } from "../actions";

export interface ReviewCard {
  attemptId: string;
  questionId: string;
  studentName: string;
  questionNumber: number | null;
  prompt: string;
  answerText: string;
  verdict: "partial" | "needs-review" | string;
  score: number;
  reason: string;
  correctAnswer: string | null;
  evidenceText: string[];
  suggestion: { score: number; comment: string | null } | null;
}

export function ReviewList({ assignmentId, items }: { assignmentId: string; items: ReviewCard[] }) {
  const [announce, setAnnounce] = useState("");
  const list = useRef<HTMLOListElement>(null);
  const count = items.length;
  const before = useRef(count);
  useEffect(() => {
    // When an item left the queue, focus the card now in its place (or the next one).
    if (count < before.current) {
      const active = document.activeElement;
      if (!active || active === document.body || !document.contains(active)) {
        list.current?.querySelector<HTMLElement>("[data-review-card]")?.focus();
      }
    }
    before.current = count;
  }, [count]);

  return (
    <>
      <div role="status" className="sr-only">
        {announce}
      </div>
      {count === 0 ? (
        <p tabIndex={-1} className="mt-6 rounded-lg border border-dashed border-rule p-5 text-muted">
          Nothing to review. Partly right answers and answers Evident could not check appear here after students submit.
        </p>
      ) : (
        <ol ref={list} className="mt-6 grid gap-5" aria-label="Answers to review">
          {items.map((item) => (
            <ReviewItemCard key={`${item.attemptId}:${item.questionId}`} assignmentId={assignmentId} item={item} onDone={setAnnounce} />
          ))}
        </ol>
      )}
    </>
  );
}

const VERDICT: Record<string, string> = { partial: "Partly right", "needs-review": "Needs your review" };

function ReviewItemCard({ assignmentId, item, onDone }: { assignmentId: string; item: ReviewCard; onDone: (message: string) => void }) {
  const [state, action] = useActionState(async (prev: FormState, fd: FormData) => {
    const next = await reviewAnswerAction(prev, fd);
    if (next.message) onDone(`${item.studentName}, question ${item.questionNumber ?? ""}: ${next.message}`);
    return next;
  }, idle);
  const form = useFocusFirstError(state);
  const accept = useRef<HTMLButtonElement>(null);
  const reject = useRef<HTMLButtonElement>(null);
  const set = useRef<HTMLButtonElement>(null);
  const headingId = `review-${item.attemptId}-${item.questionId}`;

  function onKeyDown(e: React.KeyboardEvent<HTMLLIElement>) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as HTMLElement;
    // Enter in the score or comment box sets that score (the browser would press Accept, the first button).
    if (e.key === "Enter" && target instanceof HTMLInputElement) {
      e.preventDefault();
      if (set.current && !set.current.disabled) form.current?.requestSubmit(set.current);
      return;
    }
    // Typing a comment or a score must not trigger a shortcut.
    if (target.closest("input, textarea, select")) return;
    const key = e.key.toLowerCase();
    const button = key === "a" ? accept.current : key === "r" ? reject.current : null;
    if (!button || button.disabled) return;
    e.preventDefault();
    form.current?.requestSubmit(button);
  }

  const v = state.values ?? {};
  const f = state.fields ?? {};
  return (
    // The card is focusable so its shortcuts work without first choosing a button.
    <li data-review-card tabIndex={0} onKeyDown={onKeyDown} aria-labelledby={headingId} aria-keyshortcuts="A R" className="rounded-xl border border-rule bg-white p-5 shadow-sm focus:outline-3 focus:outline-offset-2 focus:outline-accent">
      <h2 id={headingId} className="text-lg font-semibold">
        {item.studentName} · Question {item.questionNumber ?? "?"}
      </h2>
      <p className="mt-1 font-serif">{item.prompt}</p>
      <dl className="mt-3 grid gap-3 sm:grid-cols-2">
        <div>
          <dt className="text-sm font-medium text-muted">Student&apos;s answer</dt>
          <dd className="mt-1 rounded-lg bg-note px-3 py-2 text-note-ink">{item.answerText}</dd>
        </div>
        <div>
          <dt className="text-sm font-medium text-muted">Key</dt>
          <dd className="mt-1 px-3 py-2">{item.correctAnswer ?? "No single right answer — judge it against the evidence."}</dd>
        </div>
        <div className="sm:col-span-2">
          <dt className="text-sm font-medium text-muted">Evidence in the article</dt>
          <dd className="mt-1">
            {item.evidenceText.length === 0 ? (
              <span className="text-muted">No passage marked.</span>
            ) : (
              item.evidenceText.map((t, i) => (
                <blockquote key={i} className="mt-1 border-l-4 border-accent pl-3 font-serif">
                  {t}
                </blockquote>
              ))
            )}
          </dd>
        </div>
        <div className="sm:col-span-2">
          <dt className="text-sm font-medium text-muted">Evident&apos;s check</dt>
          <dd className="mt-1">
            {VERDICT[item.verdict] ?? item.verdict}, score {item.score}. {item.reason}
          </dd>
        </div>
      </dl>
      {item.suggestion && (
        <p className="mt-3 rounded-lg border border-accent px-3 py-2 text-sm">
          Last time you gave this answer {item.suggestion.score}
          {item.suggestion.comment ? ` (“${item.suggestion.comment}”)` : ""}.
        </p>
      )}
      <form ref={form} action={action} noValidate aria-label={`Score ${item.studentName}'s answer to question ${item.questionNumber ?? ""}`} className="mt-4 grid gap-3">
        <input type="hidden" name="assignmentId" value={assignmentId} />
        <input type="hidden" name="attemptId" value={item.attemptId} />
        <input type="hidden" name="questionId" value={item.questionId} />
        <div className="flex flex-wrap gap-2">
          <DecisionButton ref={accept} value="accept" pending="Saving…">
            Accept
          </DecisionButton>
          <DecisionButton ref={reject} value="reject" pending="Saving…" secondary>
            Reject
          </DecisionButton>
        </div>
        <div className="grid gap-3 sm:grid-cols-[10rem_minmax(0,1fr)_auto] sm:items-start">
          <TextField label="Score" name="score" inputMode="decimal" autoComplete="off" defaultValue={v.score ?? (item.suggestion ? String(item.suggestion.score) : "")} error={f.score} hint="0 to 1, e.g. 0.5" />
          <TextField label="Comment (optional)" name="comment" maxLength={500} autoComplete="off" defaultValue={v.comment ?? item.suggestion?.comment ?? ""} error={f.comment} />
          <div className="sm:pt-7">
            <DecisionButton ref={set} value="set" pending="Saving…" secondary>
              Set score
            </DecisionButton>
          </div>
        </div>
        <FormMessage error={state.error} />
      </form>
    </li>
  );
}

function DecisionButton({ ref, value, children, pending: pendingText, secondary }: { ref: React.Ref<HTMLButtonElement>; value: string; children: string; pending: string; secondary?: boolean }) {
  const { pending, data } = useFormStatus();
  const mine = pending && data?.get("decision") === value;
  const look = secondary ? "border border-stone-400 bg-white text-ink hover:border-accent" : "bg-accent text-white hover:bg-accent-strong";
  return (
    <button ref={ref} type="submit" name="decision" value={value} disabled={pending} className={`min-h-11 rounded-lg px-4 py-2 font-semibold disabled:cursor-wait disabled:opacity-70 ${look}`}>
      {mine ? pendingText : children}
    </button>
  );
}
