// The header lines a news text starts with: outlet, headline, byline, date; and the dateline
// that opens the first paragraph ("WASHINGTON —"). What is absent is recorded, because "what
// is missing" is itself a media-literacy question.
import type { Span, TextSpan } from "../types";
import { MONTHS, OUTLETS, OUTLET_SUFFIXES } from "../lexicon/outlets";

export type HeaderField = "title" | "outlet" | "byline" | "date";

export interface Header {
  title: TextSpan | null;
  outlet: TextSpan | null;
  byline: TextSpan | null;
  /** Author names read from the byline. */
  authors: string[];
  date: TextSpan | null;
  /** "WASHINGTON —" at the start of the first paragraph, when present (part of that paragraph). */
  dateline: TextSpan | null;
}

const MONTH = `(?:${MONTHS.map((m) => `${m}|${m.slice(0, 3)}\\.?${m === "September" ? "|Sept\\.?" : ""}`).join("|")})`;
const WEEKDAY = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";
const DATE_CORE = `(?:(?:${WEEKDAY},?\\s+)?${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH}(?:,?\\s+\\d{4})?|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})`;
const DATE_LINE = new RegExp(
  `^(?:(?:Published|Updated|Posted|Last updated|Date)\\s*:?\\s*)?(?:on\\s+)?${DATE_CORE}(?:\\s*(?:,|at)?\\s*\\d{1,2}:\\d{2}\\s*(?:[AaPp]\\.?[Mm]\\.?)?(?:\\s*[A-Z]{2,4})?)?\\.?$`,
);
const BYLINE = /^By\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|de|la|van|von|der|del|da|di|bin|al)|\s*,\s*\p{Lu}[\p{L}.'’-]*){0,12})\s*$/u;
const DATELINE = new RegExp(
  `^(\\p{Lu}[\\p{Lu}.'’-]{2,}(?:[ ]\\p{Lu}[\\p{Lu}.'’-]+){0,3}(?:,\\s+(?:\\p{Lu}[\\p{L}.]+\\s?){1,3})?(?:,?\\s+${MONTH}\\s+\\d{1,2})?(?:\\s*\\([^)]{2,40}\\))?)\\s*(?:—|–|--|-)\\s+`,
  "u",
);

const words = (s: string) => s.split(/\s+/).filter(Boolean);
const span = (text: string, s: Span): TextSpan => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) });

function isOutletLine(line: string): boolean {
  const bare = line.replace(/[.:|]+$/, "").trim();
  const lower = bare.toLowerCase();
  if (OUTLETS.some((o) => o.toLowerCase() === lower)) return true;
  const w = words(bare);
  if (w.length > 5 || !w.every((x) => /^[\p{Lu}&]/u.test(x) || /^(of|the|and)$/.test(x))) return false;
  return OUTLET_SUFFIXES.includes(w[w.length - 1]!);
}

function isTitleLine(line: string): boolean {
  const w = words(line);
  if (w.length < 2 || w.length > 25) return false;
  if (!/^[\p{Lu}\p{N}"“‘']/u.test(line)) return false;
  // A headline does not end like a sentence of running text.
  return !/[.,;:]$/.test(line) || /\b(?:U\.S|U\.N|Inc|Jr|Sr)\.$/.test(line);
}

export function readHeader(text: string, blocks: Span[]): { header: Header; body: Span[] } {
  const header: Header = { title: null, outlet: null, byline: null, authors: [], date: null, dateline: null };
  let i = 0;
  // Header lines come first and are short; the body needs at least one block after them.
  for (; i < Math.min(blocks.length - 1, 6); i++) {
    const b = blocks[i]!;
    const line = text.slice(b.start, b.end);
    if (words(line).length > 25) break;
    const by = BYLINE.exec(line);
    if (by && !header.byline) {
      header.byline = span(text, b);
      header.authors = by[1]!.split(/\s*(?:,|\band\b)\s*/).map((s) => s.trim()).filter(Boolean);
      continue;
    }
    if (!header.date && DATE_LINE.test(line)) {
      header.date = span(text, b);
      continue;
    }
    if (!header.outlet && !header.title && isOutletLine(line)) {
      header.outlet = span(text, b);
      continue;
    }
    if (!header.outlet && !header.title && words(line).length === 1 && /^\p{Lu}/u.test(line) && !/[.!?]$/.test(line)) {
      // A single capitalized word above the text is a source label, not a headline.
      header.outlet = span(text, b);
      continue;
    }
    if (!header.title && isTitleLine(line)) {
      header.title = span(text, b);
      continue;
    }
    break;
  }
  const body = blocks.slice(i);
  const first = body[0];
  if (first) {
    const m = DATELINE.exec(text.slice(first.start, first.end));
    if (m) header.dateline = { start: first.start, end: first.start + m[1]!.length, text: m[1]! };
  }
  return { header, body };
}
