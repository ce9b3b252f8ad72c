// Pass 1: words with offsets, their lemma, and the facts later passes need (stopword, capital,
// negation scope, clause). Used for the student's answer, the key and the article alike.
import { STOPWORDS } from "../lexicon/stopwords";
import { NEGATION_CUES, NEGATION_SUFFIX, SCOPE_BREAKERS, SCOPE_CONTINUERS } from "../lexicon/negations";
import { PREFIX_ABBREVIATIONS } from "../lexicon/abbreviations";
import { MONTHS } from "../lexicon/calendar-words";
import { lemmatize } from "./lemmatize";

const ABBREVIATIONS = new Set([...PREFIX_ABBREVIATIONS, ...MONTHS.keys()]);

export interface Token {
  text: string;
  /** Lower case, straight apostrophes, no possessive "'s", no dots in acronyms. */
  norm: string;
  lemma: string;
  start: number;
  end: number;
  /** Written with a capital letter. */
  cap: boolean;
  /** First word of a sentence (its capital says nothing about being a name). */
  sentenceStart: boolean;
  num: boolean;
  /** "not", "no", "didn't"… */
  negCue: boolean;
  /** A country folded from any of its names ("the Italians" → "italy"). */
  place?: boolean;
  /** Inside the scope of a negation cue of the same clause. */
  negated: boolean;
  /** No answer content: a stopword, a cue or a clause breaker. */
  stop: boolean;
  /** Clauses are split at punctuation and at "and", "or", "but": "oil and guest workers" has two. */
  clause: number;
}

// Acronyms with dots ("U.S."), numbers with separators ("3,400,000", "3.4"), words with
// apostrophes ("didn't", "Russia's"), single punctuation marks.
const PIECE = /(?:\p{L}\.){2,}|\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{N}]+(?:['’]\p{L}+)*|[.,;:!?()[\]\u2014\u2013"“”]/gu;
const CLAUSE_MARKS = new Set([",", ";", ":", "(", ")", "[", "]", "\u2014", "\u2013", ".", "!", "?"]);
const SENTENCE_ENDS = new Set([".", "!", "?"]);
// "not only X but also Y" and "not just" do not deny X.
const NOT_A_DENIAL = new Set(["only", "just", "merely", "simply"]);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let clause = 0;
  let negatedUntilClause = -1;
  let atSentenceStart = true;
  let lastEnd = 0;
  for (const m of text.matchAll(PIECE)) {
    const piece = m[0];
    const start = m.index;
    if (/\n/.test(text.slice(lastEnd, start))) {
      atSentenceStart = true;
      clause++;
    }
    lastEnd = start + piece.length;
    if (piece.length === 1 && !/[\p{L}\p{N}]/u.test(piece)) {
      // "Feb. 8", "Sen. Smith", "Smith v. Jones": the period ends an abbreviation, not a clause.
      const afterAbbreviation = piece === "." && tokens.length > 0 && lastEnd - 1 === tokens.at(-1)!.end && ABBREVIATIONS.has(tokens.at(-1)!.norm);
      if (CLAUSE_MARKS.has(piece) && !afterAbbreviation) clause++;
      if (afterAbbreviation) continue;
      // A period after a one-letter initial or inside "U.S." does not start a sentence, but a
      // wrong guess costs little: sentence-start only weakens the capital-letter signal.
      if (SENTENCE_ENDS.has(piece)) atSentenceStart = true;
      continue;
    }
    const norm = normalizeWord(piece);
    // "US" / "U.S." is a country, "us" a pronoun.
    const isCountryUs = norm === "us" && piece !== "us" && piece !== "Us";
    const breaker = SCOPE_BREAKERS.has(norm);
    if (breaker) {
      const carry = negatedUntilClause === clause && SCOPE_CONTINUERS.has(norm);
      clause++;
      if (carry) negatedUntilClause = clause;
    }
    const negCue = NEGATION_CUES.has(norm) || norm.endsWith(NEGATION_SUFFIX);
    const token: Token = {
      text: piece,
      norm,
      lemma: lemmatize(norm),
      start,
      end: start + piece.length,
      cap: /^\p{Lu}/u.test(piece),
      sentenceStart: atSentenceStart,
      num: /^\p{N}/u.test(piece),
      negCue,
      negated: negatedUntilClause === clause,
      stop: breaker || negCue || (STOPWORDS.has(norm) && !isCountryUs),
      clause,
    };
    tokens.push(token);
    atSentenceStart = false;
    if (negCue) negatedUntilClause = clause;
  }
  // Undo denials that are not ("not only Italy").
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (t.norm === "not" && NOT_A_DENIAL.has(tokens[i + 1]!.norm)) {
      t.negCue = false;
      for (let j = i + 1; j < tokens.length && tokens[j]!.clause === t.clause; j++) tokens[j]!.negated = false;
    }
  }
  return tokens;
}

export function normalizeWord(piece: string): string {
  return piece
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/'s$/, "")
    .replace(/'$/, "")
    .replace(/^((?:\p{L}\.){2,})$/u, (acronym) => acronym.replace(/\./g, ""));
}

/** Words that carry content (what an answer says, not how it is phrased). */
export function contentTokens(tokens: Token[]): Token[] {
  return tokens.filter((t) => !t.stop);
}

/** Lower-cased, quote-folded, punctuation-free, article-free form for exact comparison. */
export function normalizeAnswer(text: string): string {
  return tokenize(text)
    .filter((t) => !["a", "an", "the"].includes(t.norm))
    .map((t) => t.norm)
    .join(" ");
}
