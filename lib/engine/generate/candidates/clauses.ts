// Clauses of the article that read alone as options for "which reason / which event" questions:
// a few words, no quotation marks, nothing pointing back to an earlier sentence.
import type { GenerateContext } from "../context";
import { lowerFirst, wordCount } from "../surface";
import { BACK_REFERENCE, PRONOUN } from "../lexicon/anaphora";
import type { Statement } from "./standalone";

const QUOTE_MARK = /[“”"‘]/;

export function cleanClause(s: string, min = 4, max = 20): string | null {
  const t = lowerFirst(s.trim().replace(/[.,;:]+$/, ""));
  const n = wordCount(t);
  if (n < min || n > max || QUOTE_MARK.test(t) || PRONOUN.test(t) || BACK_REFERENCE.test(t)) return null;
  return t;
}

/** A reason or event inside reported speech is the speaker's claim, not the article's. */
export const isReported = (ctx: GenerateContext, st: Statement) => ctx.a.quotations.some((q) => q.start < st.sentence.end && st.sentence.start < q.end);

/**
 * Distractors for a clause key taken from sentence `at`: clauses of similar length from sentences
 * that are not its neighbours (a neighbour may explain the same event). `preferred` comes first.
 */
export function distractorClauses(ctx: GenerateContext, statements: Statement[], preferred: { at: number; text: string }[], key: string, at: number): string[] {
  const pool = [
    ...preferred,
    ...ctx.a.quotations.filter((q) => q.kind === "indirect").map((q) => ({ at: ctx.sentenceAt(q.content.start)?.index ?? -9, text: cleanClause(q.content.text.replace(/^that\s+/i, "")) ?? "" })),
    ...statements.map((st) => ({ at: st.sentence.index, text: cleanClause(st.text) ?? "" })),
  ];
  const seen = new Set([key.toLowerCase()]);
  const out: string[] = [];
  for (const x of pool) {
    if (out.length === 3) break;
    if (x.text === "" || Math.abs(x.at - at) <= 1 || seen.has(x.text.toLowerCase()) || x.text.length < key.length / 2 || x.text.length > key.length * 2) continue;
    seen.add(x.text.toLowerCase());
    out.push(x.text);
  }
  return out;
}
