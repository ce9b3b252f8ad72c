import type { Span } from "@/lib/engine";

interface Props {
  text: string;
  paragraphs: Span[];
  /** The dateline opening the first paragraph ("WASHINGTON —"), set in small capitals. */
  dateline?: Span | null;
  /** Passages to mark (evidence), as offsets into `text`. */
  highlights?: Span[];
}

interface Piece {
  start: number;
  end: number;
  kind: "plain" | "dateline" | "mark";
  /** Index of the highlight, for "show in the article" links. */
  mark?: number;
}

/** Cut a paragraph into plain, dateline and highlighted pieces (highlights win over the dateline). */
function pieces(p: Span, dateline: Span | null | undefined, highlights: Span[]): Piece[] {
  const cuts = new Set<number>([p.start, p.end]);
  const inside = (s: Span) => ({ start: Math.max(s.start, p.start), end: Math.min(s.end, p.end) });
  const marks = highlights.map(inside).filter((s) => s.end > s.start);
  const date = dateline ? inside(dateline) : null;
  for (const s of [...marks, ...(date && date.end > date.start ? [date] : [])]) cuts.add(s.start).add(s.end);
  const points = [...cuts].sort((a, b) => a - b);
  const out: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const mark = marks.findIndex((m) => m.start <= start && end <= m.end);
    const kind = mark >= 0 ? "mark" : date && date.start <= start && end <= date.end ? "dateline" : "plain";
    out.push({ start, end, kind, mark: mark >= 0 ? mark : undefined });
  }
  return out;
}

/**
 * The article body, typeset for reading. Paragraphs are numbered so questions and feedback
 * can say "paragraph 4"; highlighted evidence is marked and labelled for screen readers.
 */
export function ArticleText({ text, paragraphs, dateline, highlights = [] }: Props) {
  // The earliest highlighted offset gets the id that "show in the article" scrolls to.
  const anchor = highlights.length ? Math.min(...highlights.map((h) => h.start)) : -1;
  return (
    // data-article-text, data-start and data-skip let the reading supports map offsets to the page
    // (components/reading/article-dom.ts); `reading-text` takes the student's text settings.
    <div className="reading-text" data-article-text="">
      {paragraphs.map((p, i) => (
        <p key={p.start} id={`p${i + 1}`} data-start={p.start} data-end={p.end} className="relative mb-5 hyphens-auto">
          <span aria-hidden="true" data-skip="" className="absolute -left-9 top-1 hidden w-7 select-none text-right font-sans text-xs tabular-nums text-muted sm:block">
            {i + 1}
          </span>
          {pieces(p, dateline, highlights).map((piece) => {
            const s = text.slice(piece.start, piece.end);
            if (piece.kind === "dateline") return <span key={piece.start} className="font-sans text-[0.8em] font-semibold tracking-wide">{s}</span>;
            if (piece.kind === "plain") return s;
            const id = piece.start === anchor ? "evidence" : undefined;
            return (
              <mark key={piece.start} id={id} tabIndex={id ? -1 : undefined} className="rounded-sm bg-yellow-200 px-0.5 text-ink underline decoration-yellow-700 decoration-2 underline-offset-4">
                <span className="sr-only" data-skip="">Evidence: </span>
                {s}
              </mark>
            );
          })}
        </p>
      ))}
    </div>
  );
}
