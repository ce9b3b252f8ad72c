// Sentences that state a number with nothing in them saying who says so. Dates and years are
// not claims, so a bare year or a day of the month does not count.
import { MONTHS } from "../../lexicon/outlets";
import { findCues } from "../quotations/cues";
import { overlapTest } from "../quotations/span-index";
import type { Quotation, Sentence, TextSpan } from "../types";
import type { UnsourcedNumberClaim } from "./types";

const NUMBER = /(?<![\p{L}\p{N}])(?:[$€£]\s?)?\d[\d,]*(?:\.\d+)?(?:\s?(?:%|percent|million|billion|trillion))?|(?<![\p{L}])(?:dozens|hundreds|thousands|millions|billions)(?![\p{L}])/giu;
const MONTH_BEFORE = new RegExp(`(?:${MONTHS.join("|")}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?\\s*$`);

export function findUnsourcedNumberClaims(text: string, sentences: Sentence[], quotations: Quotation[]): UnsourcedNumberClaim[] {
  const out: UnsourcedNumberClaim[] = [];
  const quoted = overlapTest(quotations);
  for (const s of sentences) {
    if (quoted(s.start, s.end)) continue;
    if (findCues(text, s.start, s.end).some((c) => !c.passive)) continue;
    const numbers: TextSpan[] = [];
    for (const m of text.slice(s.start, s.end).matchAll(NUMBER)) {
      const start = s.start + m.index;
      const value = m[0];
      if (/^(1[89]|20)\d\d$/.test(value)) continue; // a year
      if (MONTH_BEFORE.test(text.slice(Math.max(s.start, start - 12), start))) continue; // "Nov. 28"
      numbers.push({ start, end: start + value.length, text: value });
    }
    if (numbers.length) out.push({ start: s.start, end: s.end, text: s.text, sentenceIndex: s.index, numbers });
  }
  return out;
}
