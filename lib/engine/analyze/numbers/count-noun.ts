// The noun a figure counts ("39 senators" → "senator", "four separate proposals" → "proposal"):
// the first plural noun in the few words after the figure, before any function word.
import { IRREGULAR_PLURALS, NOT_PLURAL, NOUN_PHRASE_BREAKERS } from "../../lexicon/units";
import { stripPossessive, type Token } from "./tokenize";

/** Words looked at after the figure: "four separate immigration reform proposals" is four. */
const MAX_NOUN_WORDS = 4;

export function isPluralNoun(word: string): boolean {
  const lower = stripPossessive(word).toLowerCase();
  if (IRREGULAR_PLURALS.has(lower)) return true;
  if (NOUN_PHRASE_BREAKERS.has(lower) || NOT_PLURAL.has(lower)) return false;
  return lower.length > 3 && /[a-z]s$/.test(lower) && !/(ss|us|is|ous)$/.test(lower);
}

/** Singular form of a counted noun; capitalized nouns keep their capital ("Americans" → "American"). */
export function singularNoun(word: string): string {
  const bare = stripPossessive(word).replace(/['’]$/, "");
  const lower = bare.toLowerCase();
  const irregular = IRREGULAR_PLURALS.get(lower);
  let singular: string;
  if (irregular !== undefined) singular = irregular;
  else if (/[^aeiou]ies$/.test(lower)) singular = lower.slice(0, -3) + "y";
  else if (/(sses|xes|ches|shes|zzes)$/.test(lower)) singular = lower.slice(0, -2);
  else if (/s$/.test(lower) && !/(ss|us|is)$/.test(lower)) singular = lower.slice(0, -1);
  else singular = lower;
  const capital = bare.charAt(0) !== bare.charAt(0).toLowerCase();
  return capital && !bare.slice(1).match(/[A-Z]/) ? singular.charAt(0).toUpperCase() + singular.slice(1) : singular;
}

export interface CountNoun {
  word: string;
  /** Token index of the noun. */
  index: number;
}

/**
 * The counted noun after token `from` (the first token after the number), or null.
 * Plural values look for a plural noun; a value of one takes the next plain word.
 */
export function findCountNoun(tokens: readonly Token[], from: number, plural: boolean): CountNoun | null {
  for (let k = from; k < tokens.length && k < from + MAX_NOUN_WORDS; k++) {
    const token = tokens[k] as Token;
    if (token.type !== "word" || (k > from && token.newlineBefore)) return null;
    if (k === from && token.glued) return null;
    const lower = token.lower;
    if (NOUN_PHRASE_BREAKERS.has(lower)) return null;
    if (!plural) {
      if (/(ed|ing|ly)$/.test(lower)) return null;
      return { word: token.text, index: k };
    }
    if (isPluralNoun(token.text)) return { word: token.text, index: k };
    // A word joined by a hyphen ("slave-like") or a verb form ends the noun phrase.
    if (/(ed|ing|ly)$/.test(lower) && k > from) return null;
    const next = tokens[k + 1];
    if (next && next.type === "sym" && next.text !== "-") return null;
  }
  return null;
}
