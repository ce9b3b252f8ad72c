import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sourcingSignals } from "..";
import { findQuotations } from "../../quotations";
import seedGold from "../../quotations/__golden__/seed.json";
import { runGolden, SHARED, type Golden } from "../../quotations/__tests__/golden";
import { entitiesOf, paragraphsOf, sentencesOf } from "../../quotations/__tests__/helpers";

function signalsOf(text: string) {
  const paragraphs = paragraphsOf(text);
  const sentences = sentencesOf(text, paragraphs);
  const { people, groups } = entitiesOf(text, [{ name: "Ana Ruiz", aliases: ["Ruiz"], affiliation: "City Council" }], []);
  return sourcingSignals(text, sentences, findQuotations(text, sentences, people, groups), people, groups);
}

describe("sourcingSignals on the seed", () => {
  const gold = seedGold as Golden;
  const r = runGolden(gold, readFileSync(SHARED + gold.source, "utf8"));
  const { people, groups } = entitiesOf(r.text, r.gold.people, r.gold.groups);
  const sentences = sentencesOf(r.text, paragraphsOf(r.text));
  const s = sourcingSignals(r.text, sentences, r.predicted, people, groups);
  const by = (label: string) => s.sources.find((x) => x.label === label)!;

  it("Tillerson gets the most quoted words; Nebenzya and Ja Song Nam are only paraphrased", () => {
    const top = [...s.sources].sort((a, b) => b.quotedWords - a.quotedWords)[0]!;
    expect(top.label).toBe("Rex Tillerson");
    expect(by("Wu Haitao")).toMatchObject({ directQuotes: 2, quotedDirectly: true });
    expect(by("Vasily Nebenzya")).toMatchObject({ quotedDirectly: false, quotedWords: 0, paraphrases: 2 });
    expect(by("Ja Song Nam").quotedDirectly).toBe(false);
    expect(by("North Korea")).toMatchObject({ groupId: expect.any(String), paraphrases: 1 });
  });

  it("finds loaded words with neutral alternatives", () => {
    const words = Object.fromEntries(s.loadedWords.map((w) => [w.text, w.neutral]));
    expect(words).toMatchObject({ defiantly: "firmly", regime: "government" });
    for (const w of s.loadedWords) expect(r.text.slice(w.start, w.end)).toBe(w.text);
  });

  it("marks modal opinion words inside quotes as the speaker's", () => {
    const must = s.opinionMarkers.filter((m) => m.text === "must");
    expect(must.some((m) => m.inQuote)).toBe(true);
    expect(must.some((m) => !m.inQuote)).toBe(true); // "must cut crude oil shipments" is reported
  });
});

describe("sourcingSignals, short cases", () => {
  it("counts anonymous sources and phrases of anonymity", () => {
    const s = signalsOf("Officials said the plant would close. One worker, who asked not to be named, was upset.");
    expect(s.anonymousSources.map((a) => a.phrase)).toEqual(["Officials", "asked not to be named"]);
    expect(s.namedSources).toBe(0);
  });

  it("finds hedges and first person in the writer's voice", () => {
    const s = signalsOf("The storm may reach the coast. I believe we should leave.");
    expect(s.hedges.map((h) => h.text)).toContain("may");
    expect(s.opinionMarkers.map((o) => `${o.kind}:${o.text}`)).toEqual(expect.arrayContaining(["judgment:I believe", "modal:should", "first-person:I", "first-person:we"]));
  });

  it("flags a number claim with no source, but not an attributed one or a date", () => {
    const s = signalsOf("Prices rose 12% last year. Ruiz said 40 homes were sold. The vote is on Nov. 28 in 2024.");
    expect(s.unsourcedNumberClaims.map((c) => c.numbers.map((n) => n.text))).toEqual([["12%"]]);
  });

  it("tallies sides from affiliations", () => {
    const s = signalsOf("“We will vote no,” Ruiz said. “The plan costs too much.”");
    expect(s.sides).toEqual([{ side: "City Council", quotedWords: 9, attributions: 1, sources: ["person:p1"] }]);
  });
});
