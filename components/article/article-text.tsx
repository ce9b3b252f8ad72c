import { Fragment } from "react";
import type { Span } from "@/lib/engine";

/** A student's own highlight (lib/highlights/model.ts), with an optional note. */
export interface StudentMark {
  id: string;
  start: number;
  end: number;
  note: string;
}

interface Props {
  text: string;
  paragraphs: Span[];
  /** The dateline opening the first paragraph ("WASHINGTON —"), set in small capitals. */
  dateline?: Span | null;
  /** Passages to mark (evidence), as offsets into `text`. */
  highlights?: Span[];
  /** The student's own highlights and notes (never overlapping each other). */
  notes?: StudentMark[];
}

interface Piece {
  start: number;
  end: number;
  kind: "plain" | "dateline" | "mark";
  /** Index of the highlight, for "show in the article" links. */
  mark?: number;
  /** Index of the student's own highlight covering the piece. */
  own?: number;
}

/**
 * Cut a paragraph into plain, dateline and highlighted pieces (highlights win over the dateline);
 * a student's own highlight is a second layer over any of them.
 */
function pieces(p: Span, dateline: Span | null | undefined, highlights: Span[], notes: StudentMark[]): Piece[] {
  const cuts = new Set<number>([p.start, p.end]);
  const inside = (s: Span) => ({ start: Math.max(s.start, p.start), end: Math.min(s.end, p.end) });
  const marks = highlights.map(inside).filter((s) => s.end > s.start);
  const date = dateline ? inside(dateline) : null;
  const own = notes.map(inside);
  for (const s of [...marks, ...own, ...(date && date.end > date.start ? [date] : [])]) if (s.end > s.start) cuts.add(s.start).add(s.end);
  const points = [...cuts].sort((a, b) => a - b);
  const out: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const mark = marks.findIndex((m) => m.start <= start && end <= m.end);
    const kind = mark >= 0 ? "mark" : date && date.start <= start && end <= date.end ? "dateline" : "plain";
    const mine = own.findIndex((m) => m.start <= start && end <= m.end);
    out.push({ start, end, kind, mark: mark >= 0 ? mark : undefined, own: mine >= 0 ? mine : undefined });
  }
  return out;
}

/**
 * One piece of a student's highlight: a <mark> with a dashed underline (not colour alone), the
 * words "Your highlight" for screen readers at its start and a pencil after a note at its end.
 * The labels are data-skip so offsets into the text stay exact.
 */
function OwnMark({ mark, piece, children }: { mark: StudentMark; piece: Piece; children: React.ReactNode }) {
  const first = piece.start <= mark.start;
  const last = piece.end >= mark.end;
  return (
    <mark id={first ? `hl-${mark.id}` : undefined} tabIndex={first ? -1 : undefined} data-highlight={mark.id} className="student-mark">
      {first && (
        <span className="sr-only" data-skip="">
          Your highlight:{" "}
        </span>
      )}
      {children}
      {last && mark.note && (
        <span data-skip="" className="student-mark-note">
          <span aria-hidden="true">✎</span>
          <span className="sr-only"> (your note: {mark.note})</span>
        </span>
      )}
    </mark>
  );
}

/**
 * The article body, typeset for reading. Paragraphs are numbered so questions and feedback
 * can say "paragraph 4"; highlighted evidence is marked and labelled for screen readers.
 */
export function ArticleText({ text, paragraphs, dateline, highlights = [], notes = [] }: Props) {
  // The earliest highlighted offset gets the id that "show in the article" scrolls to.
  const anchor = highlights.length ? Math.min(...highlights.map((h) => h.start)) : -1;
  return (
    // data-article-text, data-start and data-skip let the reading supports map offsets to the page
    // (components/reading/article-dom.ts); `reading-text` takes the student's text settings.
    <div className="reading-text" data-article-text="">
      {paragraphs.map((p, i) => (
        <p key={p.start} id={`p${i + 1}`} data-start={p.start} data-end={p.end} className="relative mb-5 hyphens-auto">
          {/* In the margin from the sm breakpoint; on a phone a small inline number, so "paragraph 4" can still be found. */}
          <span aria-hidden="true" data-skip="" className="mr-1.5 select-none font-sans text-xs tabular-nums text-muted sm:absolute sm:-left-9 sm:top-1 sm:mr-0 sm:w-7 sm:text-right">
            {i + 1}
          </span>
          {pieces(p, dateline, highlights, notes).map((piece) => {
            const s = text.slice(piece.start, piece.end);
            let body: React.ReactNode = s;
            if (piece.kind === "dateline") body = <span className="font-sans text-[0.8em] font-semibold tracking-wide">{s}</span>;
            if (piece.kind === "mark") {
              const id = piece.start === anchor ? "evidence" : undefined;
              body = (
                <mark id={id} tabIndex={id ? -1 : undefined} className="rounded-sm bg-yellow-200 px-0.5 text-ink underline decoration-yellow-700 decoration-2 underline-offset-4">
                  <span className="sr-only" data-skip="">Evidence: </span>
                  {s}
                </mark>
              );
            }
            if (piece.own === undefined) return <Fragment key={piece.start}>{body}</Fragment>;
            return <OwnMark key={piece.start} mark={notes[piece.own]!} piece={piece}>{body}</OwnMark>;
          })}
        </p>
      ))}
    </div>
  );
}
