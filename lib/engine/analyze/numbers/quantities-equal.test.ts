import { describe, expect, it } from "vitest";
import { parseQuantity } from "./parse-quantity";
import { quantitiesEqual } from "./quantities-equal";

function same(key: string, answer: string): boolean {
  const a = parseQuantity(key);
  const b = parseQuantity(answer);
  if (!a || !b) throw new Error(`unreadable: ${!a ? key : answer}`);
  return quantitiesEqual(a, b);
}

/** [key, answer]: a teacher accepts the answer. */
const accepted: [string, string][] = [
  ["seven to two", "7 to 2"],
  ["7-2", "seven to two"],
  ["7-2", "7 to 2"],
  ["7-2", "2-7"],
  ["$3,400,000", "3.4 million dollars"],
  ["$3.4 million", "about 3.4 million"],
  ["$3.4 million", "$3,400,000"],
  ["$3.4 million", "3400000"],
  ["64%", "64 percent"],
  ["64%", "sixty-four percent"],
  ["64%", "sixty four per cent"],
  ["64%", "64"],
  ["1 in 5", "one in five"],
  ["1 in 5", "20%"],
  ["1 in 5", "a fifth"],
  ["a fifth", "one fifth"],
  ["a fifth", "1/5"],
  ["a third", "33%"],
  ["half", "50 percent"],
  ["3.5 miles", "3.5 mi"],
  ["3.5 miles", "three point five miles"],
  ["15 years", "15 yrs"],
  ["15 years", "fifteen years"],
  ["15 years", "15"],
  ["39 senators", "39"],
  ["39 senators", "thirty-nine"],
  ["39 senators", "39 votes"],
  ["1.8 million people", "1,800,000"],
  ["ten days", "10 days"],
  ["sixth", "6th"],
  ["sixth", "6"],
  ["1953", "in 1953"],
  ["It was one.", "1"],
  ["€5", "5 euros"],
];

/** [key, answer]: a teacher marks the answer wrong. */
const rejected: [string, string][] = [
  ["3.5 miles", "35 miles"],
  ["3.5 miles", "3.5 km"],
  ["15 years", "15 months"],
  ["$3.4 million", "3.4 billion"],
  ["$3.4 million", "$34 million"],
  ["$5", "€5"],
  ["64%", "46%"],
  ["64%", "64 senators"],
  ["1 in 5", "1 in 4"],
  ["1 in 5", "20"],
  ["7-2", "5-4"],
  ["7-2", "7"],
  ["39 senators", "39 percent"],
  ["39 senators", "38 senators"],
  ["ten days", "ten weeks"],
  ["a fifth", "a fourth"],
];

describe("quantitiesEqual: a teacher accepts", () => {
  it.each(accepted)("key %s, answer %s", (key, answer) => {
    expect(same(key, answer)).toBe(true);
    expect(same(answer, key)).toBe(true);
  });
});

describe("quantitiesEqual: a teacher rejects", () => {
  it.each(rejected)("key %s, answer %s", (key, answer) => {
    expect(same(key, answer)).toBe(false);
    expect(same(answer, key)).toBe(false);
  });
});

describe("parseQuantity", () => {
  it("reads the number inside a sentence-like answer", () => {
    expect(parseQuantity("It was about 3.4 million.")).toMatchObject({ value: 3_400_000, unit: null });
  });
  it("reads a lone 'one' in an answer", () => {
    expect(parseQuantity("one")).toMatchObject({ value: 1, kind: "count" });
  });
  it("reads 'seven to two' as a split without a vote word", () => {
    expect(parseQuantity("seven to two")).toMatchObject({ kind: "ratio", parts: [7, 2] });
  });
  it("returns null when the answer states no number", () => {
    expect(parseQuantity("Japan")).toBeNull();
    expect(parseQuantity("")).toBeNull();
  });
});
