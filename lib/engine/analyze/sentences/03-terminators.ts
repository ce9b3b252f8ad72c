// Pass 3: decide, at a terminator character, whether the sentence ends there and where.
import { TIME_PHRASE_OPENERS } from "../../lexicon/abbreviations";
import { abbreviationKind } from "./abbreviation-kind";
import { ATTRIBUTION_VERBS } from "./attribution-verbs";
import { BULLETS, CLOSERS, OPENERS, TERMINATORS, isDigit, isLetter, isLower, isSpace, isUpper } from "./chars";
import {
  isSpacedEllipsis,
  looksLikeSentenceStart,
  startsAfterTime,
  startsWithStarterWord,
} from "./sentence-start";

export interface Decision {
  /** Where scanning continues. */
  next: number;
  /** End of the sentence (after its terminator and closing marks), or null when it goes on. */
  boundary: number | null;
}

const timePhraseOpeners = new Set(TIME_PHRASE_OPENERS);
const attributionVerbs = new Set(ATTRIBUTION_VERBS);
// Lookbacks are bounded so a long run without spaces cannot make the scan quadratic.
const MAX_WORD = 64;
const MAX_TIME_PHRASE = 40;
const MAX_ATTRIBUTION = 80;
const LIST_MARKER = /^(?:\d{1,3}|\p{L}|[IVX]{1,4})$/u;

function isMarkOrBullet(c: string | undefined): boolean {
  return c !== undefined && (OPENERS.has(c) || BULLETS.has(c) || isSpace(c));
}

/** The token before the period at `i`, without opening marks, bullets and closing marks. */
function wordBefore(text: string, i: number, floor: number): { word: string; start: number } {
  let p = i;
  while (p > floor && i - p < MAX_WORD && !isSpace(text[p - 1])) p--;
  let from = p;
  while (from < i && (OPENERS.has(text[from] ?? "") || BULLETS.has(text[from] ?? ""))) from++;
  let to = i;
  while (to > from && CLOSERS.has(text[to - 1] ?? "")) to--;
  return { word: text.slice(from, to), start: p };
}

/** "1." or "a." or "⁃9." opening the current sentence is a list marker, not an end. */
function isListMarker(text: string, word: string, wordStart: number, sentenceStart: number): boolean {
  if (!LIST_MARKER.test(word) || wordStart - sentenceStart > 4) return false;
  for (let p = sentenceStart; p < wordStart; p++) if (!isMarkOrBullet(text[p])) return false;
  return true;
}

/** "At 5 a.m." or "By 6 p.m." opening a sentence: the time phrase goes on. */
function isOpeningTimePhrase(text: string, sentenceStart: number, i: number): boolean {
  if (i - sentenceStart > MAX_TIME_PHRASE) return false;
  const words = text.slice(sentenceStart, i).trim().split(/\s+/);
  return words.length <= 4 && timePhraseOpeners.has((words[0] ?? "").toLowerCase());
}

/**
 * "“Why not?” Smith asked." or "“Enough!” Sen. Ann Lee said.": up to four capitalized words
 * (a name, maybe with a title) and then a speech verb continue the sentence of the quotation.
 */
function isAttribution(text: string, at: number, end: number): boolean {
  const words = text.slice(at, Math.min(end, at + MAX_ATTRIBUTION)).split(/\s+/, 6);
  for (let n = 0; n < words.length; n++) {
    const word = (words[n] ?? "").replace(/[.,;:]+$/, "");
    if (attributionVerbs.has(word)) return n > 0;
    if (!isUpper(word[0])) return false;
  }
  return false;
}

/**
 * "talks.Reports say": a lower-case word, the terminator, then a capitalized word that runs to
 * a space or a comma. Addresses ("example.Com/x", "Jane.Doe@") and abbreviations are spared.
 */
function isMissingSpace(text: string, i: number, k: number, end: number, sentenceStart: number): boolean {
  if (!isLower(text[i - 1]) || !isUpper(text[k]) || !isLower(text[k + 1])) return false;
  let p = k + 2;
  while (p < end && p - k < MAX_WORD && isLetter(text[p])) p++;
  if (p < end && !isSpace(text[p]) && !",;:!?".includes(text[p] ?? "")) return false;
  const { word } = wordBefore(text, i, sentenceStart);
  return /^\p{L}+$/u.test(word) && word.length > 1 && abbreviationKind(word) === "word";
}

export function decideAt(text: string, i: number, end: number, sentenceStart: number): Decision {
  // "[...]" marks words left out of a quotation, never an end.
  if (text[i - 1] === "[") {
    let j = i;
    while (j < end && (text[j] === "." || text[j] === "…")) j++;
    return { next: j, boundary: null };
  }
  // A spaced ellipsis standing apart from the word before (" . . . ") is a pause, never an end.
  if (text[i] === "." && (i === sentenceStart || isSpace(text[i - 1])) && isSpacedEllipsis(text, i)) {
    return { next: i + 5, boundary: null };
  }

  let j = i;
  let dots = 0;
  let strong = false;
  while (j < end && TERMINATORS.has(text[j] ?? "")) {
    if (text[j] === ".") dots++;
    else if (text[j] === "…") dots += 3;
    else strong = true;
    j++;
  }
  let k = j;
  while (k < end && CLOSERS.has(text[k] ?? "")) k++;
  // "3.5", "U.S.-led", "e.g.,", "Jr.'s", "example.com": no space, no end, unless a space was
  // lost between two sentences ("the talks.Reports say").
  if (k < end && !isSpace(text[k])) {
    return { next: k, boundary: isMissingSpace(text, i, k, end, sentenceStart) ? k : null };
  }
  let m = k;
  while (m < end && isSpace(text[m])) m++;
  if (m >= end) return { next: m, boundary: k };

  if (strong && k > j && isAttribution(text, m, end)) return { next: m, boundary: null };
  if (strong || dots > 1) return { next: m, boundary: looksLikeSentenceStart(text, m, end) ? k : null };

  const { word, start } = wordBefore(text, i, sentenceStart);
  if (isListMarker(text, word, start, sentenceStart)) return { next: m, boundary: null };
  let ends: boolean;
  switch (abbreviationKind(word)) {
    case "prefix":
      ends = false;
      break;
    case "number":
      ends = !isDigit(text[m]) && looksLikeSentenceStart(text, m, end);
      break;
    case "inner":
      ends = startsWithStarterWord(text, m, end);
      break;
    case "time":
      ends = startsAfterTime(text, m, end) && !isOpeningTimePhrase(text, sentenceStart, i);
      break;
    case "word":
      ends = looksLikeSentenceStart(text, m, end);
      break;
  }
  return { next: m, boundary: ends ? k : null };
}
