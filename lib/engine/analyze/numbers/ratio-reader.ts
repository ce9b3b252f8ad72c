// Ratios after a first number: a proportion "1 in 5", "one out of every five" (a fraction,
// value 0.2), and a split or score "7-2", "7 to 2", "seven to two" (a ratio, value 3.5,
// parts [7, 2]). In running text "N to M" is a ratio only next to a vote or score word,
// since "from 5 to 10" is a range.
import { TALLY_CUES } from "../../lexicon/number-words";
import { findCountNoun, singularNoun } from "./count-noun";
import { isHyphen, readNumber, type NumberRead } from "./number-reader";
import { makeQuantity, type Found, type ScanContext } from "./scan-context";
import type { Token } from "./tokenize";
import { readUnitAfter } from "./unit-reader";
import { FIRST_YEAR, LAST_YEAR } from "./years";

function isWhole(n: NumberRead): boolean {
  return !n.ordinal && Number.isInteger(n.value) && n.value >= 0;
}

function looksLikeYear(tokens: readonly Token[], n: NumberRead): boolean {
  const token = tokens[n.first] as Token;
  return token.type === "num" && /^\d{4}$/.test(token.text) && n.value >= FIRST_YEAR && n.value <= LAST_YEAR;
}

/** A unit or a counted noun after the second number makes "5-10 people" a range, not a score. */
function followedByUnit(tokens: readonly Token[], after: number): boolean {
  return readUnitAfter(tokens, after) !== null || findCountNoun(tokens, after, true) !== null;
}

/**
 * The first end of a range ("5" in "from 5 to 10 percent", "10" in "10-15 people") takes the
 * unit written after the second; the second is then read on its own.
 */
function rangeStart(context: ScanContext, n: NumberRead, after: number): Found {
  const unit = readUnitAfter(context.tokens, after);
  if (unit) {
    return { quantity: makeQuantity(context, n.first, n.last, unit.entry.kind, n.value * unit.entry.factor, unit.entry.unit), last: n.last };
  }
  const noun = findCountNoun(context.tokens, after, true);
  return { quantity: makeQuantity(context, n.first, n.last, "count", n.value, noun ? singularNoun(noun.word) : null), last: n.last };
}

function hasTallyCue(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = Math.max(0, first - 3); k < first; k++) if (TALLY_CUES.has((tokens[k] as Token).lower)) return true;
  const after = tokens[last + 1];
  return after !== undefined && TALLY_CUES.has(after.lower);
}

/** "1 in 5", "one in five", "1 out of 5", "one out of every five". */
export function readProportion(context: ScanContext, n: NumberRead): Found | null {
  const { tokens } = context;
  let k = n.last + 1;
  if (tokens[k]?.lower === "in") k += 1;
  else if (tokens[k]?.lower === "out" && tokens[k + 1]?.lower === "of") k += 2;
  else return null;
  if (tokens[k]?.lower === "every") k += 1;
  const whole = readNumber(tokens, k);
  if (!whole || !isWhole(n) || !isWhole(whole) || whole.value <= n.value || looksLikeYear(tokens, whole)) return null;
  const quantity = makeQuantity(context, n.first, whole.last, "fraction", n.value / whole.value, null, [n.value, whole.value]);
  return { quantity, last: whole.last };
}

/** "7-2", "5–4" between figures; a year range "2010-11" gives the first year. */
export function readHyphenPair(context: ScanContext, n: NumberRead): Found | null {
  const { tokens } = context;
  const hyphen = tokens[n.last + 1];
  const second = tokens[n.last + 2];
  if (n.words || !isHyphen(hyphen) || !second || second.type !== "num" || !second.glued) return null;
  const other = readNumber(tokens, n.last + 2);
  if (!other || !isWhole(n) || !isWhole(other)) return null;
  if (looksLikeYear(tokens, n)) {
    // "2010-11": one span, the first year; "2010-2011": the second year is read on its own.
    if (/^\d{2}$/.test(second.text)) return { quantity: makeQuantity(context, n.first, n.last + 2, "year", n.value, null), last: n.last + 2 };
    return { quantity: makeQuantity(context, n.first, n.last, "year", n.value, null), last: n.last };
  }
  if (n.value >= 1000 || other.value >= 1000) return null;
  if (followedByUnit(tokens, other.last + 1)) return rangeStart(context, n, other.last + 1);
  const quantity = makeQuantity(context, n.first, other.last, "ratio", splitValue(n.value, other.value), null, [n.value, other.value]);
  return { quantity, last: other.last };
}

/** "7 to 2", "seven to two": a ratio in an answer, or next to a vote word in running text. */
export function readToPair(context: ScanContext, n: NumberRead): Found | null {
  const { tokens, mode } = context;
  if (tokens[n.last + 1]?.lower !== "to") return null;
  const other = readNumber(tokens, n.last + 2);
  if (!other || !isWhole(n) || !isWhole(other) || looksLikeYear(tokens, n) || looksLikeYear(tokens, other)) return null;
  if (followedByUnit(tokens, other.last + 1)) return rangeStart(context, n, other.last + 1);
  if (mode === "text" && !hasTallyCue(tokens, n.first, other.last)) return null;
  const quantity = makeQuantity(context, n.first, other.last, "ratio", splitValue(n.value, other.value), null, [n.value, other.value]);
  return { quantity, last: other.last };
}

/** "7-2" → 3.5; a shut-out "9-0" keeps 9 so the value stays a finite number (parts decide equality). */
function splitValue(a: number, b: number): number {
  return b === 0 ? a : a / b;
}
