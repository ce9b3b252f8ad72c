// Classifies the word before a period by how an abbreviation there behaves at a sentence end.
import {
  CAPITALIZED_INNER_ABBREVIATIONS,
  INNER_ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
  PREFIX_ABBREVIATIONS,
  TIME_ABBREVIATIONS,
} from "../../lexicon/abbreviations";

/**
 * - `prefix`: never ends a sentence ("Dr.", "Mt.", "e.g.").
 * - `number`: stands before a number ("No. 5", "p. 55"); otherwise an ordinary word.
 * - `inner`: may end a sentence, but only before a typical sentence opener ("U.S.", "Co.", "Jr.", initials).
 * - `time`: "a.m."/"p.m.": may end a sentence before a capitalized word that does not continue the time.
 * - `word`: anything else; the period ends the sentence when a sentence start follows.
 */
export type AbbreviationKind = "prefix" | "number" | "inner" | "time" | "word";

const prefix = new Set(PREFIX_ABBREVIATIONS);
const numberAbbreviations = new Set(NUMBER_ABBREVIATIONS);
const inner = new Set(INNER_ABBREVIATIONS);
const capitalizedInner = new Set(CAPITALIZED_INNER_ABBREVIATIONS);
const time = new Set(TIME_ABBREVIATIONS);

// Dotted letters: "U.S", "U.S.A", "J.R.R" (the token is taken without its final period).
const DOTTED_LETTERS = /^(?:\p{L}\.)+\p{L}$/u;
const INITIAL = /^\p{Lu}$/u;

/** `word` is the token before the period, without the period and surrounding marks. */
export function abbreviationKind(word: string): AbbreviationKind {
  if (word === "") return "word";
  const lower = word.toLowerCase();
  if (time.has(lower)) return lower.includes(".") || word === word.toUpperCase() ? "time" : "word";
  if (prefix.has(lower)) return "prefix";
  if (numberAbbreviations.has(lower)) return "number";
  if (inner.has(lower) || capitalizedInner.has(word)) return "inner";
  if (INITIAL.test(word) || DOTTED_LETTERS.test(word)) return "inner";
  return "word";
}
