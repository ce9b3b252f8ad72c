// One-article unit tests for single generators: the question each makes from a short text.
import { describe, expect, it } from "vitest";
import { ingestText } from "../../ingest";
import { analyze } from "../../analyze";
import { generate } from "../index";
import { makeContext } from "../context";
import { howMany } from "../candidates/how-many";
import { vocabulary } from "../candidates/vocabulary";
import { lowerFirst } from "../surface";
import type { VocabularyItem } from "../../analyze/vocabulary";

/** Ingest wants a few lines of body text; a neutral closing paragraph supplies them. */
const FILLER = "\n\nCouncil members will meet again next month to review the budget and hear from residents of the county.";

function analysisOf(body: string) {
  const r = ingestText(body + FILLER);
  if (!r.ok) throw new Error("did not ingest");
  return analyze(r.article);
}

describe("howMany", () => {
  it("asks about a counted object with did + base verb, dropping the qualifier", () => {
    const a = analysisOf("Police searched the warehouse on Monday.\n\nThe data included nearly 13,000 location points, showing his movements.");
    const [c] = howMany(makeContext(a, 0));
    expect(c?.question.prompt).toBe("How many location points did the data include?");
    expect(c!.question.options![c!.question.key.option!]).toBe("13,000");
    expect(c!.question.options).toHaveLength(4);
  });

  it("asks about a counted subject without inversion", () => {
    const a = analysisOf("The storm hit the coast on Friday.\n\nTwelve schools were closed across the county.");
    const [c] = howMany(makeContext(a, 0));
    expect(c?.question.prompt).toBe("How many schools were closed across the county?");
    expect(c!.question.options![c!.question.key.option!]).toBe("Twelve");
  });

  it("skips a number inside a prepositional phrase", () => {
    const a = analysisOf("The court met on Monday.\n\nHe was convicted on 11 counts of robbery.");
    expect(howMany(makeContext(a, 0))).toEqual([]);
  });
});

describe("vocabulary", () => {
  const a = analysisOf("The senator was a staunch ally of the governor.\n\nThe two met in the capital on Monday to discuss the state budget and the new school year.");
  const at = a.text.indexOf("staunch");
  const sentence = a.sentences.find((s) => s.start <= at && at < s.end)!;
  const item: VocabularyItem = {
    lemma: "staunch", pos: "adj", text: "staunch", start: at, end: at + 7,
    sentence: { start: sentence.start, end: sentence.end }, sentenceIndex: sentence.index, paragraph: sentence.paragraph,
    definition: "firm and dependable especially in loyalty", senseIndex: 0,
    otherSenses: ["stopping the flow of a liquid"],
    distractors: ["stopping the flow of a liquid", "loud and confused and empty talk", "marked by devotion to human welfare", "a government tax on imports"],
    synonyms: ["steadfast"],
  };

  it("keys the sense used and leaves out the word's other senses", () => {
    const [c] = vocabulary(makeContext(a, 0), [item]);
    const q = c!.question;
    expect(q.prompt).toContain("what does “staunch” most nearly mean?");
    expect(q.options![q.key.option!]).toBe("firm and dependable especially in loyalty");
    expect(q.options).not.toContain("stopping the flow of a liquid");
    expect(q.evidence[0]!.text).toBe("staunch");
  });

  it("is an optional input of generate, which stays JSON-serializable", () => {
    const without = generate(a);
    const withVocab = generate(a, { vocabulary: [item] });
    expect(without.pool.some((q) => q.type === "vocabulary")).toBe(false);
    expect(withVocab.pool.some((q) => q.type === "vocabulary")).toBe(true);
    expect(JSON.parse(JSON.stringify(withVocab))).toEqual(withVocab);
  });
});

describe("central idea", () => {
  it("offers no near-copy of the lede as a distractor", () => {
    const a = analysisOf(
      [
        "Mayor Ana Ruiz opened a new bridge over the Tamar River on Tuesday, ending a decade of debate about the crossing.",
        "The bridge cost the city about 40 million dollars and took three years to build, according to Paul Grant.",
        "Local shop owners said traffic on the main street had already fallen by the afternoon of the opening.",
        "A group of cyclists rode across the bridge at dawn, hours before the ceremony began.",
      ].join("\n\n"),
    );
    const q = generate(a).pool.find((x) => x.type === "central-idea")!;
    expect(q).toBeDefined();
    const key = q.options![q.key.option!]!;
    for (const o of q.options!) if (o !== key) expect(o.slice(0, 30)).not.toBe(key.slice(0, 30));
  });
});

describe("central idea and the headline", () => {
  it("offers no detail that repeats most of the headline's words, which a student could defend as the main idea", () => {
    const a = analysisOf(
      [
        "Bridge Vote Revives Bitter Council Divide",
        "The Millbrook council voted 5-4 on Tuesday to build a toll bridge over the Tamar River, reopening an old quarrel between its members.",
        "Work on the bridge would begin next spring and take about three years, according to the city engineer Paul Grant.",
        "The vote revived a bitter divide on the council over the bridge that had lasted for years, residents said after the meeting.",
        "Local shop owners said they expected more visitors once the new crossing opened to traffic.",
        "A group of cyclists asked the council to add a separate lane for bicycles on the new bridge.",
        "The toll would be two dollars for cars and free for people walking across the river.",
      ].join("\n\n"),
    );
    expect(a.article.header.title?.text).toBe("Bridge Vote Revives Bitter Council Divide");
    const q = generate(a).pool.find((x) => x.type === "central-idea")!;
    expect(q).toBeDefined();
    expect(q.options!.some((o) => o.startsWith("The vote revived a bitter divide"))).toBe(false);
  });
});

describe("lowerFirst", () => {
  it("lowercases a function word but not a name", () => {
    expect(lowerFirst("A number of factors matter")).toBe("a number of factors matter");
    expect(lowerFirst("Tillerson said so")).toBe("Tillerson said so");
  });
});

describe("side voice", () => {
  it("asks which side is quoted only when every quoted source has a known side", async () => {
    const { sideVoice } = await import("../candidates/side-voice");
    const { makeContext } = await import("../context");
    const { analyze } = await import("../../analyze");
    const { ingestText } = await import("../../ingest");
    const text =
      "Officials from three countries met in Geneva on Monday to discuss fishing rights in the northern sea.\n\n" +
      "Norway's fisheries minister, Kari Holm, said the talks were “a useful start, but only a start.”\n\n" +
      "Canada's envoy, Jon Einarsson, said his country would not accept new quotas this year.\n\n" +
      "Denmark's negotiator, Lars Berg, told reporters that his government wanted a longer season.";
    const r = ingestText(text);
    if (!r.ok) throw new Error(r.error.message);
    const qs = sideVoice(makeContext(analyze(r.article), 0));
    const mc = qs.find((c) => c.question.format === "mc")?.question;
    expect(mc?.options?.[mc.key.option!]).toBe("Norway");
    expect(qs.some((c) => c.question.format === "open")).toBe(true);
  });
});
