"use client";
// Highlight and note while reading. Three ways to choose a passage: select words (mouse, touch,
// or the keyboard with caret browsing) and use the bar that appears; or pick a paragraph and a
// sentence from two lists (keyboard and switch users). Highlights are listed with their notes,
// each linking back to its passage. Wraps the article so the selection bar follows it in tab order.
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { addHighlight, MAX_NOTE_LENGTH, newHighlightId, type Highlight } from "@/lib/highlights/model";
import { prefersReducedMotion } from "../highlight";
import { excerpt, sentencesOf } from "./sentences";
import type { HighlightStore } from "./types";
import { useArticleSelection, type SelectedSpan } from "./use-article-selection";

interface Props {
  text: string;
  paragraphs: { start: number; end: number }[];
  store: HighlightStore;
  children: React.ReactNode;
}

const button = "inline-flex min-h-11 items-center gap-1.5 rounded-md border border-stone-400 bg-white px-3 py-1.5 text-sm font-semibold text-ink hover:border-accent";
const primary = "inline-flex min-h-11 items-center gap-1.5 rounded-md bg-accent px-3 py-1.5 text-sm font-semibold text-white hover:bg-accent-strong";

function paragraphOf(paragraphs: Props["paragraphs"], offset: number): number {
  let found = 0;
  paragraphs.forEach((p, i) => {
    if (p.start <= offset) found = i;
  });
  return found;
}

function saveText(store: HighlightStore): string {
  const s = store.status;
  if (s.state === "saving") return "Saving…";
  if (s.state === "saved") return store.savedWhere ? `Saved ${store.savedWhere}` : "Saved";
  if (s.state === "retrying") return s.message ?? "Not saved — retrying";
  if (s.state === "failed") return `Not saved: ${s.message ?? "please try again."}`;
  return "";
}

