// Corpus checks on 15 VOA articles: abbreviations, initials and dates never cut a sentence.
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { TextSpan } from "../../types";
import { splitSentences } from "./index";

const DIR = new URL("../../../../../shared/corpus/voa/", import.meta.url);
const articles = readdirSync(DIR)
  .filter((f) => f.endsWith(".txt"))
  .map((file) => ({ file, text: readFileSync(new URL(file, DIR), "utf8") }));

/** Pairs of sentences that sit next to each other in one block (no line break between). */
function neighbours(text: string, sentences: TextSpan[]): [TextSpan, TextSpan][] {
  const pairs: [TextSpan, TextSpan][] = [];
  for (let n = 1; n < sentences.length; n++) {
    const a = sentences[n - 1]!;
    const b = sentences[n]!;
    if (!text.slice(a.end, b.start).includes("\n")) pairs.push([a, b]);
  }
  return pairs;
}

describe("VOA corpus", () => {
  it("has the 15 articles", () => expect(articles).toHaveLength(15));

  it.each(articles)("$file: no sentence starts in lower case or after a title or date abbreviation", ({ text }) => {
    const sentences = splitSentences(text);
    for (const [a, b] of neighbours(text, sentences)) {
      expect(b.text, `split after: ${a.text.slice(-30)}`).not.toMatch(/^\p{Ll}/u);
      expect(a.text, `bad end before: ${b.text.slice(0, 30)}`).not.toMatch(
        /\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|v|vs|Jan|Feb|Aug|Sept|Oct|Nov|Dec|No|[A-Z])\.$/,
      );
      // "U.S." may end a sentence only before a word that opens one ("U.S. The …").
      if (/U\.S\.$/.test(a.text)) expect(b.text).toMatch(/^(?:The|It|He|She|They|But|In)\b/);
    }
  });

  it.each(articles)("$file: offsets cut out each sentence's text, in order and without overlap", ({ text }) => {
    const sentences = splitSentences(text);
    let last = 0;
    for (const s of sentences) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.start).toBeGreaterThanOrEqual(last);
      last = s.end;
    }
  });

  it("keeps known hard sentences whole", () => {
    const all = articles.flatMap(({ text }) => splitSentences(text).map((s) => s.text));
    const whole = (start: string) => all.find((s) => s.startsWith(start));
    expect(whole("Senate Majority Leader Mitch McConnell said Saturday night")).toMatch(/1 a\.m\. Monday .* until Feb\. 8\.$/);
    expect(whole("In Carpenter v. United States")).toMatch(/obtain the information\.$/);
    expect(whole("Kim Yong Chol, the vice chairman")).toMatch(/John F\. Kennedy International Airport\.$/);
    expect(whole("Pompeo to Meet with Top N. Korean Official in NY")).toBe("Pompeo to Meet with Top N. Korean Official in NY");
    expect(whole("The Salvadoran woman, known by her initials A.B.")).toMatch(/she said\.$/);
    expect(whole("Comey's move to clear")).toMatch(/on Oct\. 28, 2016, despite .*"a serious error of judgment\."$/);
  });

  it("splits sentences whose space was lost in the source", () => {
    const all = articles.flatMap(({ text }) => splitSentences(text).map((s) => s.text));
    expect(all).toContain("Roberts was joined by four liberal justices.");
    expect(all).toContain("The rest of the high court's conservative wing dissented.");
  });

  it("counts the sentences of every article (VOA: 10 to 16 each, headline included)", () => {
    for (const { text } of articles) {
      const n = splitSentences(text).length;
      expect(n).toBeGreaterThanOrEqual(10);
      expect(n).toBeLessThanOrEqual(17);
    }
  });
});
