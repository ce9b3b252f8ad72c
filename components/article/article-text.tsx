import type { Span } from "@/lib/engine";

interface Props {
  text: string;
  paragraphs: Span[];
  /** The dateline opening the first paragraph ("WASHINGTON —"), set in small capitals. */
  dateline?: Span | null;
}

/**
 * The article body, typeset for reading. Paragraphs are numbered so questions and feedback
 * can say "paragraph 4"; each paragraph keeps its offsets for highlighting evidence later.
 */
export function ArticleText({ text, paragraphs, dateline }: Props) {
  return (
    <div className="font-serif text-[1.1875rem] leading-[1.7] sm:text-xl">
      {paragraphs.map((p, i) => {
        const hasDateline = dateline && dateline.start >= p.start && dateline.end <= p.end;
        return (
          <p key={p.start} id={`p${i + 1}`} data-start={p.start} className="relative mb-5 hyphens-auto">
            <span aria-hidden="true" className="absolute -left-9 top-1 hidden w-7 select-none text-right font-sans text-xs tabular-nums text-muted sm:block">
              {i + 1}
            </span>
            {hasDateline ? (
              <>
                <span className="font-sans text-[0.8em] font-semibold tracking-wide">{text.slice(p.start, dateline.end)}</span>
                {text.slice(dateline.end, p.end)}
              </>
            ) : (
              text.slice(p.start, p.end)
            )}
          </p>
        );
      })}
    </div>
  );
}
