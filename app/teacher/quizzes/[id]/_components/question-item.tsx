"use client";
// One question in the builder: what students will see, the key (teachers only), Evident's
// warning when the article does not support a teacher's key, and the controls to change it.
import { useState } from "react";
import type { BuilderItem } from "@/lib/server/dal/quiz-builder";
import { UNSUPPORTED } from "@/lib/server/quiz-builder/messages";

interface Props {
  item: BuilderItem;
  number: number;
  headingId: string;
  first: boolean;
  last: boolean;
  selected: boolean;
  locked: boolean;
  /** The edit in flight (op:id), if any: every control waits for it. */
  busy: string | null;
  onShowEvidence: () => void;
  onPick: (picked: boolean) => void;
  onMove: (by: -1 | 1) => void;
  onEdit: () => void;
  onAlternate: () => void;
  onDelete: () => void;
}

const LETTERS = "ABCDEFGH";
const TF = ["True", "False", "Not stated"];
const ORIGIN: Record<BuilderItem["origin"], string | null> = { generated: null, edited: "Edited", teacher: "Your question", alternate: "Suggested" };
const button = "min-h-11 rounded-lg border border-stone-400 bg-white px-3 py-1.5 text-sm font-medium text-ink hover:border-accent disabled:cursor-not-allowed disabled:opacity-60";

function answerText(q: BuilderItem["question"]): string {
  if (q.format === "tf") return TF[q.key.option ?? -1] ?? "—";
  if (q.format === "mc") return `${LETTERS[q.key.option ?? -1] ?? "?"}. ${q.options?.[q.key.option ?? -1] ?? ""}`;
  if (q.key.accepted?.length) return q.key.accepted.join(" / ");
  return "Open answer, judged against the evidence.";
}

export function QuestionItem({ item, number, headingId, first, last, selected, locked, busy, onShowEvidence, onPick, onMove, onEdit, onAlternate, onDelete }: Props) {
  const q = item.question;
  const [confirming, setConfirming] = useState(false);
  const waiting = busy !== null;
  const mine = busy?.endsWith(`:${q.id}`) ? busy.split(":")[0] : null;
  const which = <span className="sr-only"> question {number}</span>;
  const origin = ORIGIN[item.origin];

  return (
    <article
      aria-labelledby={headingId}
      aria-busy={mine ? true : undefined}
      className={`rounded-xl border bg-white p-4 shadow-sm ${selected ? "border-accent ring-2 ring-accent/40" : "border-rule"} ${item.picked ? "" : "bg-stone-50"}`}
    >
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h3 id={headingId} tabIndex={-1} className="font-semibold">
          Question {number}
        </h3>
        <p className="text-xs font-semibold uppercase tracking-wide text-muted">
          {q.category === "media-literacy" ? "Media literacy" : "Comprehension"} · {q.skill}
        </p>
        {origin && <span className="rounded-full border border-stone-400 px-2 text-xs font-medium text-ink">{origin}</span>}
        {!item.picked && <span className="rounded-full bg-stone-200 px-2 text-xs font-semibold text-ink">Left out of the quiz</span>}
      </div>
      <p data-prompt="" className={`mt-2 leading-snug ${item.picked ? "" : "text-muted"}`}>
        {q.prompt}
      </p>
      {q.format === "mc" && q.options && (
        <ol className="mt-2 grid gap-1 text-sm">
          {q.options.map((o, i) => (
            <li key={i} className={i === q.key.option ? "font-semibold" : ""}>
              {LETTERS[i]}. {o}
              {i === q.key.option && <span className="ml-2 rounded bg-green-100 px-1.5 text-xs font-semibold text-green-900">correct</span>}
            </li>
          ))}
        </ol>
      )}
      {q.format !== "mc" && (
        <p className="mt-2 text-sm">
          <span className="font-semibold">Answer:</span> {answerText(q)}
        </p>
      )}
      {item.check?.status === "unsupported" && (
        <div className="mt-3 rounded-lg border-2 border-amber-700 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          <p className="font-semibold">
            <span aria-hidden="true">⚠ </span>
            {UNSUPPORTED}
          </p>
          {item.check.note && <p className="mt-1">{item.check.note}</p>}
          <p className="mt-1">Students will be graded against this key. Check it, or keep it if you are sure.</p>
        </div>
      )}
      {item.check?.status === "supported" && <p className="mt-3 text-sm text-green-900">{item.check.note ?? "Evident found this answer in the article."}</p>}
      {item.check?.status === "unchecked" && item.check.note && <p className="mt-3 text-sm text-muted">{item.check.note}</p>}
      {q.explanation && (
        <p className="mt-2 text-sm text-muted">
          <span className="font-semibold">Why:</span> {q.explanation}
        </p>
      )}

      <div className="mt-3 flex flex-wrap items-center gap-2">
        {!locked && (
          <label className="mr-2 flex min-h-11 items-center gap-2 text-sm font-medium">
            <input type="checkbox" className="size-5" checked={item.picked} disabled={waiting} onChange={(e) => onPick(e.target.checked)} />
            In the quiz{which}
          </label>
        )}
        <button type="button" className={button} onClick={onShowEvidence} aria-pressed={selected}>
          Show evidence{which}
        </button>
        {!locked && (
          <>
            <button type="button" id={`move-up-${q.id}`} className={button} disabled={waiting || first} onClick={() => onMove(-1)}>
              Move up{which}
            </button>
            <button type="button" id={`move-down-${q.id}`} className={button} disabled={waiting || last} onClick={() => onMove(1)}>
              Move down{which}
            </button>
            <button type="button" className={button} disabled={waiting} onClick={onEdit}>
              Edit{which}
            </button>
            <button type="button" className={button} disabled={waiting} onClick={onAlternate}>
              {mine === "alternate" ? "Finding another…" : "Suggest another question"}
              {mine === "alternate" ? null : <span className="sr-only"> instead of question {number}</span>}
            </button>
            {confirming ? (
              <span className="flex flex-wrap items-center gap-2 text-sm">
                <span>Delete it for good?</span>
                <button type="button" className={`${button} border-red-700 text-red-900`} disabled={waiting} onClick={() => (setConfirming(false), onDelete())}>
                  Yes, delete{which}
                </button>
                <button type="button" className={button} onClick={() => setConfirming(false)}>
                  Keep it
                </button>
              </span>
            ) : (
              <button type="button" className={button} disabled={waiting} onClick={() => setConfirming(true)}>
                Delete{which}
              </button>
            )}
          </>
        )}
      </div>
    </article>
  );
}
