// "Why did the city close the old bridge?": a why-question from the effect clause of a cause
// sentence, read with the simple-clause reader so subject, auxiliary and tense come out right.
// Null when the effect is not one simple clause; the caller then states the effect instead.
import type { Sentence } from "../../analyze";
import type { GenerateContext } from "../context";
import { readClause, question, danglingPronoun } from "./simple-clause";
import { MAX_QUESTION_WORDS } from "./wh-question";
import { wordCount } from "../surface";

/** The question for the effect written at [start, end) of sentence `s`. */
export function whyQuestion(ctx: GenerateContext, s: Sentence, start: number, end: number): string | null {
  const text = ctx.a.text.slice(start, end);
  const c = readClause(ctx, { ...s, start, end, text }, start > s.start);
  if (!c) return null;
  // The clause must be the whole effect: nothing after a comma left out of the question.
  const last = c.rest[c.rest.length - 1]!;
  if (ctx.a.text.slice(last.end, end).replace(/[\s.,;:!?]+/g, "") !== "") return null;
  const q = question(ctx, "Why", c, c.rest).replace(/[.,;:]+\?$/, "?");
  if (wordCount(q) > MAX_QUESTION_WORDS || wordCount(q) < 4 || danglingPronoun(ctx, c, q)) return null;
  return q;
}
