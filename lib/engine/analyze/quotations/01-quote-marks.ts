// Pairs quotation marks into quoted segments, paragraph by paragraph. Curly marks say which
// way they face; a straight mark opens after a space or an opening bracket and closes otherwise.
// A quote left open at a paragraph's end continues when the next paragraph opens with a mark
// (the print convention for multi-paragraph quotes); otherwise it is closed at the paragraph end.
import type { Span } from "../types";

export interface QuoteSegment {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just after the closing mark (or the paragraph end when the mark is missing). */
  end: number;
  contentStart: number;
  contentEnd: number;
  paragraph: number;
  /** Index of the first segment of a multi-paragraph quote this one continues, else null. */
  continues: number | null;
  closed: boolean;
}

const OPENERS = new Set(["“", "„", "«"]);
const CLOSERS = new Set(["”", "»"]);
const BEFORE_OPENING_STRAIGHT = /[\s([{\u2014\u2013/-]/u;

export function findQuoteSegments(text: string, paragraphs: Span[]): QuoteSegment[] {
  const segments: QuoteSegment[] = [];
  let carry: number | null = null; // first segment of a quote still open at the previous paragraph's end
  paragraphs.forEach((para, p) => {
    let open: number | null = null;
    const firstMark = text.slice(para.start, para.end).search(/\S/) + para.start;
    const startsWithOpener = OPENERS.has(text[firstMark] ?? "") || text[firstMark] === '"';
    if (carry !== null && !startsWithOpener) carry = null;
    for (let i = para.start; i < para.end; i++) {
      const ch = text[i]!;
      if (ch !== '"' && !OPENERS.has(ch) && !CLOSERS.has(ch)) continue;
      const opening = OPENERS.has(ch) || (ch === '"' && isOpeningStraight(text, i, para.start, open !== null));
      if (opening) {
        // A second opener while open means the first lost its closing mark: close it at the new one.
        if (open !== null) push(open, i, false);
        open = i;
      } else if (open !== null) {
        push(open, i + 1, true);
        open = null;
      }
    }
    if (open !== null) {
      const next = paragraphs[p + 1];
      const nextStart = next ? text.slice(next.start, next.end).search(/\S/) + next.start : -1;
      const continuing = next !== undefined && (OPENERS.has(text[nextStart] ?? "") || text[nextStart] === '"');
      const idx = push(open, trimEnd(text, para.start, para.end), false);
      carry = continuing ? (segments[idx]!.continues ?? idx) : null;
    } else {
      carry = null;
    }

    function push(s: number, e: number, closed: boolean): number {
      const first = s === firstMark && carry !== null ? carry : null;
      segments.push({
        start: s,
        end: e,
        contentStart: s + 1,
        contentEnd: closed ? e - 1 : e,
        paragraph: p,
        continues: first,
        closed,
      });
      return segments.length - 1;
    }
  });
  return segments.filter((s) => s.contentEnd > s.contentStart);
}

function isOpeningStraight(text: string, i: number, paraStart: number, isOpen: boolean): boolean {
  const before = i === paraStart ? " " : text[i - 1]!;
  const after = text[i + 1] ?? " ";
  const looksOpening = BEFORE_OPENING_STRAIGHT.test(before) && /\S/.test(after);
  const looksClosing = /\S/.test(before) && !BEFORE_OPENING_STRAIGHT.test(before);
  if (looksOpening) return true;
  if (looksClosing) return false;
  return !isOpen;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  return e;
}
