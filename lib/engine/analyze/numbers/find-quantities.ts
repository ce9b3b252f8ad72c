// Numbers with their units in running text or in a student's answer: one left-to-right pass
// over the tokens, each reader looking at most a handful of tokens ahead, so the whole scan is
// linear in the text. Numbers inside calendar dates and clock times ("Nov. 28", "10 a.m.") are
// left to the date finder.
//
// Choices, documented because students and teachers will meet them:
// - In running text a lone "one" is not reported ("any one party", "one last time", "one of
//   them"): it is a pronoun or determiner far more often than a count. "one year", "one-year",
//   "one in five", "one percent" are reported.
// - A capitalized number word inside a sentence belongs to a name ("Group of Seven", "the
//   Fourth Amendment") and is not reported.
// - Years are four-digit figures 1800–2100 standing alone (see years.ts).
// - Ranges ("10-15 people", "5 to 10 percent") are not reported in running text.
import { IDENTIFIER_LABELS, NOT_COUNT_COMPOUNDS, ORDINAL_IDIOMS, ORDINAL_WORDS } from "../../lexicon/number-words";
import { UNIT_ALIASES } from "../../lexicon/units";
import { findAbsoluteDates } from "../dates/absolute-dates";
import { findTimes } from "../dates/times";
import type { Quantity, Span } from "../types";
import { findCountNoun, singularNoun } from "./count-noun";
import { readFraction } from "./fraction-reader";
import { isHyphen, readNumber, type NumberRead } from "./number-reader";
import { readHyphenPair, readProportion, readToPair } from "./ratio-reader";
import { makeQuantity, type Found, type ScanContext, type ScanMode } from "./scan-context";
import { opensSentence, tokenize, type Token } from "./tokenize";
import { readCurrencyBefore, readUnitAfter } from "./unit-reader";
import { isYearAt } from "./years";

const IDIOMS: readonly string[][] = ORDINAL_IDIOMS.map((idiom) => idiom.replace(/-/g, " - ").split(/\s+/));
const PERIOD_PREFIXES = new Set(["mid", "early", "late", "pre", "post"]);

/** Quantities in running text, in text order. */
export function findQuantities(text: string): Quantity[] {
  return scanQuantities(text, "text");
}

export function scanQuantities(text: string, mode: ScanMode): Quantity[] {
  const tokens = tokenize(text);
  const context: ScanContext = { text, tokens, mode, titleCase: titleCaseLines(tokens) };
  const masks = dateMasks(text);
  const found: Quantity[] = [];
  let maskIndex = 0;
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    while (maskIndex < masks.length && (masks[maskIndex] as Span).end <= token.start) maskIndex++;
    const mask = masks[maskIndex];
    if (mask && mask.start <= token.start) {
      i++;
      continue;
    }
    const result = readQuantityAt(context, i);
    if (result) {
      if (result.quantity && !(mask && result.quantity.end > mask.start)) found.push(result.quantity);
      i = Math.max(i + 1, result.last + 1);
    } else {
      i++;
    }
  }
  return found;
}

/**
 * Marks the tokens of headline-style lines ("Council Members Take Key First Step"): most of
 * their longer words are capitalized. One pass over the tokens.
 */
function titleCaseLines(tokens: readonly Token[]): boolean[] {
  const marks = new Array<boolean>(tokens.length).fill(false);
  let lineStart = 0;
  const closeLine = (end: number) => {
    let words = 0;
    let capitals = 0;
    for (let k = lineStart; k < end; k++) {
      const token = tokens[k] as Token;
      if (token.type !== "word" || token.text.length < 4) continue;
      words++;
      if (/^[A-Z]/.test(token.text)) capitals++;
    }
    // Headlines have no closing full stop and nearly every longer word capitalized.
    const closing = tokens[end - 1];
    const title = words >= 3 && capitals / words >= 0.85 && closing?.text !== ".";
    for (let k = lineStart; k < end; k++) marks[k] = title;
  };
  for (let i = 1; i <= tokens.length; i++) {
    if (i === tokens.length || (tokens[i] as Token).newlineBefore) {
      closeLine(i);
      lineStart = i;
    }
  }
  return marks;
}

/** Calendar dates and clock times, sorted, without overlaps. */
function dateMasks(text: string): Span[] {
  const spans = [...findAbsoluteDates(text), ...findTimes(text)].sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  return merged;
}

function idiomAt(tokens: readonly Token[], i: number): number {
  for (const words of IDIOMS) {
    let k = 0;
    while (k < words.length && tokens[i + k]?.lower === words[k]) k++;
    if (k === words.length) return i + k - 1;
  }
  return -1;
}

function capitalMidSentence(context: ScanContext, i: number): boolean {
  const token = context.tokens[i] as Token;
  return context.mode === "text" && /^[A-Z]/.test(token.text) && !opensSentence(context.tokens, i) && !context.titleCase[i];
}

/** "G7", "COVID-19", "F-35", "Article 5", "No. 10", "4G": labels, not quantities. */
function isIdentifier(tokens: readonly Token[], n: NumberRead): boolean {
  const first = tokens[n.first] as Token;
  const previous = tokens[n.first - 1];
  if (first.type !== "num") return false;
  if (previous?.type === "word" && first.glued) return true;
  if (previous && isHyphen(previous) && first.glued) {
    const before = tokens[n.first - 2];
    if (before?.type === "word" && previous.glued && !PERIOD_PREFIXES.has(before.lower)) return true;
  }
  if (previous?.type === "word" && IDENTIFIER_LABELS.has(previous.lower) && /^[A-Z]/.test(previous.text)) return true;
  if (previous?.text === "." && tokens[n.first - 2]?.lower === "no") return true;
  if (previous?.text === "#") return true;
  const next = tokens[n.last + 1];
  if (n.coreTokens === 1 && n.last === n.first && next?.glued && next.type === "word" && next.lower !== "s") {
    // A glued unit ("35km", "64%") is fine; other glued letters ("4G", "3D") make a label.
    return readUnitAfter(tokens, n.last + 1) === null;
  }
  return false;
}

