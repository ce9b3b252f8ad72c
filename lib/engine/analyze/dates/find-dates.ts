// All date and time mentions of a text, in text order, without overlaps (the longest wins:
// "November 28, 2017" is one absolute date, not a date and a year). Linear in the text:
// each finder is one pass of a regular expression with no nested repetition.
import { isYearAt } from "../numbers/years";
import { tokenize, type Token } from "../numbers/tokenize";
import type { DateMention } from "../types";
import { findAbsoluteDates } from "./absolute-dates";
import { keepLongest, mention } from "./date-span";
import { findRelativeDates } from "./relative-dates";
import { findTimes } from "./times";
import { findWeekdays } from "./weekdays";

/** Standalone years ("in 1953") and decades ("the 1990s" → "199", ISO 8601's decade). */
export function findYears(text: string, tokens: readonly Token[] = tokenize(text)): DateMention[] {
  const found: DateMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isYearAt(tokens, i)) continue;
    const token = tokens[i] as Token;
    const next = tokens[i + 1];
    if (next?.glued && next.lower === "s") {
      if (token.text.endsWith("0")) found.push(mention(text, token.start, next.end, "year", token.text.slice(0, 3)));
      continue;
    }
    found.push(mention(text, token.start, token.end, "year", token.text));
  }
  return found;
}

export function findDates(text: string): DateMention[] {
  return keepLongest([
    ...findAbsoluteDates(text),
    ...findTimes(text),
    ...findWeekdays(text),
    ...findRelativeDates(text),
    ...findYears(text),
  ]);
}
