// What a word look-up answers, shared by the server that answers it and the pages that show it.

export type PartOfSpeechName = "noun" | "verb" | "adj" | "adv";

export interface Definition {
  /** The word as the student picked it. */
  word: string;
  /** Its dictionary form ("rebukes" → "rebuke"). */
  lemma: string;
  pos: PartOfSpeechName;
  definition: string;
  /** True when this is the sense the article uses (a pre-teach word); else the commonest sense. */
  inArticleSense: boolean;
  example: string | null;
}

/** `withheld`: a question on this page asks what the word means, so the meaning waits. */
export type DefineResult = { found: true; definition: Definition } | { found: false; word: string; withheld?: true };

/** One word: letters, with inner apostrophes or hyphens ("well-known", "Korea's"). */
export const WORD = /^[\p{L}]+(?:['’-][\p{L}]+)*$/u;

/** One pre-teach word as the vocabulary list shows it (nothing of a question's options). */
export interface VocabularyEntry {
  lemma: string;
  pos: PartOfSpeechName;
  /** The word as the article writes it. */
  text: string;
  definition: string;
  /** Zero-based body paragraph of its first use. */
  paragraph: number;
}
