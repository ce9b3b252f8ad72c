// The checker against a teacher-labelled set: 30 questions over 6 articles, 266 answers.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkAnswer } from "../index";
import { casesOf, NEVER_CORRECT_KINDS, repairSeedQuotes, type LabelledQuestion } from "../fixtures/labelled-set";
import type { CheckArticle } from "../types";

const fixture = fileURLToPath(new URL("../fixtures/labelled-answers.json", import.meta.url));
const questions = JSON.parse(readFileSync(fixture, "utf8")) as LabelledQuestion[];
const articles = new Map<string, CheckArticle>();
function textOf(name: string): string {
  if (!articles.has(name)) {
    const text =
      name === "seed"
        ? repairSeedQuotes(readFileSync("/work/shared/seed/000_91c7a3b5aaffd13d.txt", "utf8"))
        : readFileSync(`/work/shared/corpus/voa/${name}`, "utf8");
    articles.set(name, { text });
  }
  return articles.get(name)!.text;
}
const cases = casesOf(questions, textOf);

describe("labelled answer set", () => {
  it("is big enough to mean something", () => {
    expect(questions.length).toBeGreaterThanOrEqual(20);
    expect(new Set(questions.map((q) => q.article)).size).toBeGreaterThanOrEqual(4);
    expect(cases.length).toBeGreaterThanOrEqual(200);
  });

  const results = cases.map((c) => ({ c, v: checkAnswer(c.question, c.answer, articles.get(c.article)!) }));

  it("agrees with the teacher on correct-vs-not for at least 95% of answers", () => {
    const agree = results.filter(({ c, v }) => (v.verdict === "correct") === (c.label === "correct")).length;
    const disagreements = results
      .filter(({ c, v }) => (v.verdict === "correct") !== (c.label === "correct"))
      .map(({ c, v }) => `${c.questionId}: ${c.shown} → ${v.verdict} (${v.rule}), teacher: ${c.label}`);
    expect(agree / results.length, disagreements.join("\n")).toBeGreaterThanOrEqual(0.95);
  });

  it("never accepts a negated, contradicting or wrong-person answer", () => {
    const accepted = results
      .filter(({ c, v }) => NEVER_CORRECT_KINDS.has(c.kind) && v.verdict === "correct")
      .map(({ c, v }) => `${c.questionId}: ${c.shown} (${v.rule})`);
    expect(accepted).toEqual([]);
  });

  it("gives every verdict a reason, a rule and evidence inside the article", () => {
    for (const { c, v } of results) {
      expect(v.reason.length).toBeGreaterThan(0);
      expect(v.rule.length).toBeGreaterThan(0);
      expect(v.score).toBeGreaterThanOrEqual(0);
      expect(v.score).toBeLessThanOrEqual(1);
      const text = articles.get(c.article)!.text;
      for (const e of v.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    }
  });
});
