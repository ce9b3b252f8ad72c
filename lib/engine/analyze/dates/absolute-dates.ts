// Calendar dates: "Nov. 28", "November 28, 2017", "June 8-9", "28 November 2017", "June 2009",
// "mid-October", "2017-12-15", "12/15/2017", and holidays ("Memorial Day").
// Normalized as ISO 8601 where known: "2017-11-28", "--11-28" (no year), "2009-06", "--10";
// a day range as "--06-08/--06-09".
import { AMBIGUOUS_MONTHS, HOLIDAYS, MONTH_CUES, MONTHS } from "../../lexicon/calendar-words";
import type { DateMention } from "../types";
import { mention, pad2 } from "./date-span";

const monthAlternatives = [...MONTHS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((m) => m.charAt(0).toUpperCase() + m.slice(1))
  .join("|");

// Month first (US/AP style). Capital letter required: "may" and "march" are also words.
const MONTH_FIRST = new RegExp(
  String.raw`(?:\b(early|mid|late)[- ])?\b(${monthAlternatives})\b(\.)?` +
    String.raw`(?:\s(\d{1,2})(?:st|nd|rd|th)?\b(?!\.\d|,\d{3}|\d)(?:\s?[-–]\s?(\d{1,2})(?:st|nd|rd|th)?\b)?)?` +
    String.raw`(?:,?\s(\d{4})\b(?!\.\d))?`,
  "g",
);

// Day first (British style): "28 November 2017", "5th of May".
const DAY_FIRST = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s(?:of\s)?(${monthAlternatives})\b\.?(?:,?\s(\d{4})\b)?`, "g");

const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const US_NUMERIC = /\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/g;

const holidayAlternatives = [...HOLIDAYS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
  .join("|");
const HOLIDAY = new RegExp(String.raw`\b(?:${holidayAlternatives})(?![A-Za-z])`, "g");

function validDay(day: number): boolean {
  return day >= 1 && day <= 31;
}

function isoDate(year: number | null, month: number, day: number | null): string {
  const y = year === null ? "-" : String(year);
  return day === null ? `${y}-${pad2(month)}` : `${y}-${pad2(month)}-${pad2(day)}`;
}

/** The word just before `start`, lower case ("in" for "in October"). */
function wordBefore(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 20), start);
  const match = /([A-Za-z]+)[\s-]*$/.exec(before);
  return match ? (match[1] as string).toLowerCase() : "";
}

export function findAbsoluteDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  MONTH_FIRST.lastIndex = 0;
  for (let m = MONTH_FIRST.exec(text); m !== null; m = MONTH_FIRST.exec(text)) {
    const [whole, part, monthWord, dot, dayText, dayEndText, yearText] = m;
    const month = MONTHS.get((monthWord as string).toLowerCase()) as number;
    let end = m.index + whole.length;
    let day = dayText === undefined ? null : Number(dayText);
    const dayEnd = dayEndText === undefined ? null : Number(dayEndText);
    const year = yearText === undefined ? null : Number(yearText);
    if (day !== null && !validDay(day)) {
      // "in March 300 people": the figure is not a day; keep the month only.
      day = null;
      end = m.index + (part ? part.length + 1 : 0) + (monthWord as string).length + (dot ? 1 : 0);
    }
    const start = m.index;
    if (day === null && year === null) {
      const lowerMonth = (monthWord as string).toLowerCase();
      const isAbbreviation = lowerMonth.length <= 4 && lowerMonth !== "june" && lowerMonth !== "july" && lowerMonth !== "may";
      if (isAbbreviation) continue;
      if (!part && AMBIGUOUS_MONTHS.has(lowerMonth) && !MONTH_CUES.has(wordBefore(text, start))) continue;
      // A bare month never keeps a following dot: "in October." ends a sentence.
      const monthEnd = start + (part ? part.length + 1 : 0) + (monthWord as string).length;
      found.push(mention(text, start, monthEnd, "absolute", `--${pad2(month)}`));
      continue;
    }
    if (day !== null && dayEnd !== null && validDay(dayEnd) && dayEnd > day) {
      found.push(mention(text, start, end, "absolute", `${isoDate(year, month, day)}/${isoDate(year, month, dayEnd)}`));
      continue;
    }
    found.push(mention(text, start, end, "absolute", isoDate(year, month, day)));
  }
  DAY_FIRST.lastIndex = 0;
  for (let m = DAY_FIRST.exec(text); m !== null; m = DAY_FIRST.exec(text)) {
    const day = Number(m[1]);
    if (!validDay(day)) continue;
    const month = MONTHS.get((m[2] as string).toLowerCase()) as number;
    const year = m[3] === undefined ? null : Number(m[3]);
    found.push(mention(text, m.index, m.index + m[0].length, "absolute", isoDate(year, month, day)));
  }
  ISO_DATE.lastIndex = 0;
  for (let m = ISO_DATE.exec(text); m !== null; m = ISO_DATE.exec(text)) {
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month < 1 || month > 12 || !validDay(day)) continue;
    found.push(mention(text, m.index, m.index + m[0].length, "absolute", m[0]));
  }
  US_NUMERIC.lastIndex = 0;
  for (let m = US_NUMERIC.exec(text); m !== null; m = US_NUMERIC.exec(text)) {
    const month = Number(m[1]);
    const day = Number(m[2]);
    if (month < 1 || month > 12 || !validDay(day)) continue;
    const rawYear = m[3] as string;
    const year = rawYear.length === 2 ? 2000 + Number(rawYear) : Number(rawYear);
    found.push(mention(text, m.index, m.index + m[0].length, "absolute", isoDate(year, month, day)));
  }
  HOLIDAY.lastIndex = 0;
  for (let m = HOLIDAY.exec(text); m !== null; m = HOLIDAY.exec(text)) {
    found.push(mention(text, m.index, m.index + m[0].length, "absolute", HOLIDAYS.get(m[0]) ?? null));
  }
  return found;
}
