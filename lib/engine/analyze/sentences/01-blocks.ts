// Pass 1: cut the range into blocks no sentence may cross. A blank line always ends a block;
// a single line break does too (headlines, bylines and one-line paragraphs carry no final
// period), unless the next line starts in lower case, which means a wrapped line.
import type { Span } from "../../types";
import { isLower, isSpace } from "./chars";

export function splitBlocks(text: string, range: Span): Span[] {
  const blocks: Span[] = [];
  let blockStart = -1;
  let lastContentEnd = -1;
  let lineStart = range.start;
  while (lineStart <= range.end) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1 || lineEnd > range.end) lineEnd = range.end;
    let first = lineStart;
    while (first < lineEnd && isSpace(text[first])) first++;
    const blank = first === lineEnd;
    if (blank) {
      if (blockStart !== -1) blocks.push({ start: blockStart, end: lastContentEnd });
      blockStart = -1;
    } else {
      const continues = blockStart !== -1 && isLower(text[first]);
      if (!continues) {
        if (blockStart !== -1) blocks.push({ start: blockStart, end: lastContentEnd });
        blockStart = first;
      }
      let last = lineEnd;
      while (last > first && isSpace(text[last - 1])) last--;
      lastContentEnd = last;
    }
    lineStart = lineEnd + 1;
  }
  if (blockStart !== -1) blocks.push({ start: blockStart, end: lastContentEnd });
  return blocks;
}
