// A cheap check that a text is English prose, so a teacher who pastes a Spanish article is told
// so instead of getting nonsense questions.
import { ENGLISH_FUNCTION_WORDS } from "../lexicon/english-function-words";

export function englishShare(text: string): number {
  const words = text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? [];
  if (words.length === 0) return 0;
  let hits = 0;
  for (const w of words) if (ENGLISH_FUNCTION_WORDS.has(w)) hits++;
  return hits / words.length;
}

/** English news prose scores 0.35–0.5; below this it is not English (or not prose). */
export const MIN_ENGLISH_SHARE = 0.15;
