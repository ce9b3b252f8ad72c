// Wrong answers for "As used in the sentence, X most nearly means…": other senses of the same
// word first (the classic trap), then the senses of the article's other vocabulary words.
// A wrong sense that shares a synonym or most of its words with the right one is too close
// to be fairly wrong, so it is left out.
import type { DictionarySense } from "./dictionary";
import { contentStems } from "./04-sense";

export const DISTRACTOR_COUNT = 3;

function tooClose(a: DictionarySense, b: DictionarySense, lemma: string): boolean {
  const own = lemma.toLowerCase();
  const synonymsA = new Set(a.synonyms.map((s) => s.toLowerCase()).filter((s) => s !== own));
  if (b.synonyms.some((s) => synonymsA.has(s.toLowerCase()))) return true;
  const wordsA = contentStems(a.definition);
  const wordsB = contentStems(b.definition);
  let shared = 0;
  for (const w of wordsA) if (wordsB.has(w)) shared++;
  return shared / Math.max(1, Math.min(wordsA.size, wordsB.size)) >= 0.5;
}

/** Definitions of the word's other senses that are clearly different from the sense used. */
export function otherSenseDefinitions(senses: readonly DictionarySense[], chosen: number, lemma: string): string[] {
  const right = senses[chosen]!;
  const out: string[] = [];
  senses.forEach((sense, index) => {
    if (index === chosen || tooClose(right, sense, lemma)) return;
    if (!out.includes(sense.definition) && sense.definition !== right.definition) out.push(sense.definition);
  });
  return out;
}

/** Up to three wrong definitions, in order of preference, none equal to the right one. */
export function pickDistractors(right: string, ...pools: readonly (readonly string[])[]): string[] {
  const out: string[] = [];
  for (const pool of pools) {
    for (const definition of pool) {
      if (out.length === DISTRACTOR_COUNT) return out;
      if (definition !== right && definition.length > 0 && !out.includes(definition)) out.push(definition);
    }
  }
  return out;
}
