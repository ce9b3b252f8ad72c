// Calendar words read by analyze/dates: months with their AP-style abbreviations, weekdays,
// parts of the day, and holidays. Keys are lower case.

/** Month name or abbreviation (without its dot) → month number. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ["january", 1], ["jan", 1], ["february", 2], ["feb", 2], ["march", 3], ["mar", 3],
  ["april", 4], ["apr", 4], ["may", 5], ["june", 6], ["jun", 6], ["july", 7], ["jul", 7],
  ["august", 8], ["aug", 8], ["september", 9], ["sept", 9], ["sep", 9], ["october", 10],
  ["oct", 10], ["november", 11], ["nov", 11], ["december", 12], ["dec", 12],
]);

/** Month names that are also everyday words: they need a day, a year or a preposition. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(["may", "march", "mar", "jan", "jun", "jul", "aug", "sep", "dec"]);

/** Weekday name or abbreviation → canonical name. */
export const WEEKDAYS: ReadonlyMap<string, string> = new Map([
  ["monday", "Monday"], ["mon", "Monday"], ["tuesday", "Tuesday"], ["tue", "Tuesday"], ["tues", "Tuesday"],
  ["wednesday", "Wednesday"], ["wed", "Wednesday"], ["thursday", "Thursday"], ["thu", "Thursday"],
  ["thur", "Thursday"], ["thurs", "Thursday"], ["friday", "Friday"], ["fri", "Friday"],
  ["saturday", "Saturday"], ["sat", "Saturday"], ["sunday", "Sunday"], ["sun", "Sunday"],
]);

/** Parts of the day that may follow a weekday or "this"/"last" ("Saturday afternoon"). */
export const DAY_PARTS: readonly string[] = ["morning", "afternoon", "evening", "night", "overnight"];

/** Words before a bare month that make it a date ("in October", "mid-October", "last March"). */
export const MONTH_CUES: ReadonlySet<string> = new Set(
  "in since until till by through from of during early late mid last next this before after between and to".split(" "),
);

/** Holidays with a fixed date ("--MM-DD") or a moving one (null). Matched case-sensitively. */
export const HOLIDAYS: ReadonlyMap<string, string | null> = new Map<string, string | null>([
  ["New Year's Day", "--01-01"], ["New Year’s Day", "--01-01"], ["New Year's Eve", "--12-31"],
  ["New Year’s Eve", "--12-31"], ["Valentine's Day", "--02-14"], ["Valentine’s Day", "--02-14"],
  ["Independence Day", null], ["Christmas Eve", "--12-24"], ["Christmas Day", "--12-25"],
  ["Christmas", "--12-25"], ["Halloween", "--10-31"], ["Veterans Day", "--11-11"],
  ["Memorial Day", null], ["Labor Day", null], ["Thanksgiving", null], ["Easter", null],
  ["Election Day", null], ["Martin Luther King Jr. Day", null], ["Presidents Day", null],
  ["Presidents' Day", null], ["Mother's Day", null], ["Father's Day", null], ["Ramadan", null],
  ["Hanukkah", null], ["Passover", null], ["Yom Kippur", null], ["Diwali", null],
  ["Lunar New Year", null], ["Boxing Day", "--12-26"], ["Remembrance Day", "--11-11"],
]);

/** Units a relative expression counts in, with the letter used in normalized offsets. */
export const RELATIVE_UNITS: ReadonlyMap<string, string> = new Map([
  ["day", "D"], ["days", "D"], ["week", "W"], ["weeks", "W"], ["weekend", "WE"], ["month", "M"],
  ["months", "M"], ["year", "Y"], ["years", "Y"], ["decade", "DE"], ["decades", "DE"],
]);
