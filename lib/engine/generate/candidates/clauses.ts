// Clauses of the article that read alone as options for "which reason / which event" questions:
// a few words, no quotation marks, nothing pointing back to an earlier sentence.
import type { GenerateContext } from "../context";
import type { Quotation } from "../../analyze";
import { THAT_VERBS } from "../lexicon/verbs";
import { lowerFirst, wordCount } from "../surface";
import { BACK_REFERENCE, PRONOUN } from "../lexicon/anaphora";
import type { Statement } from "./standalone";

const QUOTE_MARK = /[“”"‘]/;

/**
 * A clause taken from the start of a sentence, to go mid-sentence: its first word lowercased
 * unless it is a name, i.e. unless the article also capitalizes it mid-sentence or it names a
 * person or group ("Many families …" → "many families …", "Congress voted …" stays).
 */
function midSentence(ctx: GenerateContext | undefined, clause: string): string {
  const t = lowerFirst(clause);
  const first = /^\p{Lu}\p{Ll}+\b/u.exec(t)?.[0];
  // A title before a name ("Governor Maria Lopez") keeps its capital.
  if (!first || !ctx || /^\p{Lu}\p{Ll}+ \p{Lu}/u.test(t)) return t;
  const named = [...ctx.a.people.flatMap((p) => p.mentions), ...ctx.a.groups.flatMap((g) => g.mentions)].some((m) => m.text.split(/\s+/).includes(first));
  if (named || new RegExp(`[\\p{Ll},] ${first}\\b`, "u").test(ctx.a.text)) return t;
  return first.toLowerCase() + t.slice(first.length);
}

export function cleanClause(s: string, min = 4, max = 20, ctx?: GenerateContext): string | null {
  const t = midSentence(ctx, s.trim().replace(/[.,;:]+$/, ""));
  const n = wordCount(t);
  if (n < min || n > max || QUOTE_MARK.test(t) || PRONOUN.test(t) || BACK_REFERENCE.test(t)) return null;
  return t;
}

/** A reason or event inside reported speech is the speaker's claim, not the article's. */
export const isReported = (ctx: GenerateContext, st: Statement) => ctx.a.quotations.some((q) => q.start < st.sentence.end && st.sentence.start < q.end && isSpeech(q));

/** Quoted words, or content reported with a speech verb (not "declared a state of emergency"). */
const isSpeech = (q: Quotation) => q.kind !== "indirect" || THAT_VERBS[q.cue?.text.toLowerCase().split(/\s+/)[0] ?? ""] !== undefined;

/**
 * Distractors for a clause key taken from sentence `at`: clauses of similar length from sentences
 * that are not its neighbours (a neighbour may explain the same event). `preferred` comes first.
 */
export function distractorClauses(ctx: GenerateContext, statements: Statement[], preferred: { at: number; text: string }[], key: string, at: number): string[] {
  const pool = [
    ...preferred,
    ...ctx.a.quotations.filter((q) => q.kind === "indirect" && isSpeech(q)).map((q) => ({ at: ctx.sentenceAt(q.content.start)?.index ?? -9, text: cleanClause(q.content.text.replace(/^that\s+/i, ""), 4, 20, ctx) ?? "" })),
    ...statements.map((st) => ({ at: st.sentence.index, text: cleanClause(st.text, 4, 20, ctx) ?? "" })),
  ];
  const seen = new Set([key.toLowerCase()]);
  // One clause per sentence, and none with a comma (a trailing "officials said" or a second clause).
  const used = new Set<number>();
  const out: string[] = [];
  for (const x of pool) {
    if (out.length === 3) break;
    if (x.text === "" || x.text.includes(",") || used.has(x.at) || Math.abs(x.at - at) <= 1 || seen.has(x.text.toLowerCase()) || x.text.length < key.length / 2 || x.text.length > key.length * 2) continue;
    seen.add(x.text.toLowerCase());
    used.add(x.at);
    out.push(x.text);
  }
  return out;
}
