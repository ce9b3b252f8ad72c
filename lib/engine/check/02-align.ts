// Pass 2: pair each word of the key with the answer word that says the same thing — the same
// lemma, a synonym, a demonym, a typo of it, or its negated form ("unhelpful" for "helpful").
import { NEGATING_PREFIXES } from "../lexicon/negations";
import { isDemonymOf } from "./demonym";
import { isTypo } from "./fuzzy";
import { lemmatize } from "./lemmatize";
import { areSynonyms } from "./relations";
import type { Token } from "./text-tokens";

export type LinkKind = "same" | "demonym" | "synonym" | "prefix-negated" | "typo";

export interface Link {
  key: number;
  answer: number;
  kind: LinkKind;
  /** The answer word carries a negating prefix the key word lacks, or the reverse. */
  flip: boolean;
}

const SCORE: Record<LinkKind, number> = { same: 5, demonym: 4, synonym: 3, "prefix-negated": 3, typo: 2 };

export function relate(keyWord: Token, answerWord: Token, isName: boolean): { kind: LinkKind; flip: boolean } | null {
  if (keyWord.lemma === answerWord.lemma || keyWord.norm === answerWord.norm) return { kind: "same", flip: false };
  if (isName && (isDemonymOf(answerWord.norm, keyWord.norm) || isDemonymOf(keyWord.norm, answerWord.norm))) {
    return { kind: "demonym", flip: false };
  }
  if (areSynonyms(keyWord.lemma, answerWord.lemma)) return { kind: "synonym", flip: false };
  if (prefixNegates(answerWord.norm, keyWord.lemma) || prefixNegates(keyWord.norm, answerWord.lemma)) {
    return { kind: "prefix-negated", flip: true };
  }
  if (isTypo(answerWord.norm, keyWord.norm, isName)) return { kind: "typo", flip: false };
  return null;
}

function prefixNegates(word: string, lemma: string): boolean {
  return NEGATING_PREFIXES.some((p) => word.startsWith(p) && word.length - p.length >= 4 && lemmatize(word.slice(p.length)) === lemma);
}

/** One-to-one links, strongest first, so a typo never steals a word an exact match needs. */
export function align(key: Token[], answer: Token[], isName: (t: Token) => boolean): Link[] {
  const candidates: (Link & { score: number })[] = [];
  key.forEach((k, ki) => {
    answer.forEach((a, ai) => {
      const rel = relate(k, a, isName(k));
      if (rel !== null) candidates.push({ key: ki, answer: ai, ...rel, score: SCORE[rel.kind] });
    });
  });
  candidates.sort((x, y) => y.score - x.score || x.key - y.key || x.answer - y.answer);
  const usedKey = new Set<number>();
  const usedAnswer = new Set<number>();
  const links: Link[] = [];
  for (const c of candidates) {
    if (usedKey.has(c.key) || usedAnswer.has(c.answer)) continue;
    usedKey.add(c.key);
    usedAnswer.add(c.answer);
    links.push({ key: c.key, answer: c.answer, kind: c.kind, flip: c.flip });
  }
  return links;
}
