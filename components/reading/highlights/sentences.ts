// Sentences of one paragraph for the keyboard route ("choose a sentence"), as article offsets.
// Intl.Segmenter where the browser has it; otherwise the whole paragraph is one choice.
import type { SelectedSpan } from "./use-article-selection";

export function sentencesOf(text: string, paragraph: { start: number; end: number }): SelectedSpan[] {
  const body = text.slice(paragraph.start, paragraph.end);
  if (typeof Intl === "undefined" || typeof Intl.Segmenter !== "function") return [{ ...paragraph }];
  const out: SelectedSpan[] = [];
  for (const s of new Intl.Segmenter("en", { granularity: "sentence" }).segment(body)) {
    const lead = s.segment.length - s.segment.trimStart().length;
    const trimmed = s.segment.trim();
    if (!trimmed) continue;
    const start = paragraph.start + s.index + lead;
    out.push({ start, end: start + trimmed.length });
  }
  return out.length ? out : [{ ...paragraph }];
}

/** A short quotation of a span for lists and labels: the first words, then an ellipsis. */
export function excerpt(text: string, span: SelectedSpan, max = 60): string {
  const s = text.slice(span.start, span.end).replace(/\s+/g, " ").trim();
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2)).trimEnd()}…`;
}
