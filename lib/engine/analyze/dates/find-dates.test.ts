import { describe, expect, it } from "vitest";
import { findDates } from "./find-dates";

/** One sentence, the one date it should yield: [sentence, text, kind, normalized]. */
const single: [string, string, string, string | null][] = [
  ["The test on Nov. 28 alarmed Japan.", "Nov. 28", "absolute", "--11-28"],
  ["It happened on November 28, 2017, at sea.", "November 28, 2017", "absolute", "2017-11-28"],
  ["The deadline is Dec. 15.", "Dec. 15", "absolute", "--12-15"],
  ["The file is dated 2017-12-15.", "2017-12-15", "absolute", "2017-12-15"],
  ["Benefits end beginning March 5.", "March 5", "absolute", "--03-05"],
  ["The summit is June 8-9 in Canada.", "June 8-9", "absolute", "--06-08/--06-09"],
  ["They meet on June 12th.", "June 12th", "absolute", "--06-12"],
  ["It was signed on 28 November 2017.", "28 November 2017", "absolute", "2017-11-28"],
  ["The revolution of June 2009 failed.", "June 2009", "absolute", "2009-06"],
  ["He refused in mid-October.", "mid-October", "absolute", "--10"],
  ["Sessions acted in January.", "January", "absolute", "--01"],
  ["The letter is dated 12/15/2017.", "12/15/2017", "absolute", "2017-12-15"],
  ["Crowds gathered on Memorial Day.", "Memorial Day", "absolute", null],
  ["Shops close on Christmas Day.", "Christmas Day", "absolute", "--12-25"],
  ["The council met on Tuesday.", "Tuesday", "weekday", "Tuesday"],
  ["He declared last Thursday that it was off.", "last Thursday", "weekday", "Thursday"],
  ["Senators met Saturday afternoon.", "Saturday afternoon", "weekday", "Saturday"],
  ["He said earlier this week that talks could start.", "earlier this week", "relative", "+0W"],
  ["Prices fell last month.", "last month", "relative", "-1M"],
  ["The stakes had grown in recent days.", "in recent days", "relative", null],
  ["The vote was yesterday.", "yesterday", "relative", "-1D"],
  ["They will vote next week.", "next week", "relative", "+1W"],
  ["Sales rose this year.", "this year", "relative", "+0Y"],
  ["The law passed six years ago.", "six years ago", "relative", "-6Y"],
  ["Graham praised work done last night.", "last night", "relative", "-1D"],
  ["The vote is at 10 a.m. sharp.", "10 a.m.", "time", "T10:00"],
  ["The vote is at 10:30 p.m. sharp.", "10:30 p.m.", "time", "T22:30"],
  ["Funding expired at midnight.", "midnight", "time", "T00:00"],
  ["The war ended in 1953.", "1953", "year", "1953"],
  ["Music of the 1990s was loud.", "1990s", "year", "199"],
];

describe("findDates: one sentence, one date", () => {
  it.each(single)("%s", (sentence, text, kind, normalized) => {
    const found = findDates(sentence);
    expect(found.map((d) => ({ text: d.text, kind: d.kind, normalized: d.normalized }))).toEqual([{ text, kind, normalized }]);
    expect(sentence.slice(found[0]?.start, found[0]?.end)).toBe(text);
  });
});

const none: string[] = [
  "You may go now.",
  "They march on the capital.",
  "It was decided at the last minute.",
  "It is a tough election year.",
  "The store opens on Mondays.",
  "Nearly 2000 people came.",
  "He took the microphone one last time.",
];

describe("findDates: nothing to report", () => {
  it.each(none)("%s", (sentence) => {
    expect(findDates(sentence)).toEqual([]);
  });
});

describe("findDates: a full date is one mention", () => {
  it("does not report the year of 'Oct. 28, 2016' on its own", () => {
    expect(findDates("He wrote on Oct. 28, 2016, to Congress.").map((d) => d.text)).toEqual(["Oct. 28, 2016"]);
  });
  it("keeps a time and a weekday side by side", () => {
    expect(findDates("A vote at 1 a.m. Monday.").map((d) => d.kind)).toEqual(["time", "weekday"]);
  });
});
