// Cause and effect, only where one sentence says so in so many words: "X because Y" or
// "Because Y, X". The prompt states the effect X; the options are the stated reason Y and
// clauses of the same kind and length from other, non-adjacent sentences.
import type { Candidate } from "../types";
import type { GenerateContext } from "../context";
import { lowerFirst, wordCount } from "../surface";
import { BACK_REFERENCE, PRONOUN } from "../lexicon/anaphora";
import { CAUSE_AFTER, CAUSE_BEFORE } from "../lexicon/cause-cues";
import { standalone, type Statement } from "./standalone";

interface Link {
  st: Statement;
  effect: string;
  cause: string;
}

const QUOTE_MARK = /[“”"‘]/;

/** A clause that reads alone as an option: a few words, no quotation marks, nothing pointing back. */
function cleanClause(s: string, min = 4, max = 20): string | null {
  const t = lowerFirst(s.trim().replace(/[.,;:]+$/, ""));
  const n = wordCount(t);
  if (n < min || n > max || QUOTE_MARK.test(t) || PRONOUN.test(t) || BACK_REFERENCE.test(t)) return null;
  return t;
}

function link(st: Statement): Link | null {
  const before = CAUSE_BEFORE.exec(st.text);
  const after = CAUSE_AFTER.exec(st.text);
  const [effect, cause] = before ? [before[2], before[1]] : after ? [after[1], after[2]] : [];
  if (!effect || !cause) return null;
  // The effect stays a statement of the article in the prompt, so it must stand alone too.
  const e = cleanClause(effect, 4, 25);
  const c = cleanClause(cause);
  if (!e || !c || /,/.test(c)) return null;
  return { st, effect: e, cause: c };
}

export function causeEffect(ctx: GenerateContext): Candidate[] {
  const { a } = ctx;
  const statements = a.sentences.map((s) => standalone(ctx, s, 8, 45)).filter((x): x is Statement => x !== null);
  // A reason inside reported speech is the speaker's claim, not the article's: leave those out.
  const reported = (st: Statement) => a.quotations.some((q) => q.start < st.sentence.end && st.sentence.start < q.end);
  const links = statements.map(link).filter((l): l is Link => l !== null && !reported(l.st));
  // Distractor clauses: other stated reasons first, then reported "that" clauses, then whole short sentences.
  const pool: { at: number; text: string }[] = [
    ...statements.map(link).filter((l): l is Link => l !== null).map((l) => ({ at: l.st.sentence.index, text: l.cause })),
    ...a.quotations.filter((q) => q.kind === "indirect").map((q) => ({ at: ctx.sentenceAt(q.content.start)?.index ?? -9, text: cleanClause(q.content.text.replace(/^that\s+/i, "")) ?? "" })),
    ...statements.map((st) => ({ at: st.sentence.index, text: cleanClause(st.text) ?? "" })),
  ].filter((x) => x.text !== "");
  const out: Candidate[] = [];
  for (const l of links) {
    const at = l.st.sentence.index;
    const len = l.cause.length;
    const seen = new Set([l.cause.toLowerCase()]);
    const distractors: string[] = [];
    for (const x of pool) {
      if (distractors.length === 3) break;
      if (Math.abs(x.at - at) <= 1 || seen.has(x.text.toLowerCase()) || x.text.length < len / 2 || x.text.length > len * 2) continue;
      seen.add(x.text.toLowerCase());
      distractors.push(x.text);
    }
    if (distractors.length < 3) continue;
    const s = l.st.sentence;
    const id = `cause-effect:${s.start}`;
    const { options, option } = ctx.arrange(id, l.cause, distractors);
    out.push({
      value: 0.7,
      question: {
        id,
        category: "comprehension",
        type: "cause-effect",
        skill: "cause and effect",
        standard: "RI.8.3",
        difficulty: 2,
        format: "mc",
        prompt: `The article says that ${l.effect}. Which of these does it give as the reason?`,
        options,
        key: { option, answerKind: "text" },
        evidence: [ctx.span(s.start, s.end)],
        explanation: `Paragraph ${ctx.paragraphOf(s.start)} gives the reason with the word “because”: ${l.cause}.`,
      },
    });
  }
  return out;
}
