// The indexed look-ups must answer exactly as the plain scans they replace: each is checked
// against that scan on random inputs and on a corpus article.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { REPORTING_VERBS } from "../../../lexicon/speech-cues";
import type { Sentence, Span } from "../../types";
import type { Candidate, Context } from "../02-context";
import { candidatesEndingBetween, candidatesWithin, candidateStartingAt, candidateStartingNear, sentenceHolding } from "../lookup";
import { phraseMatcher } from "../phrase-matcher";
import { containTest, overlapTest } from "../span-index";

/** A small deterministic random generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

function randomSpans(rnd: () => number, n: number, size: number): Span[] {
  return Array.from({ length: n }, () => {
    const start = Math.floor(rnd() * size);
    return { start, end: start + Math.floor(rnd() * 12) };
  });
}

describe("span index", () => {
  it("answers overlap and containment as a scan of every span does", () => {
    const rnd = random(7);
    for (let round = 0; round < 50; round++) {
      const spans = randomSpans(rnd, Math.floor(rnd() * 20), 100);
      const overlaps = overlapTest(spans);
      const contains = containTest(spans);
      for (let k = 0; k < 40; k++) {
        const start = Math.floor(rnd() * 110) - 5;
        const end = start + Math.floor(rnd() * 15);
        expect(overlaps(start, end)).toBe(spans.some((s) => s.start < end && start < s.end));
        expect(contains(start, end)).toBe(spans.some((s) => s.start <= start && end <= s.end));
      }
    }
  });
});

describe("candidate and sentence look-ups", () => {
  it("give the same candidates, in the same order, as filtering them all", () => {
    const rnd = random(11);
    for (let round = 0; round < 30; round++) {
      const candidates: Candidate[] = randomSpans(rnd, 30, 200)
        .map((s, i) => ({ ...s, kind: "person" as const, text: `c${i}`, personId: null, groupId: null, mentionKind: "full-name" }))
        .sort((a, b) => a.start - b.start || b.end - a.end);
      const ctx = { candidates } as unknown as Context;
      for (let k = 0; k < 40; k++) {
        const from = Math.floor(rnd() * 210);
        const to = from + Math.floor(rnd() * 40);
        expect(candidatesWithin(ctx, from, to)).toEqual(candidates.filter((c) => c.start >= from && c.end <= to));
        expect(candidatesEndingBetween(ctx, from - 2, from)).toEqual(candidates.filter((c) => c.end >= from - 2 && c.end <= from));
        expect(candidateStartingAt(ctx, from)).toBe(candidates.find((c) => c.start === from));
        expect(candidateStartingNear(ctx, from, 2)).toBe(candidates.find((c) => c.start >= from && c.start - from <= 2));
      }
    }
  });

  it("find the sentence holding an offset, else the one ending there", () => {
    const sentences: Sentence[] = [];
    let at = 0;
    for (let i = 0; i < 20; i++) {
      const start = at + (i % 3);
      const end = start + (i % 5 === 0 ? 0 : 5 + (i % 4));
      sentences.push({ start, end, text: "", index: i, paragraph: 0 } as Sentence);
      at = end;
    }
    for (let offset = -1; offset <= at + 2; offset++) {
      const plain = sentences.find((s) => s.start <= offset && offset < s.end) ?? sentences.find((s) => s.end === offset);
      expect(sentenceHolding(sentences, offset)).toBe(plain);
    }
  });
});

describe("phrase matcher windows", () => {
  // The matcher before its cache: a regex run from `from` for every window.
  function direct(phrases: readonly string[], caseSensitive: boolean) {
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
    const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length).map(escape);
    const re = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${sorted.join("|")})(?![\\p{L}\\p{N}-])`, caseSensitive ? "gu" : "giu");
    return (text: string, from: number, to: number) => {
      const out: Span[] = [];
      re.lastIndex = from;
      for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) if (m.index + m[0].length <= to) out.push({ start: m.index, end: m.index + m[0].length });
      return out;
    };
  }

  it("finds in every window what a scan started at the window finds", () => {
    const text = readFileSync(new URL("../../../../../content/library/bloomberg-tillerson-un-north-korea.txt", import.meta.url), "utf8");
    const phrases = [...REPORTING_VERBS, "called on", "on"];
    const fast = phraseMatcher(phrases, { caseSensitive: true });
    const slow = direct(phrases, true);
    const rnd = random(3);
    for (let k = 0; k < 300; k++) {
      const from = Math.floor(rnd() * text.length);
      const to = from + Math.floor(rnd() * 300);
      expect(fast(text, from, to).map(({ start, end }) => ({ start, end }))).toEqual(slow(text, from, to));
    }
    // Windows starting inside a match ("alled on") read the text from there, as before.
    const at = text.search(/\bsaid\b/);
    expect(fast(text, at + 1, at + 200).map((s) => s.start)).toEqual(slow(text, at + 1, at + 200).map((s) => s.start));
  });

  it("keeps its answers when another text of the same length is asked about in between", () => {
    const match = phraseMatcher(["said"]);
    expect(match("he said it", 0, 10).map((s) => s.start)).toEqual([3]);
    expect(match("he told it", 0, 10)).toEqual([]);
    expect(match("he said it", 2, 10).map((s) => s.start)).toEqual([3]);
  });
});
