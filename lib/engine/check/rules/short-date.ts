// Dates compare by what they name, read by analyze/dates: "Feb. 8" = "February 8" = "8 February";
// "February 9" is wrong. A date without a year matches the same day of any year.
import type { TextSpan } from "../../types";
import { findDates } from "../../analyze/dates";
import { quote, verdict } from "../reason";
import type { Token } from "../text-tokens";
import type { Verdict } from "../types";

export function checkDate(key: string, answer: string, answerTokens: Token[], evidence: TextSpan[]): Verdict | null {
  const keyDate = findDates(key).find((d) => d.normalized !== null);
  if (keyDate === undefined) return null;
  const answerDates = findDates(answer).filter((d) => d.normalized !== null);
  if (answerDates.length === 0) return null;
  const same = answerDates.find((d) => sameDate(d.normalized!, keyDate.normalized!));
  if (same !== undefined && !answerTokens.some((t) => t.negCue)) {
    return verdict("correct", "exact", `Right — the article says ${quote(keyDate.text)}.`, evidence);
  }
  const shown = answerDates[0]!;
  return verdict("incorrect", "number-different", `The article says ${quote(keyDate.text)} — your answer says ${quote(shown.text)}.`, evidence);
}

// "--02-08" (no year) matches "2018-02-08"; weekdays compare by name.
function sameDate(a: string, b: string): boolean {
  if (a === b) return true;
  const strip = (s: string) => s.replace(/^\d{4}(?=-\d)/, "-");
  return strip(a) === strip(b);
}
