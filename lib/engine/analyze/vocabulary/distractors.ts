// Wrong answers for "As used in the sentence, X most nearly means…": other senses of the same
// word first (the classic trap), then the senses of the article's other vocabulary words.
// A wrong sense that shares a synonym or most of its words with the right one is too close
// to be fairly wrong, so it is left out.
import type { DictionarySense } from "./dictionary";
import { contentStems } from "./04-sense";
import { isCommonWord } from "../readability/common-words";

export const DISTRACTOR_COUNT = 3;

function tooClose(a: DictionarySense, b: DictionarySense, lemma: string): boolean {
  const own = lemma.toLowerCase();
  const synonymsA = new Set(a.synonyms.map((s) => s.toLowerCase()).filter((s) => s !== own));
  if (b.synonyms.some((s) => synonymsA.has(s.toLowerCase()))) return true;
  const wordsA = contentStems(a.definition);
  const wordsB = contentStems(b.definition);
  let shared = 0;
  for (const w of wordsA) {
    if (!wordsB.has(w)) continue;
    // One shared uncommon word ("assumption", "accomplishing") already says the same thing.
    if (w.length >= 5 && !isCommonWord(w)) return true;
    shared++;
  }
  return shared / Math.max(1, Math.min(wordsA.size, wordsB.size)) >= 0.5;
}

/** Definitions of the word's other senses that are clearly different from the sense used. */
export function otherSenses(senses: readonly DictionarySense[], chosen: number, lemma: string): DictionarySense[] {
  const right = senses[chosen]!;
  return senses.filter((sense, index) => index !== chosen && sense.definition !== right.definition && !tooClose(right, sense, lemma));
}

/** Up to three wrong definitions, in order of preference, none close to the right sense. */
export function pickDistractors(right: DictionarySense, lemma: string, ...pools: readonly (readonly DictionarySense[])[]): string[] {
  const out: string[] = [];
  for (const pool of pools) {
    for (const sense of pool) {
      if (out.length === DISTRACTOR_COUNT) return out;
      const definition = sense.definition;
      if (definition.length === 0 || definition === right.definition || out.includes(definition)) continue;
      if (!tooClose(right, sense, lemma)) out.push(definition);
    }
  }
  return out;
}
