// What follows a terminator decides whether a new sentence starts there.
import { SENTENCE_STARTERS, WORDS_AFTER_TIME } from "../../lexicon/abbreviations";
import { BULLETS, OPENERS, SIGNS, isDigit, isLetter, isLower, isSpace, isUpper } from "./chars";

const starters = new Set(SENTENCE_STARTERS);
const wordsAfterTime = new Set(WORDS_AFTER_TIME);

/** The index of the first character after any opening quotes or brackets at `at`. */
function skipOpeners(text: string, at: number, end: number): number {
  let i = at;
  while (i < end && i - at < 4 && OPENERS.has(text[i] ?? "")) i++;
  return i;
}

/** The word (letters, apostrophes, inner hyphens) starting at `at` after any openers. */
export function wordAt(text: string, at: number, end: number): string {
  const from = skipOpeners(text, at, end);
  let i = from;
  while (i < end && i - from < 30 && (isLetter(text[i]) || text[i] === "'" || text[i] === "’")) i++;
  return text.slice(from, i).replace(/’/g, "'");
}

/** A spaced ellipsis ". . ." starting at `at`. */
export function isSpacedEllipsis(text: string, at: number): boolean {
  return text.startsWith(". . .", at);
}

/**
 * Whether text at `at` (the first non-space after a terminator) can begin a sentence:
 * a capital, a digit, a bullet, a sign, an opening mark before a capital, or a spaced
 * ellipsis before a capital (". . . The practice" continues a quoted passage).
 */
export function looksLikeSentenceStart(text: string, at: number, end: number): boolean {
  const c = text[at];
  if (c === undefined || at >= end) return false;
  if (isUpper(c) || isDigit(c) || BULLETS.has(c) || SIGNS.has(c)) return true;
  if (OPENERS.has(c)) {
    const after = text[skipOpeners(text, at, end)];
    return !isLower(after);
  }
  if (isSpacedEllipsis(text, at)) {
    let i = at + 5;
    while (i < end && isSpace(text[i])) i++;
    return i > at + 5 && isUpper(text[i]);
  }
  return false;
}

/** After "U.S.", "Co." or an initial, only a typical opener word starts a new sentence. */
export function startsWithStarterWord(text: string, at: number, end: number): boolean {
  return starters.has(wordAt(text, at, end));
}

/**
 * After "a.m."/"p.m.", any capitalized word starts a sentence except one that continues the
 * time: a weekday, a time zone, or a place before "time" ("9 a.m. New York time").
 */
export function startsAfterTime(text: string, at: number, end: number): boolean {
  const c = text[skipOpeners(text, at, end)];
  if (!isUpper(c) && !OPENERS.has(text[at] ?? "")) return false;
  if (PLACE_TIME.test(text.slice(at, Math.min(end, at + 40)))) return false;
  return !wordsAfterTime.has(wordAt(text, at, end).toLowerCase());
}

// One to three capitalized words and then "time": "Paris time", "New York time".
const PLACE_TIME = /^(?:\p{Lu}\p{L}*\s+){1,3}time\b/u;
