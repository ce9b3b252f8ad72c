import { afterAll, describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { WordNetDictionary, splitGloss } from "./wordnet-reader";
import { ingestText } from "@/lib/engine/ingest";
import { sentencesOf } from "@/lib/engine/analyze/sentences";
import { findVocabulary } from "@/lib/engine/analyze/vocabulary";

const dictionary = new WordNetDictionary();
afterAll(() => dictionary.close());

function vocabularyOf(path: string) {
  const result = ingestText(readFileSync(path, "utf8"));
  if (!result.ok) throw new Error(result.error.message);
  const { text, paragraphs } = result.article;
  return { text, items: findVocabulary(text, sentencesOf(text, paragraphs), dictionary) };
}

describe("WordNetDictionary", () => {
  it("reads senses with definition, synonyms and examples", () => {
    const [staunch] = dictionary.senses("staunch", "verb");
    expect(staunch).toMatchObject({ definition: "stop the flow of a liquid", examples: ["staunch the blood flow", "stem the tide"] });
    expect(staunch!.synonyms).toContain("stem");
    expect(dictionary.senses("rhetoric", "noun").length).toBeGreaterThanOrEqual(3);
  });

  it("knows nothing of unknown words and leaves out proper-noun senses", () => {
    expect(dictionary.senses("denuclearization", "noun")).toEqual([]);
    expect(dictionary.senses("china", "noun").every((s) => /porcelain/.test(s.definition))).toBe(true);
  });

  it("splits a gloss into definition and examples, dropping a leading usage note", () => {
    expect(splitGloss('(often plural) a means of access; "lines of communication"')).toEqual({ definition: "a means of access", examples: ["lines of communication"] });
  });
});

describe("vocabulary of the seed article with WordNet", () => {
  const { text, items } = vocabularyOf("/work/shared/seed/000_91c7a3b5aaffd13d.txt");
  const byLemma = new Map(items.map((i) => [i.lemma, i]));

  it("finds the words a teacher would pre-teach", () => {
    for (const lemma of ["staunch", "implementation", "rebuke", "defiantly"]) expect(byLemma.has(lemma), lemma).toBe(true);
    const expected = ["staunch", "rhetoric", "formulation", "implementation", "rebuke", "defiantly", "humanitarian", "precondition", "unilateral", "envoy"];
    expect(items.filter((i) => expected.includes(i.lemma)).length).toBeGreaterThanOrEqual(6);
    expect(items.length).toBeLessThanOrEqual(8);
  });

  it("defines each in the sense used, with the right part of speech", () => {
    expect(byLemma.get("staunch")).toMatchObject({ pos: "verb", definition: "stop the flow of a liquid" });
    expect(byLemma.get("rebuke")).toMatchObject({ pos: "noun", text: "rebukes" });
    expect(byLemma.get("defiantly")).toMatchObject({ pos: "adv", definition: "in a rebellious manner" });
  });

  it("leaves out a word whose sense it cannot tell rather than define it wrongly", () => {
    // "an economic lifeline": four untagged WordNet senses, none sharing a word with the sentence;
    // the first is "a crease on the palm …". "beyond the rhetoric": four untagged senses too.
    expect(byLemma.has("lifeline")).toBe(false);
    expect(byLemma.has("rhetoric")).toBe(false);
  });

  it("points at the word and its sentence", () => {
    for (const item of items) {
      expect(text.slice(item.start, item.end)).toBe(item.text);
      expect(item.start).toBeGreaterThanOrEqual(item.sentence.start);
      expect(item.end).toBeLessThanOrEqual(item.sentence.end);
    }
  });

  it("gives wrong definitions that differ from the right one", () => {
    for (const item of items) {
      expect(item.distractors).not.toContain(item.definition);
      expect(new Set(item.distractors).size).toBe(item.distractors.length);
    }
    expect(byLemma.get("implementation")!.distractors).toHaveLength(3);
  });
});

describe("vocabulary over the VOA corpus", () => {
  const dir = "/work/shared/corpus/voa";
  const files = readdirSync(dir).filter((f) => f.endsWith(".txt"));
  it.each(files)("%s: a few defined words, spread over the article, no names", (file) => {
    const { text, items } = vocabularyOf(`${dir}/${file}`);
    expect(items.length).toBeGreaterThanOrEqual(3);
    for (const item of items) {
      expect(item.definition.length).toBeGreaterThan(0);
      expect(text.slice(item.start, item.end)).toBe(item.text);
    }
    expect(new Set(items.map((i) => i.paragraph)).size).toBeGreaterThanOrEqual(Math.min(3, items.length));
  });
});
