// The words a readability formula counts: runs of letters (with inner apostrophes, hyphens
// and the dots of "U.S.") and numbers ("3.4", "800,000"). Punctuation and symbols are not words.
import type { Span } from "../../types";

const WORD = /\p{N}+(?:[.,:/]\p{N}+)*%?|\p{L}+(?:['’\-.]\p{L}+)*\.?/gu;

export interface Word {
  text: string;
  start: number;
  /** True for the first word of its sentence (a capital there does not mark a name). */
  first: boolean;
}

export function wordsIn(text: string, sentences: readonly Span[]): Word[] {
  const words: Word[] = [];
  for (const sentence of sentences) {
    const slice = text.slice(sentence.start, sentence.end);
    let first = true;
    for (const match of slice.matchAll(WORD)) {
      // A final dot belongs to the word only in dotted abbreviations ("U.S."), not "end.".
      const raw = match[0];
      const word = raw.endsWith(".") && !/\p{L}\.\p{L}/u.test(raw) ? raw.slice(0, -1) : raw;
      words.push({ text: word, start: sentence.start + (match.index ?? 0), first });
      first = false;
    }
  }
  return words;
}
