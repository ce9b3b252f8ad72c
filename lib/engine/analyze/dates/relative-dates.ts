// Dates relative to the article's own date: "yesterday", "earlier this week", "last month",
// "next week", "this year", "in recent days", "three days ago", "last night".
// Normalized as a signed offset from the article date in whole units: "-1D" (yesterday),
// "+0W" (this week), "+1M" (next month), "-3D" (three days ago), "-1WE" (last weekend).
// Vague periods ("in recent days", "the past two weeks", "the next day") are null.
import { CARDINAL_WORDS } from "../../lexicon/number-words";
import { RELATIVE_UNITS } from "../../lexicon/calendar-words";
import type { DateMention } from "../types";
import { mention } from "./date-span";

const DAY_WORDS: ReadonlyMap<string, string> = new Map([
  ["yesterday", "-1D"], ["today", "+0D"], ["tomorrow", "+1D"], ["tonight", "+0D"],
]);

const DEICTIC = /\b(yesterday|today|tomorrow|tonight)\b/gi;

// "earlier this week", "last month", "next year", "this morning", "last night".
const ANCHORED = /\b(?:(earlier|later)\s)?(this|last|next)\s(week|weekend|month|year|decade|morning|afternoon|evening|night|spring|summer|fall|autumn|winter)\b(?![-–])/gi;

// "in recent days", "in the coming weeks", "over the past two years", "the next ten days".
const PERIOD = /\b(?:(?:in|over|during|for|within)\s)?(?:the\s)?(recent|coming|past|last|next|previous)\s(?:([a-z]+|\d+)\s)?(days|weeks|months|years|decades)\b/gi;

// "three days ago", "a week ago", "10 years ago".
const AGO = /\b(an?|\d+|[a-z]+(?:-[a-z]+)?)\s(days?|weeks?|months?|years?|decades?)\s(ago|earlier|later|before)\b/gi;

// "the next day", "the day before", "the following week", "earlier in the day".
const SEQUENCE = /\b(?:the\s(?:next|following|previous|preceding)\s(day|week|month|year)|the\s(day|week|month|year)\s(?:before|after|earlier)|(?:earlier|later)\s(?:in|on)\sthe\s(day|week|month|year))\b/gi;

const PART_OF_DAY = new Set(["morning", "afternoon", "evening", "night"]);
const SEASON = new Set(["spring", "summer", "fall", "autumn", "winter"]);

function countWord(word: string): number | null {
  const lower = word.toLowerCase();
  if (lower === "a" || lower === "an") return 1;
  if (/^\d+$/.test(lower)) return Number(lower);
  const parts = lower.split("-");
  let total = 0;
  for (const part of parts) {
    const value = CARDINAL_WORDS.get(part);
    if (value === undefined) return null;
    total += value;
  }
  return total;
}

export function findRelativeDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  DEICTIC.lastIndex = 0;
  for (let m = DEICTIC.exec(text); m !== null; m = DEICTIC.exec(text)) {
    found.push(mention(text, m.index, m.index + m[0].length, "relative", DAY_WORDS.get((m[1] as string).toLowerCase()) ?? null));
  }
  ANCHORED.lastIndex = 0;
  for (let m = ANCHORED.exec(text); m !== null; m = ANCHORED.exec(text)) {
    const which = (m[2] as string).toLowerCase();
    const unit = (m[3] as string).toLowerCase();
    // "at the last minute" is not matched; "the last year" would be a period, so skip "the last".
    if (which === "last" && /\bthe\s$/i.test(text.slice(Math.max(0, m.index - 4), m.index)) && !m[1]) continue;
    let normalized: string | null;
    if (PART_OF_DAY.has(unit)) normalized = which === "last" ? "-1D" : which === "next" ? "+1D" : "+0D";
    else if (SEASON.has(unit)) normalized = null;
    else {
      const letter = RELATIVE_UNITS.get(unit) as string;
      normalized = (which === "last" ? "-1" : which === "next" ? "+1" : "+0") + letter;
    }
    found.push(mention(text, m.index, m.index + m[0].length, "relative", normalized));
  }
  PERIOD.lastIndex = 0;
  for (let m = PERIOD.exec(text); m !== null; m = PERIOD.exec(text)) {
    // "last" and "next" need "the" or a count: "last years" alone is not English.
    const count = m[2];
    if (count !== undefined && countWord(count) === null) continue;
    found.push(mention(text, m.index, m.index + m[0].length, "relative", null));
  }
  AGO.lastIndex = 0;
  for (let m = AGO.exec(text); m !== null; m = AGO.exec(text)) {
    const count = countWord(m[1] as string);
    if (count === null) continue;
    const direction = (m[3] as string).toLowerCase();
    const letter = RELATIVE_UNITS.get((m[2] as string).toLowerCase()) as string;
    // "ago" counts back from the article date; "earlier"/"later" count from another event.
    const normalized = direction === "ago" ? `-${count}${letter}` : null;
    found.push(mention(text, m.index, m.index + m[0].length, "relative", normalized));
  }
  SEQUENCE.lastIndex = 0;
  for (let m = SEQUENCE.exec(text); m !== null; m = SEQUENCE.exec(text)) {
    found.push(mention(text, m.index, m.index + m[0].length, "relative", null));
  }
  return found;
}
