// The pieces every wh-question built from a simple clause shares: what a found answer carries,
// cutting the answer out of the clause, and finishing the question (length, pronouns).
import type { GenerateContext } from "../context";
import { question, danglingPronoun, type Clause, type Token } from "./simple-clause";
import { wordCount } from "../surface";

export type Wh = "when" | "where" | "what";

export interface Found {
  wh: Wh;
  clause: Clause;
  prompt: string;
  /** The answer as the article writes it. */
  answer: { start: number; end: number; text: string };
  /** Other ways a student may write it. */
  accepted: string[];
  distractors: string[];
  kind: "date" | "place" | "text";
}

/** A question longer than this is hard to read aloud and usually carries a second idea. */
export const MAX_QUESTION_WORDS = 22;

export const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** Tokens of `ts` outside [start, end), and the preposition right before it when it is one of `preps`. */
export function cut(ts: Token[], start: number, end: number, preps: RegExp): Token[] {
  const i = ts.findIndex((t) => t.end > start && t.start < end);
  if (i < 0) return ts;
  let from = i;
  if (from > 0 && preps.test(ts[from - 1]!.word)) from--;
  const j = ts.findIndex((t) => t.start >= end);
  return [...ts.slice(0, from), ...(j < 0 ? [] : ts.slice(j))];
}

/** Words where a trailing modifier may be cut off when the question runs long ("… for talks related to …"). */
const TRAILING = /^(?:for|that|which|who|between|because|while|after|before|including|amid)$/i;

/** The question for `wh` with `rest` after the verb, or null when it runs long, is too short, or leaves a pronoun dangling. */
export function finish(ctx: GenerateContext, wh: string, c: Clause, rest: Token[]): string | null {
  let r = rest;
  let q = question(ctx, wh, c, r).replace(/[.,;:]+\?$/, "?");
  // Too long: drop a trailing modifier, keeping at least two words after the verb.
  for (let k = r.length - 1; wordCount(q) > MAX_QUESTION_WORDS && k >= 2; k--) {
    if (!TRAILING.test(r[k]!.word)) continue;
    r = r.slice(0, k);
    q = question(ctx, wh, c, r).replace(/[.,;:]+\?$/, "?");
  }
  if (wordCount(q) > MAX_QUESTION_WORDS || wordCount(q) < 4 || danglingPronoun(ctx, c, q)) return null;
  // "When did Smith announce the policy?": a bare "the <noun>" leans on an earlier sentence to say which one.
  if (r.length === 2 && /^the$/i.test(r[0]!.word) && /^\p{Ll}+$/u.test(r[1]!.word)) return null;
  return q;
}
