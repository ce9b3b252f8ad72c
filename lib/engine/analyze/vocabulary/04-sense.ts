// The sense used in the sentence: simplified Lesk. Each sense is scored by how many content
// words of the sentence (then of the article) appear in its definition, examples and synonyms;
// without that evidence, only corpus counts or closely related senses may decide, else no sense.
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

const overlapWith = (sense: DictionarySense, lemmaStem: string, context: ReadonlySet<string>) => {
  let n = 0;
  for (const stem of signature(sense, lemmaStem)) if (context.has(stem)) n++;
  return n;
};

/** The sense with the most overlap, if it has more than every other (ties decide nothing). */
function clearWinner(overlaps: number[], min: number): number | null {
  const best = Math.max(...overlaps);
  if (best < min) return null;
  const at = overlaps.indexOf(best);
  return overlaps.filter((o) => o === best).length === 1 ? at : null;
}

/**
 * Index of the sense the sentence uses, or null when it cannot be told: a wrong definition as a
 * key teaches the wrong meaning, so an undecided word is better left out. In order:
 * 1. the only sense;
 * 2. the one sense whose definition, examples and synonyms share the most words with the
 *    sentence (simplified Lesk; two words against a corpus-backed first sense; the whole
 *    article was tried and picked "a type of security issued by a corporation" for a search
 *    warrant, so the window stays the sentence);
 * 3. the first sense when a sense-tagged corpus saw it at least twice as often as any other
 *    (WordNet orders senses by those counts; untagged senses come in no meaningful order);
 * 4. the first sense when every sense shares a word with it, so they are shades of one meaning.
 * "lifeline" in "an economic lifeline" has four untagged, unrelated senses (a crease on the
 * palm, a diver's line, …) and none of them shares a word with the sentence: null.
 */
export function chooseSense(senses: readonly DictionarySense[], sentence: string, lemma: string): number | null {
  if (senses.length <= 1) return senses.length === 1 ? 0 : null;
  const lemmaStem = roughStem(lemma);
  const sentenceOverlaps = senses.map((x) => overlapWith(x, lemmaStem, contentStems(sentence, new Set([lemmaStem]))));
  const first = senses[0]!.frequency ?? 0;
  const other = Math.max(...senses.slice(1).map((x) => x.frequency ?? 0));
  const usual = first > 0 && first >= 2 * other;
  const bySentence = clearWinner(sentenceOverlaps, 1);
  // Against a sense the tagged corpus shows to be the usual one, one shared word is weak evidence
  // ("scrapping the deal" shares "deal" with "have a disagreement over something"): it takes two.
  if (bySentence !== null && (bySentence === 0 || !usual || sentenceOverlaps[bySentence]! >= 2)) return bySentence;
  if (usual) return specialistFallback(senses, 0);
  const firstSignature = signature(senses[0]!, lemmaStem);
  if (senses.slice(1).every((x) => [...signature(x, lemmaStem)].some((w) => firstSignature.has(w)))) return specialistFallback(senses, 0);
  return null;
}

/**
 * A specialist sense ("a transaction in the stock market …" for "uptick") chosen without the
 * sentence saying anything of its field is the wrong default when the word has an everyday one.
 */
function specialistFallback(senses: readonly DictionarySense[], chosen: number): number {
  if (!SPECIALIST.test(senses[chosen]?.definition ?? "")) return chosen;
  const everyday = senses.findIndex((x) => !SPECIALIST.test(x.definition));
  return everyday >= 0 ? everyday : chosen;
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