function readQuantityAt(context: ScanContext, i: number): Found | null {
  const { tokens } = context;
  const token = tokens[i] as Token;
  const idiomEnd = idiomAt(tokens, i);
  if (idiomEnd >= 0) return { quantity: null, last: idiomEnd };

  const fraction = readFraction(context, i);
  if (fraction) return fraction;

  const currency = token.type === "num" ? readCurrencyBefore(tokens, i) : null;
  const n = readNumber(tokens, i, currency !== null);
  if (!n) return readOrdinalWord(context, i);
  if (n.words && capitalMidSentence(context, i)) return { quantity: null, last: n.last };
  if (isIdentifier(tokens, n)) return { quantity: null, last: n.last };

  if (n.ordinal) return { quantity: makeQuantity(context, i, n.last, "ordinal", n.value, null), last: n.last };

  if (currency) {
    // "$3.4 million dollars": a repeated unit belongs to the same amount.
    const unit = readUnitAfter(tokens, n.last + 1);
    const last = unit && unit.entry.kind === "money" ? unit.last : n.last;
    return { quantity: makeQuantity(context, currency.first, last, "money", n.value, currency.currency), last };
  }

  const pair = readProportion(context, n) ?? readHyphenPair(context, n) ?? readToPair(context, n);
  if (pair) return pair;

  const compound = readCompound(context, n);
  if (compound) return compound;

  const unit = readUnitAfter(tokens, n.last + 1);
  if (unit) {
    const { entry } = unit;
    return { quantity: makeQuantity(context, i, unit.last, entry.kind, n.value * entry.factor, entry.unit), last: unit.last };
  }

  if (!n.words && isYearAt(tokens, i)) {
    const next = tokens[i + 1];
    if (next?.glued && next.lower === "s") return { quantity: makeQuantity(context, i, i + 1, "year", n.value, "decade"), last: i + 1 };
    return { quantity: makeQuantity(context, i, i, "year", n.value, null), last: i };
  }

  return readCount(context, n);
}

/** "60-day", "three-year", "48-year-old", "four-point", "500-page". */
function readCompound(context: ScanContext, n: NumberRead): Found | null {
  const { tokens, mode } = context;
  const hyphen = tokens[n.last + 1];
  const word = tokens[n.last + 2];
  if (!isHyphen(hyphen) || !word || word.type !== "word" || !word.glued) return null;
  const lower = word.lower;
  if (NOT_COUNT_COMPOUNDS.has(lower) || /(ed|ing|ly)$/.test(lower)) return { quantity: null, last: n.last + 2 };
  let last = n.last + 2;
  if (isHyphen(tokens[last + 1]) && tokens[last + 2]?.lower === "old" && tokens[last + 2]?.glued) last += 2;
  const entry = UNIT_ALIASES.get(lower);
  if (entry) return { quantity: makeQuantity(context, n.first, last, entry.kind, n.value * entry.factor, entry.unit), last };
  // "one-time", "zero-tolerance": adjectives, not counts.
  if (mode === "text" && n.words && n.value <= 1) return { quantity: null, last };
  return { quantity: makeQuantity(context, n.first, last, "count", n.value, singularNoun(word.text)), last };
}

/** A count, with the noun it counts when there is one ("39 senators", "two of the justices"). */
function readCount(context: ScanContext, n: NumberRead): Found | null {
  const { tokens, mode } = context;
  const loneOne = n.words && n.value === 1 && n.coreTokens === 1;
  if (mode === "text" && loneOne) return { quantity: null, last: n.last };
  const plural = n.value !== 1;
  let noun = findCountNoun(tokens, n.last + 1, plural);
  // "two of the justices": the noun after "of the".
  if (!noun && tokens[n.last + 1]?.lower === "of" && /^(the|these|those|its|their|his|her|our)$/.test(tokens[n.last + 2]?.lower ?? "")) {
    noun = findCountNoun(tokens, n.last + 3, plural);
  }
  if (!noun) return { quantity: makeQuantity(context, n.first, n.last, "count", n.value, null), last: n.last };
  const entry = UNIT_ALIASES.get((tokens[noun.index] as Token).lower);
  if (entry && entry.kind !== "money") {
    return { quantity: makeQuantity(context, n.first, noun.index, entry.kind, n.value * entry.factor, entry.unit), last: noun.index };
  }
  return { quantity: makeQuantity(context, n.first, noun.index, "count", n.value, singularNoun(noun.word)), last: noun.index };
}

/** "sixth", "second" on their own; not inside names ("the Fourth Amendment"). */
function readOrdinalWord(context: ScanContext, i: number): Found | null {
  const token = context.tokens[i] as Token;
  const value = token.type === "word" ? ORDINAL_WORDS.get(token.lower) : undefined;
  if (value === undefined) return null;
  if (capitalMidSentence(context, i)) return { quantity: null, last: i };
  return { quantity: makeQuantity(context, i, i, "ordinal", value, null), last: i };
}
