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
    countSyllables(word) * 0.3 +
    Math.min(word.length, 14) * 0.08 -
    Math.log2(1 + totalFrequency(senses)) +
    // Never seen in the tagged corpus: rare, whatever its length ("staunch").
    (totalFrequency(senses) === 0 ? 1 : 0) +
    Math.min(occurrences - 1, 3) * 0.4 -
    (transparent ? 2 : 0) -
    (derivedFromCommon(word) ? 1.5 : 0)
  );
}

/** "responsibility" ← "responsible", "communication" ← "communicate": built on a word students know. */
function derivedFromCommon(word: string): boolean {
  const rules: [RegExp, string[]][] = [
    [/ibility$/, ["ible"]],
    [/ability$/, ["able"]],
    [/ication$/, ["icate", "y"]],
    [/ation$/, ["ate", "e", ""]],
    [/ition$/, ["ite", "ish"]],
    [/ment$/, [""]],
    [/ness$/, [""]],
    [/ity$/, ["", "e"]],
  ];
  for (const [suffix, endings] of rules) {
    if (!suffix.test(word)) continue;
    const stem = word.replace(suffix, "");
    return endings.some((e) => isCommonWord(stem + e));
  }
  return false;
}
