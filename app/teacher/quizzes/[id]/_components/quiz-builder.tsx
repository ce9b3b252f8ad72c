"use client";
// The builder's workspace: the article with the selected question's evidence marked, beside the
// list of questions the teacher picks, orders, edits, replaces and writes. Every change is saved
// on the server as it is made, and the list shows what was saved.
import { useEffect, useRef, useState } from "react";
import type { Span } from "@/lib/engine";
import type { BuilderEdit, BuilderItem, BuilderResult, QuestionDraft } from "@/lib/server/dal/quiz-builder";
import { ArticleText } from "@/components/article/article-text";
import { builderEditAction, type BuilderActionResult } from "../actions";
import { QuestionEditor, type EditorResult } from "./question-editor";
import { QuestionItem } from "./question-item";

interface Props {
  quizId: string;
  version: number;
  locked: boolean;
  items: BuilderItem[];
  text: string;
  paragraphs: Span[];
  dateline: Span | null;
  sentences: Span[];
}

const OFFLINE: BuilderActionResult = { ok: false, code: "internal", error: "Could not reach Evident. Check your connection and try again; nothing was changed." };

export function QuizBuilder({ quizId, version: initialVersion, locked, items: initialItems, text, paragraphs, dateline, sentences }: Props) {
  const [items, setItems] = useState(initialItems);
  const [version, setVersion] = useState(initialVersion);
  const [selected, setSelected] = useState<string | null>(initialItems[0]?.question.id ?? null);
  const [editing, setEditing] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [error, setError] = useState("");
  // Where keyboard focus goes once the list re-renders (a moved, new or replaced question).
  const focusNext = useRef<string | null>(null);
  const picked = items.filter((i) => i.picked).length;

  useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    focusNext.current = null;
    document.getElementById(target)?.focus();
  });

  async function send(edit: BuilderEdit, key: string, done: (r: BuilderResult) => string, focus?: (r: BuilderResult) => string | null): Promise<BuilderActionResult> {
    setBusy(key);
    setError("");
    setStatus("");
    const r = await builderEditAction({ quizId, version, edit }).catch(() => OFFLINE);
    setBusy(null);
    if (!r.ok) {
      setError(r.error);
      return r;
    }
    setItems(r.data.items);
    setVersion(r.data.version);
    if (r.data.focus) setSelected(r.data.focus);
    setStatus(done(r.data));
    focusNext.current = focus?.(r.data) ?? null;
    return r;
  }

  const numberOf = (list: BuilderItem[], id: string | null) => list.findIndex((i) => i.question.id === id) + 1;
  const heading = (id: string) => `q-${id}`;

  function showEvidence(id: string) {
    setSelected(id);
    requestAnimationFrame(() => {
      const mark = document.getElementById("evidence");
      const reduce = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      mark?.scrollIntoView({ behavior: reduce ? "auto" : "smooth", block: "center" });
      mark?.focus({ preventScroll: true });
    });
  }

  async function save(id: string | null, draft: QuestionDraft): Promise<EditorResult> {
    const edit: BuilderEdit = id ? { op: "edit", id, draft } : { op: "add", draft };
    const r = await send(
      edit,
      id ? `edit:${id}` : "add",
      (d) => {
        const n = numberOf(d.items, d.focus);
        const item = d.items[n - 1];
        const verb = id ? `Saved question ${n}.` : `Added question ${n}.`;
        if (item?.check?.status === "unsupported") return `${verb} The article does not seem to support its answer; see the warning.`;
        if (item?.check?.status === "supported") return `${verb} The article supports its answer.`;
        return verb;
      },
      (d) => (d.focus ? heading(d.focus) : null),
    );
    if (r.ok) setEditing(null);
    return r.ok ? { ok: true } : { ok: false, error: r.error, fields: r.fields };
  }

  const selectedItem = items.find((i) => i.question.id === selected) ?? null;
  const highlights = selectedItem?.question.evidence ?? [];
  const selectedNumber = numberOf(items, selected);

  return (
    <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,30rem)]">
      <section aria-labelledby="questions-heading" className="grid content-start gap-4 lg:order-2">
        <div>
          <h2 id="questions-heading" className="text-xl font-semibold">
            Questions
          </h2>
          <p className="mt-1 text-sm text-muted">
            {picked} of {items.length} in the quiz.{" "}
            {locked ? "Assigned quizzes are read-only here." : "Changes are saved as you make them."}
          </p>
        </div>
        <div role="status" className="empty:hidden">
          {status && <p className="rounded-lg border border-green-700 bg-green-50 px-3 py-2 text-sm text-green-900">{status}</p>}
        </div>
        <div role="alert" className="empty:hidden">
          {error && <p className="rounded-lg border border-red-700 bg-red-50 px-3 py-2 text-sm text-red-900">{error}</p>}
        </div>
        <ol className="grid gap-4" aria-label="Questions in order">
          {items.map((item, i) => (
            <li key={item.question.id}>
              {editing === item.question.id ? (
                <QuestionEditor
                  item={item}
                  label={`Edit question ${i + 1}`}
                  text={text}
                  paragraphs={paragraphs}
                  sentences={sentences}
                  onSave={(draft) => save(item.question.id, draft)}
                  onCancel={() => {
                    setEditing(null);
                    focusNext.current = heading(item.question.id);
                  }}
                />
              ) : (
                <QuestionItem
                  item={item}
                  number={i + 1}
                  headingId={heading(item.question.id)}
                  first={i === 0}
                  last={i === items.length - 1}
                  selected={selected === item.question.id}
                  locked={locked}
                  busy={busy}
                  onShowEvidence={() => showEvidence(item.question.id)}
                  onPick={async (p) => {
                    // The box follows the click at once; a refused save puts it back.
                    const before = items;
                    setItems(items.map((x) => (x.question.id === item.question.id ? { ...x, picked: p } : x)));
                    const r = await send({ op: "pick", id: item.question.id, picked: p }, `pick:${item.question.id}`, () => (p ? `Question ${i + 1} is back in the quiz.` : `Question ${i + 1} is left out of the quiz.`));
                    if (!r.ok) setItems(before);
                  }}
                  onMove={(by) =>
                    send(
                      { op: "move", id: item.question.id, by },
                      `move:${item.question.id}`,
                      (d) => `Moved to position ${numberOf(d.items, item.question.id)}.`,
                      (d) => {
                        const at = numberOf(d.items, item.question.id);
                        // Keep focus on the same button unless the question reached the end of the list.
                        const dir = (by < 0 && at === 1) || (by > 0 && at === d.items.length) ? (by < 0 ? "down" : "up") : by < 0 ? "up" : "down";
                        return `move-${dir}-${item.question.id}`;
                      },
                    )
                  }
                  onEdit={() => {
                    setEditing(item.question.id);
                    setSelected(item.question.id);
                  }}
                  onAlternate={() =>
                    send(
                      { op: "alternate", id: item.question.id },
                      `alternate:${item.question.id}`,
                      () => `Question ${i + 1} replaced with a new suggestion.`,
                      (d) => (d.focus ? heading(d.focus) : null),
                    )
                  }
                  onDelete={() =>
                    send(
                      { op: "delete", id: item.question.id },
                      `delete:${item.question.id}`,
                      () => `Question ${i + 1} deleted.`,
                      (d) => (d.items[Math.min(i, d.items.length - 1)] ? heading(d.items[Math.min(i, d.items.length - 1)]!.question.id) : "questions-heading"),
                    )
                  }
                />
              )}
            </li>
          ))}
        </ol>
        {!locked &&
          (editing === "new" ? (
            <QuestionEditor item={null} label="Write your own question" text={text} paragraphs={paragraphs} sentences={sentences} onSave={(draft) => save(null, draft)} onCancel={() => setEditing(null)} />
          ) : (
            <button
              type="button"
              onClick={() => setEditing("new")}
              className="min-h-11 justify-self-start rounded-lg border border-dashed border-accent bg-white px-4 py-2 font-semibold text-accent hover:bg-blue-50"
            >
              Write your own question
            </button>
          ))}
      </section>
      <section aria-label="Article" className="min-w-0 sm:pl-8 lg:sticky lg:top-4 lg:order-1 lg:max-h-[calc(100dvh-2rem)] lg:self-start lg:overflow-y-auto lg:pr-4" tabIndex={0}>
        <p className="mb-4 font-sans text-sm text-muted" aria-live="polite">
          {selectedItem && highlights.length > 0
            ? `Highlighted: the evidence for question ${selectedNumber}.`
            : selectedItem
              ? `Question ${selectedNumber} has no evidence marked in the article.`
              : "Choose “Show evidence” on a question to see where the article supports it."}
        </p>
        <ArticleText text={text} paragraphs={paragraphs} dateline={dateline} highlights={highlights} />
      </section>
    </div>
  );
}
