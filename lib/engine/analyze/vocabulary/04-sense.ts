// The sense used in the sentence: simplified Lesk. Each sense is scored by how many content
// words of the sentence appear in its definition, examples and synonyms; the first (most
// frequent) sense wins ties, so a sentence that says nothing about the sense gets the usual one.
import type { DictionarySense } from "./dictionary";
import { FUNCTION_WORDS } from "./pos-cues";

const WORD = /\p{L}+/gu;

/** Definitions of a specialist field, named in the definition itself. */
const SPECIALIST = /\b(?:stock market|stock exchange|baseball|football|basketball|cricket|golf|tennis|chess|poker|card games?|nautical|heraldry|anatomy|botany|zoology|chemistry|physics|geometry|mathematics|computer science|music)\b/i;

/** A rough stem so "flows", "flowing" and "flow" meet; only for comparing words. */
export function roughStem(word: string): string {
  let w = word.toLowerCase();
  if (w.length > 5) w = w.replace(/(?:ing|ed|es|s|ly)$/, "");
  else if (w.length > 3) w = w.replace(/s$/, "");
  return w.replace(/e$/, "");
}

export function contentStems(text: string, exclude: ReadonlySet<string> = new Set()): Set<string> {
  const stems = new Set<string>();
  for (const match of text.matchAll(WORD)) {
    const lower = match[0].toLowerCase();
    if (lower.length < 3 || FUNCTION_WORDS.has(lower)) continue;
    const stem = roughStem(lower);
    if (!exclude.has(stem)) stems.add(stem);
  }
  return stems;
}

function signature(sense: DictionarySense, lemmaStem: string): Set<string> {
  const text = [sense.definition, ...(sense.examples ?? []), ...sense.synonyms].join(" ");
  return contentStems(text, new Set([lemmaStem]));
}

/** Index of the sense the sentence uses. */
export function chooseSense(senses: readonly DictionarySense[], sentence: string, lemma: string): number {
  const lemmaStem = roughStem(lemma);
  const context = contentStems(sentence, new Set([lemmaStem]));
  let best = 0;
  let bestOverlap = 0;
  senses.forEach((sense, index) => {
    let overlap = 0;
    for (const stem of signature(sense, lemmaStem)) if (context.has(stem)) overlap++;
    if (overlap > bestOverlap) [best, bestOverlap] = [index, overlap];
  });
  // The sentence says nothing about the sense: a specialist sense ("a transaction in the stock
  // market …" for "uptick") is the wrong default when the word has an everyday one.
  if (bestOverlap === 0 && SPECIALIST.test(senses[best]?.definition ?? "")) {
    const everyday = senses.findIndex((x) => !SPECIALIST.test(x.definition));
    if (everyday >= 0) return everyday;
  }
  return best;
}

/**
 * Every sense the dictionary has is a specialist one the sentence does not touch ("uptick":
 * only "a transaction in the stock market …", in "an uptick in the rejection rate"): the
 * dictionary lacks the everyday sense, so the word cannot be taught from it.
 */
export function onlySpecialist(senses: readonly DictionarySense[], sentence: string): boolean {
  return senses.length > 0 && senses.every((x) => {
    const field = SPECIALIST.exec(x.definition)?.[0];
    return field !== undefined && !sentence.toLowerCase().includes(field.toLowerCase().split(" ")[0]!);
  });
}
