// A four-digit figure from 1800 to 2100 standing alone is a year ("in 1953", "the 2015 deal"),
// unless a unit or a counted noun follows ("2000 miles", "1,500 people") or a label or currency
// comes before ("Resolution 2397", "$2000").
import { IDENTIFIER_LABELS } from "../../lexicon/number-words";
import { CURRENCY_SYMBOLS } from "../../lexicon/units";
import { isPluralNoun } from "./count-noun";
import type { Token } from "./tokenize";
import { readUnitAfter } from "./unit-reader";

export const FIRST_YEAR = 1800;
export const LAST_YEAR = 2100;

/** True when the figure token at i is a year. */
export function isYearAt(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token || token.type !== "num" || !/^\d{4}$/.test(token.text)) return false;
  const value = Number(token.text);
  if (value < FIRST_YEAR || value > LAST_YEAR) return false;
  const previous = tokens[i - 1];
  if (previous) {
    if (token.glued && previous.type === "word") return false;
    if (token.glued && CURRENCY_SYMBOLS.has(previous.lower)) return false;
    if (previous.type === "word" && IDENTIFIER_LABELS.has(previous.lower)) return false;
    if (previous.text === "." && tokens[i - 2]?.lower === "no") return false;
  }
  const next = tokens[i + 1];
  if (next?.glued && next.type === "word" && next.lower !== "s") return false;
  if (next?.glued && next.text === ".") {
    const after = tokens[i + 2];
    if (after?.type === "num" && after.glued) return false;
  }
  if (readUnitAfter(tokens, i + 1)) return false;
  if (next && next.type === "word" && !next.glued && isPluralNoun(next.text) && !/^[A-Z]/.test(next.text)) return false;
  return true;
}
