// The words of each sentence, with offsets and whether punctuation separates a word from its
// neighbour (a comma breaks "the rhetoric, there" into two phrases for the tagger).
import type { Sentence } from "../types";

export interface SentenceWord {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Index of the sentence in the analysis. */
  sentence: number;
  /** Position in its sentence. */
  position: number;
  /** True when only spaces lie between this word and the previous one in the sentence. */
  joinedToPrevious: boolean;
}

const WORD = /\p{L}+(?:['’-]\p{L}+)*/gu;

export function sentenceWords(text: string, sentence: Sentence): SentenceWord[] {
  const words: SentenceWord[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  let previousEnd = -1;
  for (const match of slice.matchAll(WORD)) {
    const at = match.index ?? 0;
    // The possessive ending is not part of the word: "regime’s" → "regime".
    const form = match[0].replace(/['’]s$/u, "");
    const gap = previousEnd < 0 ? "" : slice.slice(previousEnd, at);
    words.push({
      text: form,
      lower: form.toLowerCase().replace(/’/g, "'"),
      start: sentence.start + at,
      end: sentence.start + at + form.length,
      sentence: sentence.index,
      position: words.length,
      joinedToPrevious: previousEnd >= 0 && /^\s+$/.test(gap),
    });
    previousEnd = at + match[0].length;
  }
  return words;
}
