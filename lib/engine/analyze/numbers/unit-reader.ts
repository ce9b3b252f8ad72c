// Units next to a figure: a lexicon unit after it ("64 percent", "3.5 miles", "5 billion yuan",
// "35km") and a currency before it ("$3.4 million", "US$5", "€5", "USD 5").
import { CURRENCY_CODES, CURRENCY_SYMBOLS, GLUED_ONLY_ALIASES, MAX_UNIT_TOKENS, UNIT_ALIASES, type UnitEntry } from "../../lexicon/units";
import type { Token } from "./tokenize";

export interface UnitRead {
  entry: UnitEntry;
  /** Index of the last token of the unit. */
  last: number;
}

/** The lexicon unit starting at token `from`, longest alias first ("per cent" before "per"). */
export function readUnitAfter(tokens: readonly Token[], from: number): UnitRead | null {
  const first = tokens[from];
  if (!first || first.newlineBefore) return null;
  for (let width = MAX_UNIT_TOKENS; width >= 1; width--) {
    const parts: string[] = [];
    let last = from;
    for (let k = from; k < from + width && k < tokens.length; k++) {
      const token = tokens[k] as Token;
      // Units are words, "%", "°F", "u.s." and "km/h"; join symbol pieces without spaces.
      if (k > from && token.type === "sym" && token.text !== "." && token.text !== "/") break;
      parts.push(token.lower);
      last = k;
    }
    if (parts.length !== width) continue;
    const alias = joinAlias(tokens, from, last);
    const entry = UNIT_ALIASES.get(alias);
    if (!entry) continue;
    if (GLUED_ONLY_ALIASES.has(alias) && !first.glued) continue;
    // A unit is a whole word: "35 km" but not "35 kmart".
    const after = tokens[last + 1];
    if (after?.glued && after.type === "word") continue;
    return { entry, last };
  }
  return null;
}

function joinAlias(tokens: readonly Token[], from: number, last: number): string {
  let alias = "";
  for (let k = from; k <= last; k++) {
    const token = tokens[k] as Token;
    alias += (k > from && !token.glued ? " " : "") + token.lower;
  }
  return alias;
}

export interface CurrencyRead {
  currency: string;
  /** Index of the first token of the currency mark. */
  first: number;
}

/** The currency written just before the figure at token `at`, or null. */
export function readCurrencyBefore(tokens: readonly Token[], at: number): CurrencyRead | null {
  const figure = tokens[at];
  const previous = tokens[at - 1];
  if (!figure || !previous) return null;
  if (previous.type === "sym" && figure.glued) {
    const symbol = CURRENCY_SYMBOLS.get(previous.lower);
    if (symbol === undefined) return null;
    // "US$5", "HK$3", "C$1".
    const prefix = tokens[at - 2];
    if (prefix && previous.glued && prefix.type === "word") {
      const joined = CURRENCY_SYMBOLS.get(prefix.lower + previous.lower);
      if (joined !== undefined) return { currency: joined, first: at - 2 };
    }
    return { currency: symbol, first: at - 1 };
  }
  if (previous.type === "word" && !figure.glued && CURRENCY_CODES.has(previous.text)) {
    return { currency: previous.text === "RMB" ? "CNY" : previous.text, first: at - 1 };
  }
  return null;
}
