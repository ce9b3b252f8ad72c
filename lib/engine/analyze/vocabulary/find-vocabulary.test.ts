import { describe, expect, it } from "vitest";
import { findVocabulary } from "./index";
import type { Dictionary, DictionarySense, PartOfSpeech } from "./dictionary";
import type { Sentence } from "../types";

const sense = (definition: string, synonyms: string[] = [], examples: string[] = [], frequency = 0): DictionarySense => ({ definition, synonyms, examples, frequency });

// A tiny dictionary: enough senses to test tagging, sense choice and distractors.
const WORDS: Record<string, Partial<Record<PartOfSpeech, DictionarySense[]>>> = {
  staunch: {
    verb: [sense("stop the flow of a liquid", ["stem", "stanch"], ["staunch the blood flow"])],
    adj: [sense("firm and dependable especially in loyalty", ["steadfast"])],
  },
  shoal: {
    noun: [
      sense("a large group of fish", ["school"], ["a shoal of fish"], 2),
      sense("a sandbank in a stretch of water that is visible at low tide", ["sandbank"], [], 1),
    ],
  },
  rhetoric: {
    // Counts as a sense-tagged corpus gives them: the first sense is the usual one.
    noun: [sense("using language effectively to please or persuade", [], [], 2), sense("loud and confused and empty talk", ["hot air"])],
  },
  rebuke: { noun: [sense("an act or expression of criticism and censure")], verb: [sense("censure severely", [], [], 3)] },
  defiantly: { adv: [sense("in a rebellious manner")] },
  humanitarian: { adj: [sense("marked by devotion to human welfare"), sense("of or relating to humanitarianism")], noun: [sense("someone devoted to the promotion of human welfare")] },
  provoke: { verb: [sense("provide the needed stimulus for", [], [], 4), sense("call forth emotions or feelings", [], [], 1)] },
  // Four untagged senses with nothing in common, as WordNet has them.
  lifeline: {
    noun: [
      sense("a crease on the palm; its length is said by palmists to indicate how long you will live", ["line of life", "life line"]),
      sense("support that enables people to survive or to continue doing something (often by providing an essential connection)", [], ["the airlift provided a lifeline for Berlin"]),
      sense("line that raises or lowers a deep-sea diver"),
      sense("line thrown from a vessel that people can cling to in order to save themselves from drowning"),
    ],
  },
  // Two untagged senses that are shades of one meaning.
  citizenship: { noun: [sense("the status of a citizen with rights and duties"), sense("conduct as a citizen", [], ["award for good citizenship"])] },
  tariff: { noun: [sense("a government tax on imports or exports")] },
  uptick: { noun: [sense("a transaction in the stock market at a price above the price of the preceding transaction")] },
  domestic: {
    noun: [sense("a servant who is paid to perform menial tasks around the household", [], [], 5)],
    adj: [sense("of concern to or concerning the internal affairs of a nation", [], [], 3), sense("of or involving the home or family")],
  },
  rally: { noun: [sense("(baseball) a score of several runs in one inning", [], [], 3), sense("a large gathering of people intended to arouse enthusiasm")] },
};
const fake: Dictionary = { senses: (lemma, pos) => WORDS[lemma]?.[pos] ?? [] };

function sentencesIn(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const m of text.matchAll(/[^.!?]+[.!?]/g)) {
    const start = (m.index ?? 0) + (m[0].length - m[0].trimStart().length);
    const end = (m.index ?? 0) + m[0].length;
    out.push({ start, end, text: text.slice(start, end), index: out.length, paragraph: out.length });
  }
  return out;
}
const vocab = (text: string, max?: number) => findVocabulary(text, sentencesIn(text), fake, { max });

