// Loaded language: the word in the writer's own sentence that shows judgment, and a neutral one.
import type { Candidate } from "../types";
import type { GenerateContext } from "../context";
import { wordCount } from "../surface";
import { STOPWORDS } from "../../lexicon/stopwords";

export function loadedLanguage(ctx: GenerateContext): Candidate[] {
  const { a } = ctx;
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const loadedWords = new Set(a.sourcing.loadedWords.map((l) => l.text.toLowerCase()));
  const hedges = new Set(a.sourcing.hedges.map((h) => h.text.toLowerCase()));
  for (const lw of a.sourcing.loadedWords) {
    if (lw.inQuote || seen.has(lw.text.toLowerCase())) continue;
    // A word inside reported speech ("the minister argues that … a disaster") is the speaker's, not the writer's.
    if (a.quotations.some((q) => q.content.start <= lw.start && lw.end <= q.content.end)) continue;
    const s = ctx.sentenceAt(lw.start);
    if (!s || wordCount(s.text) > 40) continue;
    // Distractors: other plain content words of the same sentence, outside quotations.
    const words = [...s.text.matchAll(/(?<![\p{L}’'-])[\p{Ll}][\p{L}-]{3,}(?![\p{L}’'])/gu)]
      .map((m) => ({ w: m[0], at: s.start + m.index }))
      .filter(({ w, at }) => !STOPWORDS.has(w) && !loadedWords.has(w) && !hedges.has(w) && w !== lw.text.toLowerCase() && !insideQuote(a.text, s.start, at));
    const distractors = [...new Set(words.map((x) => x.w))].sort((x, y) => Math.abs(x.length - lw.text.length) - Math.abs(y.length - lw.text.length)).slice(0, 3);
    if (distractors.length < 3) continue;
    seen.add(lw.text.toLowerCase());
    const id = `loaded-language:${lw.start}`;
    const { options, option } = ctx.arrange(id, lw.text, distractors);
    const p = ctx.paragraphOf(lw.start);
    out.push({
      value: 0.75,
      question: {
        id,
        category: "media-literacy",
        type: "loaded-language",
        skill: "loaded language",
        standard: "RI.8.4",
        difficulty: 2,
        format: "mc",
        prompt: `Read this sentence from paragraph ${p}: “${s.text}” Which word shows the writer's judgment rather than neutral reporting?`,
        options,
        key: { option },
        evidence: [ctx.span(lw.start, lw.end), ctx.span(s.start, s.end)],
        explanation: `“${lw.text}” carries a judgment; a more neutral word would be “${lw.neutral}.”`,
      },
    });
  }
  return out;
}

function insideQuote(text: string, from: number, at: number): boolean {
  const before = text.slice(from, at);
  return (before.match(/“/g) ?? []).length > (before.match(/”/g) ?? []).length;
}
