// Clock times: "10 a.m.", "1 a.m.", "10:30 p.m.", "9 o'clock", "noon", "midnight", "14:30".
// Normalized as ISO 8601 times: "T10:00", "T22:30".
import type { DateMention } from "../types";
import { mention, pad2 } from "./date-span";

const CLOCK = /\b(\d{1,2})(?::(\d{2}))?\s?(a\.m\.|p\.m\.|a\.m|p\.m|am|pm|AM|PM|A\.M\.|P\.M\.|o['’]clock)(?![A-Za-z])/g;
const TWENTY_FOUR_HOUR = /\b([01]?\d|2[0-3]):([0-5]\d)\b(?!:\d|\s?(?:a\.?m|p\.?m|AM|PM|o['’]clock))/g;
const NAMED = /\b(noon|midday|midnight)\b/gi;

function clock(hour: number, minute: number): string {
  return `T${pad2(hour)}:${pad2(minute)}`;
}

export function findTimes(text: string): DateMention[] {
  const found: DateMention[] = [];
  CLOCK.lastIndex = 0;
  for (let m = CLOCK.exec(text); m !== null; m = CLOCK.exec(text)) {
    let hour = Number(m[1]);
    const minute = m[2] === undefined ? 0 : Number(m[2]);
    const marker = (m[3] as string).toLowerCase();
    if (hour < 1 || hour > 12 || minute > 59) continue;
    if (marker.startsWith("p") && hour < 12) hour += 12;
    if (marker.startsWith("a") && hour === 12) hour = 0;
    found.push(mention(text, m.index, m.index + m[0].length, "time", clock(hour, minute)));
  }
  TWENTY_FOUR_HOUR.lastIndex = 0;
  for (let m = TWENTY_FOUR_HOUR.exec(text); m !== null; m = TWENTY_FOUR_HOUR.exec(text)) {
    found.push(mention(text, m.index, m.index + m[0].length, "time", clock(Number(m[1]), Number(m[2]))));
  }
  NAMED.lastIndex = 0;
  for (let m = NAMED.exec(text); m !== null; m = NAMED.exec(text)) {
    const word = (m[1] as string).toLowerCase();
    found.push(mention(text, m.index, m.index + m[0].length, "time", word === "midnight" ? "T00:00" : "T12:00"));
  }
  return found;
}
