import { describe, expect, it } from "vitest";
import { findQuantities } from "./find-quantities";

type Expected = { text: string; kind: string; value: number; unit: string | null; parts?: [number, number] };

/** One sentence, the one quantity it should yield. */
const single: [string, Expected][] = [
  ["Support stands at 64% now.", { text: "64%", kind: "percent", value: 64, unit: "percent" }],
  ["Support stands at 64 percent.", { text: "64 percent", kind: "percent", value: 64, unit: "percent" }],
  ["Support stands at 64 per cent.", { text: "64 per cent", kind: "percent", value: 64, unit: "percent" }],
  ["Support stands at sixty-four percent.", { text: "sixty-four percent", kind: "percent", value: 64, unit: "percent" }],
  ["Rates rose 2 percentage points.", { text: "2 percentage points", kind: "percent", value: 2, unit: "percentage point" }],
  ["The stadium cost $3.4 million.", { text: "$3.4 million", kind: "money", value: 3_400_000, unit: "USD" }],
  ["The stadium cost $3,400,000.", { text: "$3,400,000", kind: "money", value: 3_400_000, unit: "USD" }],
  ["The stadium cost 3.4 million dollars.", { text: "3.4 million dollars", kind: "money", value: 3_400_000, unit: "USD" }],
  ["The stadium cost $3.4m in the end.", { text: "$3.4m", kind: "money", value: 3_400_000, unit: "USD" }],
  ["Tickets cost €5 each.", { text: "€5", kind: "money", value: 5, unit: "EUR" }],
  ["The loan was 5 billion yuan.", { text: "5 billion yuan", kind: "money", value: 5e9, unit: "CNY" }],
  ["It cost US$20 to enter.", { text: "US$20", kind: "money", value: 20, unit: "USD" }],
  ["A stamp costs 50 cents.", { text: "50 cents", kind: "money", value: 0.5, unit: "USD" }],
  ["The trail is 3.5 miles long.", { text: "3.5 miles", kind: "measure", value: 3.5, unit: "mile" }],
  ["The trail is 35 km long.", { text: "35 km", kind: "measure", value: 35, unit: "kilometer" }],
  ["The trail is 35km long.", { text: "35km", kind: "measure", value: 35, unit: "kilometer" }],
  ["He ran 100m flat.", { text: "100m", kind: "measure", value: 100, unit: "meter" }],
  ["The bill won the votes of 39 senators.", { text: "39 senators", kind: "count", value: 39, unit: "senator" }],
  ["DACA covers 1.8 million people.", { text: "1.8 million people", kind: "count", value: 1_800_000, unit: "person" }],
  ["The Senate rejected four separate proposals.", { text: "four separate proposals", kind: "count", value: 4, unit: "proposal" }],
  ["Lawmakers are out for ten days.", { text: "ten days", kind: "measure", value: 10, unit: "day" }],
  ["He served 15 years in prison.", { text: "15 years", kind: "measure", value: 15, unit: "year" }],
  ["He served 15 months in prison.", { text: "15 months", kind: "measure", value: 15, unit: "month" }],
  ["He served two and a half years.", { text: "two and a half years", kind: "measure", value: 2.5, unit: "year" }],
  ["The justices voted 7-2 in favour.", { text: "7-2", kind: "ratio", value: 3.5, unit: null, parts: [7, 2] }],
  ["The justices voted 7–2 in favour.", { text: "7–2", kind: "ratio", value: 3.5, unit: null, parts: [7, 2] }],
  ["The justices voted 7 to 2 in favour.", { text: "7 to 2", kind: "ratio", value: 3.5, unit: null, parts: [7, 2] }],
  ["The justices voted seven to two in favour.", { text: "seven to two", kind: "ratio", value: 3.5, unit: null, parts: [7, 2] }],
  ["In a 5-4 decision, the court agreed.", { text: "5-4", kind: "ratio", value: 1.25, unit: null, parts: [5, 4] }],
  ["About 1 in 5 adults smoke.", { text: "1 in 5", kind: "fraction", value: 0.2, unit: null, parts: [1, 5] }],
  ["About one in five adults smoke.", { text: "one in five", kind: "fraction", value: 0.2, unit: null, parts: [1, 5] }],
  ["One out of every four adults smokes.", { text: "One out of every four", kind: "fraction", value: 0.25, unit: null, parts: [1, 4] }],
  ["About a fifth of adults smoke.", { text: "a fifth", kind: "fraction", value: 0.2, unit: null, parts: [1, 5] }],
  ["Nearly half of adults smoke.", { text: "half", kind: "fraction", value: 0.5, unit: null, parts: [1, 2] }],
  ["Two-thirds of voters agreed.", { text: "Two-thirds", kind: "fraction", value: 2 / 3, unit: null, parts: [2, 3] }],
  ["Three quarters of voters agreed.", { text: "Three quarters", kind: "fraction", value: 0.75, unit: null, parts: [3, 4] }],
  ["The protests reached their sixth day.", { text: "sixth", kind: "ordinal", value: 6, unit: null }],
  ["It was the 21st meeting.", { text: "21st", kind: "ordinal", value: 21, unit: null }],
  ["It was the twenty-first meeting.", { text: "twenty-first", kind: "ordinal", value: 21, unit: null }],
  ["The war ended in 1953 with an armistice.", { text: "1953", kind: "year", value: 1953, unit: null }],
  ["It was part of the 2015 nuclear agreement.", { text: "2015", kind: "year", value: 2015, unit: null }],
  ["Music of the 1990s was loud.", { text: "1990s", kind: "year", value: 1990, unit: "decade" }],
  ["He sold a dozen eggs.", { text: "a dozen eggs", kind: "count", value: 12, unit: "egg" }],
  ["They hired two hundred and five workers.", { text: "two hundred and five workers", kind: "count", value: 205, unit: "worker" }],
  ["Half a million people marched.", { text: "Half a million people", kind: "count", value: 500_000, unit: "person" }],
  ["There is a 60-day deadline.", { text: "60-day", kind: "measure", value: 60, unit: "day" }],
  ["It is a 48-year-old law.", { text: "48-year-old", kind: "measure", value: 48, unit: "year" }],
  ["Trump's four-point plan failed.", { text: "four-point", kind: "count", value: 4, unit: "point" }],
  ["Nearly 34,000 Americans died.", { text: "34,000 Americans", kind: "count", value: 34_000, unit: "American" }],
  ["Two of the justices dissented.", { text: "Two of the justices", kind: "count", value: 2, unit: "justice" }],
  ["It lasted one year.", { text: "one year", kind: "measure", value: 1, unit: "year" }],
  ["Crowds reached 2000 people.", { text: "2000 people", kind: "count", value: 2000, unit: "person" }],
  ["The summit lasted three days.", { text: "three days", kind: "measure", value: 3, unit: "day" }],
];

