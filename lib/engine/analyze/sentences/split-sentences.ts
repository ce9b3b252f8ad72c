// Sentence segmentation by rules: blocks (line breaks) → list items → terminators. One pass
// over the text with bounded lookaround, so time grows linearly with length.
import type { Span, TextSpan } from "../../types";
import { splitBlocks } from "./01-blocks";
import { listItemStarts } from "./02-list-items";
import { decideAt } from "./03-terminators";
import { TERMINATORS, isSpace } from "./chars";

/** Sentences within `range` (default: the whole text), trimmed of surrounding whitespace. */
export function splitSentences(text: string, range?: Span): TextSpan[] {
  const span = range ?? { start: 0, end: text.length };
  const sentences: TextSpan[] = [];
  for (const block of splitBlocks(text, span)) splitBlock(text, block, sentences);
  return sentences;
}

function splitBlock(text: string, block: Span, out: TextSpan[]): void {
  const cuts = listItemStarts(text, block);
  let cut = 0;
  let sentenceStart = block.start;
  let i = block.start;
  while (i < block.end) {
    const nextCut = cuts[cut];
    if (nextCut !== undefined && i >= nextCut) {
      push(text, sentenceStart, nextCut, out);
      sentenceStart = nextCut;
      cut++;
      continue;
    }
    if (!TERMINATORS.has(text[i] ?? "")) {
      i++;
      continue;
    }
    const { next, boundary } = decideAt(text, i, block.end, sentenceStart);
    if (boundary !== null) {
      push(text, sentenceStart, boundary, out);
      sentenceStart = boundary;
    }
    i = Math.max(next, i + 1);
  }
  push(text, sentenceStart, block.end, out);
}

function push(text: string, from: number, to: number, out: TextSpan[]): void {
  let start = from;
  let end = to;
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  if (start < end) out.push({ start, end, text: text.slice(start, end) });
}
