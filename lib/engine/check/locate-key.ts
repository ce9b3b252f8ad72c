// Where the article supports a key, so a teacher's own key gets its evidence automatically and
// a key the text does not support gets a warning before students are graded against it.
import type { TextSpan } from "../types";
import { align } from "./02-align";
import { indexArticle, toTextSpan, type ArticleIndex } from "./article-index";
import { findQuantities, parseQuantity, quantitiesEqual } from "./quantity";
import { readTokens } from "./text-tokens";
import type { KeyLocation } from "./types";

export function locateKey(text: string, keyAnswer: string): KeyLocation {
  return locateInIndex(indexArticle({ text }), keyAnswer);
}

export function locateInIndex(index: ArticleIndex, keyAnswer: string): KeyLocation {
  const key = keyAnswer.trim().replace(/[.!?]+$/, "");
  if (key === "") return { span: null, supported: false, warning: "The key is empty." };
  const exact = findExact(index.text, key);
  if (exact !== null) return { span: exact, supported: true };

  const keyQuantity = parseQuantity(key);
  if (keyQuantity !== null) {
    const found = findQuantity(index, keyQuantity);
    if (found !== null) return { span: found, supported: true };
    return { span: null, supported: false, warning: `The article does not give the number ${keyQuantity.text}. Check the key.` };
  }

  const keyWords = readTokens(key).filter((t) => !t.stop);
  if (keyWords.length === 0) return { span: null, supported: false, warning: "The key has no words to look for in the article." };
  const isName = (t: { norm: string }) => index.properWords.has(t.norm);
  let best: { sentence: TextSpan; coverage: number; flipped: boolean; from: number; to: number } | null = null;
  for (const sentence of index.sentences) {
    const words = index.tokens.filter((t) => t.start >= sentence.start && t.end <= sentence.end && !t.stop);
    const links = align(keyWords, words, isName);
    if (links.length === 0) continue;
    const coverage = links.length / keyWords.length;
    if (best !== null && coverage <= best.coverage) continue;
    const flipped = links.some((l) => keyWords[l.key]!.negated !== words[l.answer]!.negated !== l.flip);
    const linked = links.map((l) => words[l.answer]!);
    best = { sentence, coverage, flipped, from: Math.min(...linked.map((t) => t.start)), to: Math.max(...linked.map((t) => t.end)) };
  }
  const needed = keyWords.length <= 2 ? keyWords.length : Math.ceil(keyWords.length * 0.6);
  if (best === null || best.coverage * keyWords.length < needed) {
    return { span: null, supported: false, warning: "The article does not seem to say this. Check the key." };
  }
  const span = toTextSpan(index.text, { start: best.from, end: best.to });
  if (best.flipped) {
    return { span, supported: false, warning: `The article seems to say the opposite: ${best.sentence.text}` };
  }
  return best.coverage < 1
    ? { span, supported: true, warning: "The article supports only part of this key; check its wording." }
    : { span, supported: true };
}

function fold(s: string): string {
  return s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').toLowerCase();
}

function findExact(text: string, key: string): TextSpan | null {
  const haystack = fold(text);
  const needle = fold(key);
  if (haystack.length !== text.length || needle.length < 2) return null;
  let at = haystack.indexOf(needle);
  while (at >= 0) {
    // Whole words only: "Iran" is not inside "Iranian" for this purpose.
    const before = haystack[at - 1] ?? " ";
    const after = haystack[at + needle.length] ?? " ";
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return toTextSpan(text, { start: at, end: at + needle.length });
    at = haystack.indexOf(needle, at + 1);
  }
  return null;
}

// Quantities of the article are read once per article by analyze/numbers.
const QUANTITIES = new WeakMap<ArticleIndex, ReturnType<typeof findQuantities>>();

function findQuantity(index: ArticleIndex, wanted: NonNullable<ReturnType<typeof parseQuantity>>): TextSpan | null {
  let found = QUANTITIES.get(index);
  if (found === undefined) {
    found = findQuantities(index.text);
    QUANTITIES.set(index, found);
  }
  const q = found.find((candidate) => quantitiesEqual(candidate, wanted));
  return q === undefined ? null : toTextSpan(index.text, q);
}
