// Which words could be worth pre-teaching: not everyday words, not names, not abbreviations.
import { isCommonWord } from "../readability/common-words";
import type { SentenceWord } from "./01-words";

const MIN_LENGTH = 5;

/** Words written with a capital in mid-sentence anywhere in the article: names ("Security Council"). */
export function capitalizedForms(words: readonly SentenceWord[]): Set<string> {
  const names = new Set<string>();
  for (const w of words) if (w.position > 0 && /^\p{Lu}/u.test(w.text)) names.add(w.lower);
  return names;
}

export function isCandidate(word: SentenceWord, names: ReadonlySet<string>): boolean {
  if (word.text.length < MIN_LENGTH) return false;
  // A capital mid-sentence marks a name; at a sentence start it does only if the word is a name elsewhere.
  if (/^\p{Lu}/u.test(word.text) && (word.position > 0 || names.has(word.lower))) return false;
  if (/\p{Lu}/u.test(word.text.slice(1))) return false; // "iPhone", "NATO"
  if (/['’]/.test(word.text)) return false; // contractions and possessives are everyday words
  return !isCommonWord(word.lower);
}