export function HighlightTools({ text, paragraphs, store, children }: Props) {
  const id = useId();
  const [selected, clearSelection] = useArticleSelection(text);
  const [editing, setEditing] = useState<string | null>(null);
  const [said, setSaid] = useState("");
  const { list, locked } = store;

  function add(span: SelectedSpan, withNote: boolean) {
    const { list: next, id: hid } = addHighlight(list, span, newHighlightId());
    store.setList(next);
    clearSelection();
    setSaid(`Highlighted in paragraph ${paragraphOf(paragraphs, span.start) + 1}.`);
    if (withNote) setEditing(hid);
  }

  function remove(h: Highlight) {
    store.setList(list.filter((x) => x.id !== h.id));
    setSaid(`Highlight in paragraph ${paragraphOf(paragraphs, h.start) + 1} removed.`);
    if (editing === h.id) setEditing(null);
  }

  function saveNote(h: Highlight, note: string) {
    store.setList(list.map((x) => (x.id === h.id ? { ...x, note: note.trim() } : x)));
    setSaid(note.trim() ? "Note kept." : "Note removed.");
    setEditing(null);
  }

  function goTo(h: Highlight) {
    const mark = document.getElementById(`hl-${h.id}`);
    mark?.scrollIntoView({ behavior: prefersReducedMotion() ? "auto" : "smooth", block: "center" });
    mark?.focus({ preventScroll: true });
  }

  const status = [said, saveText(store)].filter(Boolean).join(" ");
  const tone = store.status.state === "retrying" || store.status.state === "failed" ? "text-red-800" : store.status.state === "saved" ? "text-green-800" : "text-muted";
  const editingMark = list.find((h) => h.id === editing) ?? null;

  return (
    <>
      <section aria-labelledby={`${id}-title`} className="js-only mb-6 rounded-xl border border-rule bg-white p-4 font-sans text-base" data-highlight-tools="">
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          Highlights and notes
        </h2>
        {locked ? (
          <p className="mt-1 text-sm text-muted">Your highlights and notes are kept with your submitted work.</p>
        ) : (
          <p className="mt-1 text-sm text-muted">Select words in the article, or choose a sentence below, then Highlight or Add note.</p>
        )}
        <p role="status" className={`mt-1 min-h-5 text-sm ${tone}`}>
          {status}
        </p>
        {!locked && <SentencePicker text={text} paragraphs={paragraphs} onAdd={add} />}
        {editingMark && !locked && <NoteEditor key={editingMark.id} text={text} mark={editingMark} onSave={(n) => saveNote(editingMark, n)} onCancel={() => setEditing(null)} />}
        <h3 className="mt-4 font-semibold">Your highlights ({list.length})</h3>
        {list.length === 0 ? (
          <p className="mt-1 text-sm text-muted">None yet.</p>
        ) : (
          <ol className="mt-2 grid gap-3">
            {list.map((h) => {
              const n = paragraphOf(paragraphs, h.start) + 1;
              return (
                <li key={h.id} className="border-l-2 border-dashed border-note-ink pl-3">
                  <a
                    href={`#hl-${h.id}`}
                    onClick={(e) => {
                      e.preventDefault();
                      goTo(h);
                    }}
                  >
                    Paragraph {n}: “{excerpt(text, h)}”
                  </a>
                  {h.note && (
                    <p className="mt-1 whitespace-pre-wrap text-sm">
                      <span className="font-semibold">Note: </span>
                      {h.note}
                    </p>
                  )}
                  {!locked && (
                    <div className="mt-1 flex flex-wrap gap-2">
                      <button type="button" className={button} aria-label={`${h.note ? "Edit note" : "Add note"}, paragraph ${n}`} onClick={() => setEditing(h.id)}>
                        {h.note ? "Edit note" : "Add note"}
                      </button>
                      <button type="button" className={button} aria-label={`Remove highlight, paragraph ${n}`} onClick={() => remove(h)}>
                        Remove
                      </button>
                    </div>
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </section>
      {children}
      {selected && !locked && (
        // Fixed to the bottom of the screen so it is within thumb reach after a touch selection;
        // pointerdown is cancelled so clicking it does not clear the selection first.
        <div role="group" aria-label="Selected text" className="fixed inset-x-0 bottom-0 z-20 border-t border-rule bg-white px-4 py-3 font-sans shadow-lg">
          <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-2">
            <p className="min-w-0 flex-1 basis-48 truncate text-sm">
              Selected: “{excerpt(text, selected, 80)}”
            </p>
            <button type="button" className={primary} onPointerDown={(e) => e.preventDefault()} onClick={() => add(selected, false)}>
              Highlight
            </button>
            <button type="button" className={button} onPointerDown={(e) => e.preventDefault()} onClick={() => add(selected, true)}>
              Add note
            </button>
          </div>
        </div>
      )}
    </>
  );
}

function SentencePicker({ text, paragraphs, onAdd }: { text: string; paragraphs: Props["paragraphs"]; onAdd: (span: SelectedSpan, withNote: boolean) => void }) {
  const id = useId();
  const [pi, setPi] = useState(0);
  const [si, setSi] = useState(0);
  // The lists are built only once opened: they are long, and sentence splitting (Intl.Segmenter)
  // may differ between the server's ICU and the browser's, which must not break hydration.
  const [open, setOpen] = useState(false);
  const sentences = useMemo(() => (open && paragraphs[pi] ? sentencesOf(text, paragraphs[pi]) : []), [open, text, paragraphs, pi]);
  const chosen = sentences[Math.min(si, sentences.length - 1)];
  return (
    <details className="mt-3" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer font-semibold">Choose a sentence</summary>
      {open && (
        <div className="mt-2 grid gap-3">
          <div>
            <label htmlFor={`${id}-p`} className="block text-sm font-semibold">
              Paragraph
            </label>
            <select
              id={`${id}-p`}
              value={pi}
              onChange={(e) => {
                setPi(Number(e.target.value));
                setSi(0);
              }}
              className="mt-1 block w-full rounded-md border border-stone-400 bg-white px-2 py-1.5 text-ink"
            >
              {paragraphs.map((p, i) => (
                <option key={p.start} value={i}>
                  {i + 1}: {excerpt(text, p, 40)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={`${id}-s`} className="block text-sm font-semibold">
              Sentence
            </label>
            <select id={`${id}-s`} value={Math.min(si, sentences.length - 1)} onChange={(e) => setSi(Number(e.target.value))} className="mt-1 block w-full rounded-md border border-stone-400 bg-white px-2 py-1.5 text-ink">
              {sentences.map((s, j) => (
                <option key={s.start} value={j}>
                  {j + 1}: {excerpt(text, s, 70)}
                </option>
              ))}
            </select>
          </div>
          {chosen && (
            <div className="flex flex-wrap gap-2">
              <button type="button" className={primary} onClick={() => onAdd(chosen, false)}>
                Highlight sentence
              </button>
              <button type="button" className={button} onClick={() => onAdd(chosen, true)}>
                Add note to sentence
              </button>
            </div>
          )}
        </div>
      )}
    </details>
  );
}

function NoteEditor({ text, mark, onSave, onCancel }: { text: string; mark: Highlight; onSave: (note: string) => void; onCancel: () => void }) {
  const id = useId();
  const [draft, setDraft] = useState(mark.note);
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const tooLong = draft.length > MAX_NOTE_LENGTH;
  return (
    <form
      className="mt-3 grid gap-2 rounded-lg border border-rule p-3"
      onSubmit={(e) => {
        e.preventDefault();
        if (!tooLong) onSave(draft);
      }}
    >
      <label htmlFor={`${id}-note`} className="font-semibold">
        Note on “{excerpt(text, mark, 50)}”
      </label>
      <textarea
        id={`${id}-note`}
        ref={ref}
        value={draft}
        rows={3}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Escape") onCancel();
        }}
        aria-invalid={tooLong || undefined}
        aria-describedby={`${id}-hint${tooLong ? ` ${id}-error` : ""}`}
        className="block w-full rounded-md border border-stone-400 bg-white px-2 py-1.5 text-base text-ink"
      />
      <p id={`${id}-hint`} className="text-sm text-muted">
        {draft.length} of {MAX_NOTE_LENGTH} characters.
      </p>
      {tooLong && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          Shorten the note to {MAX_NOTE_LENGTH} characters to keep it.
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <button type="submit" className={primary}>
          Save note
        </button>
        <button type="button" className={button} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
