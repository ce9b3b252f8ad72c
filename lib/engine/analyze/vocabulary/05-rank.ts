// How much a word is worth pre-teaching: rarer (few uses in a tagged corpus), longer, more
// syllables, and repeated in the article. Transparent compounds of everyday words
// ("self-defense", "slave-like") are easy to work out, so they rank lower.
import { countSyllables } from "../readability/count-syllables";
import { isCommonWord } from "../readability/common-words";
import type { DictionarySense } from "./dictionary";

/** Total tagged-corpus uses above which a one-sense word counts as familiar. */
export const RARE_FREQUENCY = 3;

export function totalFrequency(senses: readonly DictionarySense[]): number {
  return senses.reduce((sum, s) => sum + (s.frequency ?? 0), 0);
}

/** One sense and frequent: a plain word with nothing to disambiguate ("missile"). */
export function isWorthDefining(senses: readonly DictionarySense[]): boolean {
  return senses.length >= 2 || totalFrequency(senses) <= RARE_FREQUENCY;
}

export function rarityScore(word: string, senses: readonly DictionarySense[], occurrences: number): number {
  const parts = word.split(/[-‐]/);
  const transparent = parts.length > 1 && parts.every((p) => p.length < 3 || isCommonWord(p));
  return (
    countSyllables(word) * 0.6 +
    Math.min(word.length, 14) * 0.15 -
    Math.log2(1 + totalFrequency(senses)) * 0.8 +
    Math.min(occurrences - 1, 3) * 0.4 -
    (transparent ? 2 : 0)
  );
}
