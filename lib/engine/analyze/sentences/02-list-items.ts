// Pass 2: find where list items start inside a block, so "1. The first item 2. The second
// item" splits even without final periods. A block is a list only when it opens with a
// marker; later markers must follow in order (1 → 2, a → b) or repeat the opening bullet,
// which keeps ordinary numbers and initials inside prose from cutting sentences.
import type { Span } from "../../types";
import { BULLETS, isSpace } from "./chars";

// A numeric or lower-case letter marker: "1.", "1)", "1.)", "a.", "b)".
const MARKER = /(^|\s)(\d{1,3}|[a-z])(\.\)|\)|\.)(?=\s)/g;

function nextValue(value: string): string {
  if (/^\d+$/.test(value)) return String(Number(value) + 1);
  return String.fromCharCode(value.charCodeAt(0) + 1);
}

/** Positions inside the block where a new list item (and so a new sentence) begins. */
export function listItemStarts(text: string, block: Span): number[] {
  const first = text[block.start] ?? "";
  if (BULLETS.has(first)) return bulletStarts(text, block, first);

  const source = text.slice(block.start, block.end);
  MARKER.lastIndex = 0;
  const opening = MARKER.exec(source);
  if (!opening || opening.index !== 0 || opening[1] !== "") return [];
  const style = opening[3];
  let expected = nextValue(opening[2] ?? "");
  const starts: number[] = [];
  for (let match = MARKER.exec(source); match; match = MARKER.exec(source)) {
    if (match[2] !== expected || match[3] !== style) continue;
    starts.push(block.start + match.index + (match[1] ?? "").length);
    expected = nextValue(expected);
  }
  return starts;
}

function bulletStarts(text: string, block: Span, bullet: string): number[] {
  const starts: number[] = [];
  for (let i = block.start + 1; i < block.end; i++) {
    if (text[i] === bullet && isSpace(text[i - 1])) starts.push(i);
  }
  return starts;
}
