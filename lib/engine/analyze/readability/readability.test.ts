// Readability figures on texts small enough to count by hand.
import { describe, expect, it } from "vitest";
import type { Span } from "../../types";
import { countSyllables, gradeBand, isCommonWord, readability } from "./index";

const spansEndingAt = (...ends: number[]): Span[] => {
  let start = 0;
  return ends.map((end) => {
    const span = { start, end };
    start = end + 1;
    return span;
  });
};

describe("countSyllables", () => {
  it.each([
    ["cat", 1], ["the", 1], ["table", 2], ["make", 1], ["makes", 1], ["boxes", 2], ["wanted", 2],
    ["jumped", 1], ["played", 1], ["nation", 2], ["radio", 3], ["various", 3], ["actual", 3],
    ["beautiful", 3], ["being", 2], ["easier", 3], ["year", 1], ["beyond", 2], ["player", 2],
    ["lately", 2], ["statement", 2], ["completely", 3], ["immigration", 4], ["legislative", 4],
    ["government", 3], ["president", 3], ["democratic", 4], ["possibility", 5], ["university", 5],
    ["communication", 5], ["people", 2], ["special", 2], ["million", 2], ["agree", 2], ["places", 2],
    ["changes", 2], ["studied", 2], ["every", 2], ["area", 3], ["bi-partisan", 4], ["U.S.", 2],
    ["2017", 4], ["denuclearization", 6], ["responsibility", 6], ["humanitarian", 6], ["don't", 1],
  ] as const)("%s has %i", (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables);
  });

  it("counts no syllables in a word without letters or digits", () => {
    expect(countSyllables("—")).toBe(0);
  });
});

describe("readability", () => {
  it("scores one- and two-word sentences by the Flesch formulas", () => {
    // 9 words, 2 sentences, 9 syllables: 0.39·4.5 + 11.8·1 − 15.59 = −2.035;
    // 206.835 − 1.015·4.5 − 84.6·1 = 117.6675. "mat" is the one word not on the easy list.
    const text = "The cat sat on the mat. The dog ran.";
    expect(readability(text, spansEndingAt(23, 36))).toEqual({
      words: 9,
      sentences: 2,
      syllables: 9,
      fleschKincaidGrade: -2,
      fleschReadingEase: 117.7,
      daleChall: null,
      commonWordShare: 0.89,
      readingMinutes: 1,
      gradeBand: "3-5",
    });
  });

  it("rates long words as college level", () => {
    // 4 words, 1 sentence, 4+4+2+4 = 14 syllables: 0.39·4 + 11.8·3.5 − 15.59 = 27.27;
    // 206.835 − 1.015·4 − 84.6·3.5 = −93.325.
    const text = "Immigration legislation remains controversial.";
    const result = readability(text, [{ start: 0, end: text.length }]);
    expect(result).toMatchObject({ words: 4, sentences: 1, syllables: 14, fleschKincaidGrade: 27.3, fleschReadingEase: -93.3, gradeBand: "college" });
  });

  it("counts only words inside the given sentences", () => {
    const text = "HEADLINE WORDS HERE\n\nShe ran.";
    expect(readability(text, [{ start: 21, end: 29 }]).words).toBe(2);
  });

  it("ignores sentences without words and gives zeros for no text", () => {
    const text = "— ";
    expect(readability(text, [{ start: 0, end: 1 }])).toMatchObject({ words: 0, sentences: 0, fleschKincaidGrade: 0, readingMinutes: 0 });
  });

  it("reads at 200 words a minute, rounded up", () => {
    const text = "Go now. ".repeat(201).trim();
    const sentences = Array.from({ length: 201 }, (_, i) => ({ start: i * 8, end: i * 8 + 7 }));
    const result = readability(text, sentences);
    expect(result.words).toBe(402);
    expect(result.readingMinutes).toBe(3);
  });

  it("treats names and numbers as familiar words", () => {
    const text = "Then Ngozi paid 40 dollars.";
    expect(readability(text, [{ start: 0, end: text.length }]).commonWordShare).toBe(1);
  });
});

describe("gradeBand", () => {
  it.each([
    [2, "3-5"], [5.9, "3-5"], [6, "6-8"], [8.9, "6-8"], [9, "9-10"], [10.9, "9-10"], [11, "11-12"],
    [12.9, "11-12"], [13, "college"],
  ] as const)("grade %d is %s", (grade, band) => {
    expect(gradeBand(grade)).toBe(band);
  });
});

describe("isCommonWord", () => {
  it.each(["cities", "stopped", "running", "hoped", "happier", "Teachers", "dog's"])("%s is common", (w) => {
    expect(isCommonWord(w)).toBe(true);
  });
  it.each(["denuclearization", "excoriated", "rhetoric", "sanctions"])("%s is not", (w) => {
    expect(isCommonWord(w)).toBe(false);
  });
});

describe("VOA corpus", () => {
  it("rates adult news between grade 9 and college, at 1 to 3 minutes an article", async () => {
    const { readFileSync, readdirSync } = await import("node:fs");
    const { splitSentences } = await import("../sentences");
    const dir = new URL("../../../../../shared/corpus/voa/", import.meta.url);
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
      const text = readFileSync(new URL(file, dir), "utf8");
      const result = readability(text, splitSentences(text));
      expect(result.fleschKincaidGrade, file).toBeGreaterThan(9);
      expect(result.fleschKincaidGrade, file).toBeLessThan(25);
      expect(["9-10", "11-12", "college"]).toContain(result.gradeBand);
      expect(result.readingMinutes).toBeGreaterThanOrEqual(1);
      expect(result.readingMinutes).toBeLessThanOrEqual(3);
      expect(result.commonWordShare).toBeGreaterThan(0.5);
      expect(result.commonWordShare).toBeLessThan(0.95);
    }
  });
});