describe("findQuantities: one sentence, one quantity", () => {
  it.each(single)("%s", (sentence, expected) => {
    const found = findQuantities(sentence);
    expect(found).toHaveLength(1);
    const [q] = found;
    expect(q).toMatchObject({ text: expected.text, kind: expected.kind, unit: expected.unit });
    expect(q?.value).toBeCloseTo(expected.value, 9);
    if (expected.parts) expect(q?.parts).toEqual(expected.parts);
    expect(sentence.slice(q?.start, q?.end)).toBe(expected.text);
  });
});

/** Sentences with nothing worth reporting. */
const none: string[] = [
  "It is not helpful to impose on any one party the responsibility.",
  "He took the microphone one last time.",
  "North Korea’s ambassador spoke.",
  "One of them left early.",
  "Leaders met at the Group of Seven summit.",
  "The Fourth Amendment guards against search.",
  "Data held by third parties is protected.",
  "He flew an F-35 to the G7 meeting.",
  "COVID-19 spread fast.",
  "The council passed Resolution 2397.",
  "The talks came after the 9/11 attacks.",
  "Millions of people and decades of division.",
  "It was a one-time deal under a zero-tolerance policy.",
  "At first the plan looked odd.",
  "Prices rose in the second half of the year.",
];

describe("findQuantities: nothing to report", () => {
  it.each(none)("%s", (sentence) => {
    expect(findQuantities(sentence)).toEqual([]);
  });
});

describe("findQuantities: dates are left to the date finder", () => {
  it("does not report the day of 'Nov. 28' or the time '10 a.m.'", () => {
    expect(findQuantities("The Nov. 28 test began at 10 a.m. on November 28, 2017.")).toEqual([]);
  });
  it("reports a year that stands alone next to a date", () => {
    expect(findQuantities("On June 12, after the 2016 vote.").map((q) => q.text)).toEqual(["2016"]);
  });
});

describe("findQuantities: ranges", () => {
  it("gives both ends the unit written once", () => {
    const found = findQuantities("Prices rose from 5 to 10 percent, and 10-15 people came.");
    expect(found.map((q) => [q.text, q.value, q.unit])).toEqual([
      ["5", 5, "percent"],
      ["10 percent", 10, "percent"],
      ["10", 10, "person"],
      ["15 people", 15, "person"],
    ]);
  });
});

describe("findQuantities: several in one sentence", () => {
  it("finds them in text order with offsets", () => {
    const text = "Of 100 senators, 39 voted yes and 61 percent of voters agreed.";
    const found = findQuantities(text);
    expect(found.map((q) => q.text)).toEqual(["100 senators", "39", "61 percent"]);
    for (const q of found) expect(text.slice(q.start, q.end)).toBe(q.text);
  });
});
