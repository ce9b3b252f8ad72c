// Weekdays: "Tuesday", "last Thursday", "Saturday afternoon", "next Monday". A preceding "on"
// is left out of the span; "last"/"next"/"this" stay in it because they change the day.
// Normalized to the weekday's name ("Tuesday"): the week is only known from the article date.
// Plurals ("on Mondays") are habits, not dates, and are skipped.
import { DAY_PARTS, WEEKDAYS } from "../../lexicon/calendar-words";
import type { DateMention } from "../types";
import { mention } from "./date-span";

const names = [...new Set(WEEKDAYS.values())].join("|");
const WEEKDAY = new RegExp(
  String.raw`\b(?:((?:[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate)\s))?(${names})\b(?![-–]|s\b)(?:\s(${DAY_PARTS.join("|")})\b)?`,
  "g",
);

export function findWeekdays(text: string): DateMention[] {
  const found: DateMention[] = [];
  WEEKDAY.lastIndex = 0;
  for (let m = WEEKDAY.exec(text); m !== null; m = WEEKDAY.exec(text)) {
    found.push(mention(text, m.index, m.index + m[0].length, "weekday", m[2] as string));
  }
  return found;
}
