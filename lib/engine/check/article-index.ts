// Everything the checker reads off an article once and reuses for every answer to it.
import type { TextSpan } from "../types";
import { splitSentences } from "../analyze/sentences";
import { STOPWORDS } from "../lexicon/stopwords";
import type { CheckArticle } from "./types";
import { entitiesFromAnalysis, entitiesFromRuns, type Entity } from "./entities";
import { readTokens, type Token } from "./text-tokens";

export interface ArticleIndex {
  text: string;
  tokens: Token[];
  sentences: TextSpan[];
  /** Content lemmas of each sentence, by sentence index. */
  sentenceLemmas: Set<string>[];
  entities: Entity[];
  /** Words the article writes with a capital where a capital means a name. */
  properWords: Set<string>;
}

const CACHE = new WeakMap<CheckArticle, ArticleIndex>();

export function indexArticle(article: CheckArticle): ArticleIndex {
  const cached = CACHE.get(article);
  if (cached !== undefined) return cached;
  const text = article.text;
  const tokens = readTokens(text);
  const lowerSeen = new Set<string>();
  const capInside = new Set<string>();
  for (const t of tokens) {
    if (!t.cap) lowerSeen.add(t.norm);
    else if (!t.sentenceStart) capInside.add(t.norm);
  }
  const headline = headlineRanges(text);
  // A capital at a sentence start is a name only if the word is never written lower case; in a
  // Title Case headline a capital says nothing.
  const isProper = (t: Token) =>
    t.cap &&
    !t.num &&
    (capInside.has(t.norm) || (!lowerSeen.has(t.norm) && !STOPWORDS.has(t.norm))) &&
    !t.negCue &&
    !headline.some((h) => t.start >= h.start && t.end <= h.end);
  const properWords = new Set(tokens.filter(isProper).map((t) => t.norm));
  const known = entitiesFromAnalysis(article.people ?? [], article.groups ?? []);
  const entities = [...known, ...entitiesFromRuns(tokens, isProper, known)];
  const sentences = article.sentences ?? splitSentences(text);
  const sentenceLemmas = sentences.map(
    (s) => new Set(tokens.filter((t) => t.start >= s.start && t.end <= s.end && !t.stop).map((t) => t.lemma)),
  );
  const index: ArticleIndex = { text, tokens, sentences, sentenceLemmas, entities, properWords };
  CACHE.set(article, index);
  return index;
}

/** The sentences that contain any of the spans (the context a key's evidence lives in). */
export function sentencesAround(index: ArticleIndex, spans: { start: number; end: number }[]): TextSpan[] {
  return index.sentences.filter((s) => spans.some((sp) => sp.start < s.end && sp.end > s.start));
}

export function toTextSpan(text: string, span: { start: number; end: number }): TextSpan {
  return { start: span.start, end: span.end, text: text.slice(span.start, span.end) };
}

// Lines where nearly every word is capitalized ("City Council Members Urge Mayor…").
function headlineRanges(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    const words = m[0].match(/\p{L}+/gu) ?? [];
    if (words.length < 3) continue;
    const capitalized = words.filter((w) => /^\p{Lu}/u.test(w) || w.length <= 3).length;
    if (capitalized / words.length >= 0.8 && !/[.!?]["”’]?\s*$/.test(m[0])) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
