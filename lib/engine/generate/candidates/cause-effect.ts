// Cause and effect, only where one sentence says so in so many words: "X because Y" or
// "Because Y, X". The prompt states the effect X; the options are the stated reason Y and
// clauses of the same kind and length from other, non-adjacent sentences.
import type { Candidate } from "../types";
import type { GenerateContext } from "../context";
import { CAUSE_AFTER, CAUSE_BEFORE } from "../lexicon/cause-cues";
import { standalone, type Statement } from "./standalone";
import { cleanClause, distractorClauses, isReported } from "./clauses";

interface Link {
  st: Statement;
  effect: string;
  cause: string;
}

function link(st: Statement, ctx: GenerateContext): Link | null {
  const before = CAUSE_BEFORE.exec(st.text);
  const after = CAUSE_AFTER.exec(st.text);
  const [effect, cause] = before ? [before[2], before[1]] : after ? [after[1], after[2]] : [];
  if (!effect || !cause) return null;
  // The effect stays a statement of the article in the prompt, so it must stand alone too.
  const e = cleanClause(effect, 4, 25, ctx);
  const c = cleanClause(cause, 4, 20, ctx);
  if (!e || !c || /,/.test(c)) return null;
  return { st, effect: e, cause: c };
}

export function causeEffect(ctx: GenerateContext): Candidate[] {
  const { a } = ctx;
  const statements = a.sentences.map((s) => standalone(ctx, s, 8, 45)).filter((x): x is Statement => x !== null);
  const all = statements.map((st) => link(st, ctx)).filter((l): l is Link => l !== null);
  const links = all.filter((l) => !isReported(ctx, l.st));
  // Other stated reasons make the likeliest distractors.
  const reasons = all.map((l) => ({ at: l.st.sentence.index, text: l.cause }));
  const out: Candidate[] = [];
  for (const l of links) {
    const at = l.st.sentence.index;
    const distractors = distractorClauses(ctx, statements, reasons, l.cause, at);
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
