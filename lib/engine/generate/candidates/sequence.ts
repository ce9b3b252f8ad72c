// Sequence, only where one sentence orders two events with "after": "X after Y" or "After Y, X".
// The prompt states the later event X; the options are the earlier event Y and clauses of the
// same kind and length from other, non-adjacent sentences.
import type { Candidate } from "../types";
import type { GenerateContext } from "../context";
import { AFTER_AFTER, AFTER_BEFORE, FINITE_VERB } from "../lexicon/cause-cues";
import { standalone, type Statement } from "./standalone";
import { cleanClause, distractorClauses, isReported } from "./clauses";

interface Order {
  st: Statement;
  later: string;
  earlier: string;
}

/** A clause with a finite verb among its first words: an event, not a time ("after a year of …"). */
const isEvent = (clause: string) => clause.split(/\s+/).slice(1, 6).some((w) => FINITE_VERB.test(w));

function order(st: Statement, ctx: GenerateContext): Order | null {
  const before = AFTER_BEFORE.exec(st.text);
  const after = AFTER_AFTER.exec(st.text);
  const [later, earlier] = before ? [before[2], before[1]] : after ? [after[1], after[2]] : [];
  if (!later || !earlier) return null;
  const l = cleanClause(later, 4, 25, ctx);
  const e = cleanClause(earlier, 4, 20, ctx);
  if (!l || !e || !isEvent(e) || !isEvent(`x ${l}`)) return null;
  // A later clause with a second time clause of its own ("… as the votes moved … and earlier in the day") does not read alone.
  if (/\b(?:as|when|while|and earlier|and later)\b/.test(l)) return null;
  return { st, later: l, earlier: e };
}

export function sequence(ctx: GenerateContext): Candidate[] {
  const statements = ctx.a.sentences.map((s) => standalone(ctx, s, 8, 45)).filter((x): x is Statement => x !== null);
  const all = statements.map((st) => order(st, ctx)).filter((o): o is Order => o !== null);
  const events = all.map((o) => ({ at: o.st.sentence.index, text: o.earlier }));
  const out: Candidate[] = [];
  for (const o of all) {
    if (isReported(ctx, o.st)) continue;
    const s = o.st.sentence;
    const distractors = distractorClauses(ctx, statements, events, o.earlier, s.index);
    if (distractors.length < 3) continue;
    const id = `sequence:${s.start}`;
    const { options, option } = ctx.arrange(id, o.earlier, distractors);
    out.push({
      value: 0.68,
      question: {
        id,
        category: "comprehension",
        type: "sequence",
        skill: "sequence of events",
        standard: "RI.8.3",
        difficulty: 2,
        format: "mc",
        prompt: `According to the article, ${o.later} after which of these?`,
        options,
        key: { option, answerKind: "text" },
        evidence: [ctx.span(s.start, s.end)],
        explanation: `Paragraph ${ctx.paragraphOf(s.start)} puts the two events in order with the word “after”: first ${o.earlier}.`,
      },
    });
  }
  return out;
}
