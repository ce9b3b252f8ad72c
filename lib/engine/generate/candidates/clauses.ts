// Clauses of the article that read alone as options for "which reason / which event" questions:
// a few words, no quotation marks, nothing pointing back to an earlier sentence.
import type { GenerateContext } from "../context";
import type { Quotation } from "../../analyze";
import { THAT_VERBS } from "../lexicon/verbs";
import { lowerFirst, wordCount } from "../surface";
import { BACK_REFERENCE, PRONOUN } from "../lexicon/anaphora";
import type { Statement } from "./standalone";

const QUOTE_MARK = /[“”"‘]/;
/** A finite verb among the clause's words: a past form or an auxiliary. */
const FINITE = /\b(?:\p{Ll}{3,}ed|was|were|has|had|have|is|are|will|would|could|won|lost|made|took|gave|sent|met|found|began|became|held|led|struck|said)\b/u;

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

/**
 * A pronoun in the clause without its antecedent. A possessive ("his", "their") may follow a
 * person or group named earlier in the same clause ("Smith and his accomplices"); anything
 * else ("it", "they", "he") is dangling.
 */
function danglingIn(ctx: GenerateContext | undefined, clause: string): boolean {
  const m = PRONOUN.exec(clause);
  if (!m) return false;
  if (!ctx || !/^(?:his|her|their|its)$/i.test(m[0])) return true;
  const before = clause.slice(0, m.index);
  const named = ctx.a.people.some((p) => p.mentions.some((x) => x.kind !== "pronoun" && x.kind !== "possessive" && before.includes(x.text))) || ctx.a.groups.some((g) => g.mentions.some((x) => before.includes(x.text)));
  return !named || PRONOUN.test(clause.slice(m.index + m[0].length));
}

export function cleanClause(s: string, min = 4, max = 20, ctx?: GenerateContext): string | null {
  const t = midSentence(ctx, s.trim().replace(/[.,;:]+$/, ""));
  const n = wordCount(t);
  if (n < min || n > max || QUOTE_MARK.test(t) || BACK_REFERENCE.test(t) || danglingIn(ctx, t)) return null;
  return t;
}

/** A reason or event inside reported speech is the speaker's claim, not the article's. */
export const isReported = (ctx: GenerateContext, st: Statement) => ctx.a.quotations.some((q) => q.start < st.sentence.end && st.sentence.start < q.end && isSpeech(q));

const isReportedAt = (ctx: GenerateContext, start: number, end: number) => ctx.a.quotations.some((q) => q.start < end && start < q.end && isSpeech(q));

/** Quoted words, or content reported with a speech verb (not "declared a state of emergency"). */
const isSpeech = (q: Quotation) => q.kind !== "indirect" || THAT_VERBS[q.cue?.text.toLowerCase().split(/\s+/)[0] ?? ""] !== undefined;

/**
 * Distractors for a clause key taken from sentence `at`: clauses of similar length from sentences
 * that are not its neighbours (a neighbour may explain the same event). `preferred` comes first.
 */
export function distractorClauses(ctx: GenerateContext, statements: Statement[], preferred: { at: number; text: string }[], key: string, at: number): string[] {
  const pool = [
    ...preferred,
    // Reported content with a verb of its own ("the bridge would reopen"), not an object ("added two buses").
    ...ctx.a.quotations.filter((q) => q.kind === "indirect" && isSpeech(q) && FINITE.test(q.content.text)).map((q) => ({ at: ctx.sentenceAt(q.content.start)?.index ?? -9, text: cleanClause(q.content.text.replace(/^that\s+/i, ""), 4, 20, ctx) ?? "" })),
    ...statements.map((st) => ({ at: st.sentence.index, text: cleanClause(st.text, 4, 20, ctx) ?? "" })),
    // The main clause of a longer statement, up to its first comma, when it holds a finite verb ("Senators resumed debate on …").
    ...ctx.a.sentences.map((s) => {
      const head = s.text.trim().split(/\s*[,;:—](?=\s)|[.!?]+$/)[0] ?? "";
      const ok = head && FINITE.test(head) && !/^(?:In|On|At|After|Before|When|While|As|If|Because|Although|Under|For|With|Since|But|And|He|She|It|They|This|That|These|Those|There|Then)\b/.test(head) && !isReportedAt(ctx, s.start, s.end);
      return { at: s.index, text: ok ? cleanClause(head, 5, 20, ctx) ?? "" : "" };
    }),
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
