// Readability of an article: Flesch-Kincaid grade, Flesch reading ease, a common-word share,
// reading time and a grade band, counted over the given sentences only (so a caller can leave
// out the headline or byline).
import type { Span } from "../../types";
import { isCommonWord } from "./common-words";
import { countSyllables } from "./count-syllables";
import { type GradeBand, gradeBand } from "./grade-band";
import { type Word, wordsIn } from "./words";

/**
 * Words per minute for a student reading silently to understand. Adult silent reading is
 * about 238 wpm (Brysbaert 2019); middle- and high-school students average lower, and
 * instructional reading is slower still, so 200 gives a realistic, slightly generous time.
 */
export const STUDENT_WORDS_PER_MINUTE = 200;

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  /** 0.39 · words/sentence + 11.8 · syllables/word − 15.59, one decimal. */
  fleschKincaidGrade: number;
  /** 206.835 − 1.015 · words/sentence − 84.6 · syllables/word, one decimal. */
  fleschReadingEase: number;
  /**
   * Always null: the Dale-Chall formula needs the Dale-Chall word list, whose 1995 revision is
   * copyrighted and which we do not ship. See `commonWordShare` for our own substitute.
   */
  daleChall: number | null;
  /**
   * Share (0–1, two decimals) of words that are everyday words by our own list
   * (lexicon/easy-words.ts) or names and numbers. Not a Dale-Chall score.
   */
  commonWordShare: number;
  /** Whole minutes at STUDENT_WORDS_PER_MINUTE, rounded up; 0 for no words. */
  readingMinutes: number;
  gradeBand: GradeBand;
}

const round = (value: number, places: number) => {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
};

export function readability(text: string, sentences: readonly Span[]): Readability {
  const words: Word[] = [];
  let sentenceCount = 0;
  for (const sentence of sentences) {
    const inSentence = wordsIn(text, [sentence]);
    if (inSentence.length > 0) sentenceCount++;
    for (const word of inSentence) words.push(word);
  }
  let syllables = 0;
  let common = 0;
  for (const word of words) {
    syllables += countSyllables(word.text);
    // Names (capitalized inside a sentence) and numbers are familiar by the usual convention.
    const isName = !word.first && /^\p{Lu}/u.test(word.text);
    if (isName || /^\p{N}/u.test(word.text) || isCommonWord(word.text)) common++;
  }
  const n = words.length;
  const wordsPerSentence = sentenceCount === 0 ? 0 : n / sentenceCount;
  const syllablesPerWord = n === 0 ? 0 : syllables / n;
  const grade = n === 0 ? 0 : round(0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59, 1);
  return {
    words: n,
    sentences: sentenceCount,
    syllables,
    fleschKincaidGrade: grade,
    fleschReadingEase: n === 0 ? 0 : round(206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord, 1),
    daleChall: null,
    commonWordShare: n === 0 ? 0 : round(common / n, 2),
    readingMinutes: Math.ceil(n / STUDENT_WORDS_PER_MINUTE),
    gradeBand: gradeBand(grade),
  };
}