describe("findVocabulary", () => {
  it("tags a word after 'to' as a verb and defines it in that sense", () => {
    const [item] = vocab("The diplomat struggled to staunch the confusion.");
    expect(item).toMatchObject({ lemma: "staunch", pos: "verb", text: "staunch", definition: "stop the flow of a liquid" });
  });

  it("tags the same word after a determiner as an adjective", () => {
    const [item] = vocab("She is a staunch ally of the president.");
    expect(item).toMatchObject({ lemma: "staunch", pos: "adj" });
  });

  it("lemmatizes plurals and past forms, with offsets to the word as written", () => {
    const text = "The comments earned rebukes from the diplomats.";
    const [item] = vocab(text);
    expect(item).toMatchObject({ lemma: "rebuke", pos: "noun", text: "rebukes" });
    expect(text.slice(item!.start, item!.end)).toBe("rebukes");
    expect(text.slice(item!.sentence.start, item!.sentence.end)).toBe(text);
  });

  it("chooses the sense whose definition shares words with the sentence (Lesk)", () => {
    const [item] = vocab("The boat ran onto a shoal at low tide.");
    expect(item).toMatchObject({ lemma: "shoal", senseIndex: 1, definition: "a sandbank in a stretch of water that is visible at low tide" });
    expect(item!.otherSenses).toEqual(["a large group of fish"]);
  });

  it("falls back to the first sense when the sentence says nothing about any", () => {
    const [item] = vocab("Nobody mentioned the shoal yesterday.");
    expect(item!.senseIndex).toBe(0);
  });

  it("skips everyday words, names in mid-sentence, and words the dictionary lacks", () => {
    const items = vocab("Yesterday the Rhetoric Club met a man at the house to discuss denuclearization.");
    expect(items).toEqual([]);
  });

  it("offers three wrong definitions: other senses first, then other words of the same part of speech", () => {
    const text = "The rhetoric grew. The tariff was high. The shoal was near. They earned rebukes.";
    const item = vocab(text).find((i) => i.lemma === "rhetoric")!;
    expect(item.distractors).toHaveLength(3);
    expect(item.distractors[0]).toBe("loud and confused and empty talk");
    expect(item.distractors).not.toContain(item.definition);
  });

  it("lists each lemma once, at its first use, and respects max", () => {
    const text = "The rhetoric grew. More rhetoric followed. He left defiantly. They may provoke a crisis.";
    const items = vocab(text);
    expect(items.filter((i) => i.lemma === "rhetoric")).toHaveLength(1);
    expect(items.find((i) => i.lemma === "rhetoric")!.sentenceIndex).toBe(0);
    expect(vocab(text, 2)).toHaveLength(2);
    expect(vocab(text, 0)).toEqual([]);
  });

  it("returns items in text order", () => {
    const items = vocab("He left defiantly. The rhetoric grew. They may provoke a crisis.");
    expect(items.map((i) => i.lemma)).toEqual(["defiantly", "rhetoric", "provoke"]);
  });
});

describe("specialist senses and coordinated adjectives", () => {
  it("skips a word whose only sense belongs to a field the sentence is not about", () => {
    expect(vocab("A recent uptick in the rejection rate of asylum cases could accelerate.").map((v) => v.lemma)).not.toContain("uptick");
  });

  it("prefers an everyday sense to a specialist one when the sentence says nothing of either", () => {
    const [v] = vocab("Thousands joined the rally outside the city hall on Sunday.");
    expect(v?.definition).toBe("a large gathering of people intended to arouse enthusiasm");
  });

  it("reads a word joined to another modifier by “and” as an adjective", () => {
    const v = vocab("Many seek asylum on grounds of domestic and gang violence in their home countries.").find((x) => x.text === "domestic");
    expect(v?.pos).toBe("adj");
  });
});

describe("senses that cannot be told apart", () => {
  it("leaves out a word with unrelated, untagged senses when neither the sentence nor the article points to one", () => {
    expect(vocab("Officials accused the two countries of giving the regime an economic lifeline.").map((v) => v.lemma)).not.toContain("lifeline");
  });

  it("takes the sense the sentence shares words with, even among untagged senses", () => {
    const v = vocab("The airlift gave the city a lifeline that enabled people to survive the winter.").find((x) => x.lemma === "lifeline");
    expect(v?.definition).toMatch(/^support that enables people to survive/);
  });

  it("takes the first of untagged senses that are shades of one meaning", () => {
    expect(vocab("The bill offers a path to citizenship for young immigrants.").find((x) => x.lemma === "citizenship")?.senseIndex).toBe(0);
  });

  it("takes the first sense when the tagged corpus saw it far more often", () => {
    expect(vocab("They may provoke a crisis.").find((x) => x.lemma === "provoke")?.senseIndex).toBe(0);
  });
});
