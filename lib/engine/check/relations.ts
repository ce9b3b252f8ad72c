// Word relations the checker needs, built once from the lexicons: same meaning, opposite meaning.
import { ANTONYM_PAIRS, SYNONYM_GROUPS } from "../lexicon/synonyms";
import { lemmatize } from "./lemmatize";

const GROUPS_OF = new Map<string, number[]>();
SYNONYM_GROUPS.forEach((group, index) => {
  for (const word of group) {
    const lemma = lemmatize(word);
    const list = GROUPS_OF.get(lemma) ?? [];
    if (!list.includes(index)) list.push(index);
    GROUPS_OF.set(lemma, list);
  }
});

const OPPOSITES = new Set<string>();
for (const [a, b] of ANTONYM_PAIRS) {
  OPPOSITES.add(`${lemmatize(a)}|${lemmatize(b)}`);
  OPPOSITES.add(`${lemmatize(b)}|${lemmatize(a)}`);
}

export function areSynonyms(lemmaA: string, lemmaB: string): boolean {
  const a = GROUPS_OF.get(lemmaA);
  const b = GROUPS_OF.get(lemmaB);
  return a !== undefined && b !== undefined && a.some((g) => b.includes(g));
}

export function areOpposites(lemmaA: string, lemmaB: string): boolean {
  return OPPOSITES.has(`${lemmaA}|${lemmaB}`);
}
