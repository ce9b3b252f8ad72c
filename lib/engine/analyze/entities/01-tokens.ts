// Words of the text with their offsets and the facts the later passes ask about them.
import type { Sentence } from "../types";

export interface Token {
  /** The word without a possessive ending ("Park" for "Park’s"). */
  text: string;
  start: number;
  end: number;
  lower: string;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Followed by ’s, 's or a bare apostrophe ("Jones’"). */
  possessive: boolean;
  /** Followed directly by a period ("Dr.", "E."), which is not part of `text`. */
  dot: boolean;
  /** Position in the `sentences` array of the sentence holding the token. */
  sentence: number;
  /** First word of its sentence (an opening quotation mark may come before it). */
  sentenceInitial: boolean;
}

// Dotted acronyms ("U.S.", "U.N.") first, then words with inner hyphens and apostrophes.
const WORD = /(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}]*(?:[-'’][\p{L}\p{M}]+)*['’]?/gu;

export function tokenize(text: string, sentences: Sentence[]): Token[] {
  const tokens: Token[] = [];
  sentences.forEach((s, position) => {
    const body = text.slice(s.start, s.end);
    let first = true;
    for (const m of body.matchAll(WORD)) {
      let word = m[0];
      const start = s.start + (m.index ?? 0);
      let possessive = false;
      if (/[\p{L}]['’]s$/u.test(word)) {
        word = word.slice(0, -2);
        possessive = true;
      } else if (/[sz]['’]$/u.test(word)) {
        word = word.slice(0, -1);
        possessive = true;
      } else if (/['’]$/.test(word)) {
        word = word.slice(0, -1);
      }
      const end = start + word.length;
      tokens.push({
        text: word,
        start,
        end,
        lower: word.toLowerCase(),
        cap: /^\p{Lu}/u.test(word),
        possessive,
        dot: !word.endsWith(".") && text[end] === ".",
        sentence: position,
        sentenceInitial: first,
      });
      first = false;
    }
  });
  return tokens;
}

/** Words that are all capitals ("WHITE", "UN"). */
export const isUpper = (t: Token): boolean => t.text.length > 1 && t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text);
