// Cause and effect, only where the article says so in so many words (cause-links.ts reads the
// cues: because, since, because of, due to, as a result of, led to, caused, in order to; and
// "As a result, …" after a sentence). The key is the stated cause, or the stated result for "As
// a result"; the wrong options are of the same kind (clauses, noun phrases, "to …" purposes)
// from other, non-adjacent sentences, so the text never gives them as this cause.
//   "The city closed the old bridge because engineers found deep cracks."
//     → "According to the article, why did the city close the old bridge?"
import type { Candidate, Question } from "../types";
import type { GenerateContext } from "../context";
import { RESULT_OPENER } from "../lexicon/cause-cues";
import { standalone, type Statement } from "./standalone";
import { cleanClause, distractorClauses, isReported } from "./clauses";
import { readLink, type Link } from "./cause-links";
import { whyQuestion } from "./why-question";
import { phraseDistractors } from "./noun-phrases";
import { infinitives } from "./infinitives";
import { gerunds } from "./gerunds";
import { capital } from "./wh-question";

export function causeEffect(ctx: GenerateContext): Candidate[] {
  const statements = ctx.a.sentences.map((s) => standalone(ctx, s, 8, 45)).filter((x): x is Statement => x !== null);
  const all = statements.map((st) => readLink(ctx, st)).filter((l): l is Link => l !== null);
  // Other stated reasons make the likeliest distractors.
  const reasons = all.filter((l) => l.kind === "clause").map((l) => ({ at: l.st.sentence.index, text: l.cause }));
  const out: Candidate[] = [];
  for (const l of all) {
    // A reason inside reported speech is the speaker's claim, not the article's.
    if (isReported(ctx, l.st)) continue;
    const q = question(ctx, l, statements, reasons);
    if (q) out.push({ value: 0.7, question: q });
  }
  out.push(...results(ctx, statements));
  return out;
}

function question(ctx: GenerateContext, l: Link, statements: Statement[], reasons: { at: number; text: string }[]): Question | null {
  const s = l.st.sentence;
  const at = s.index;
  let distractors: string[];
  let prompt: string;
  if (l.kind === "clause") {
    distractors = distractorClauses(ctx, statements, reasons, l.cause, at);
    const why = l.effectAt && whyQuestion(ctx, s, l.effectAt.start, l.effectAt.end);
    prompt = why ? `According to the article, ${lowerWh(why)}` : `The article says that ${l.effect}. Which of these does it give as the reason?`;
  } else if (l.kind === "noun") {
    distractors = phraseDistractors(ctx, { text: l.cause, sentence: s }, [], (np) => !np.object);
    prompt = `The article says that ${l.effect}. What does it give as the cause?`;
  } else if (l.kind === "agent") {
    distractors = phraseDistractors(ctx, { text: l.cause, sentence: s });
    prompt = `According to the article, what ${l.cue} ${l.effect}?`;
  } else if (l.kind === "action") {
    distractors = sameKind(ctx, gerunds(ctx), l.cause, s);
    const why = l.effectAt && whyQuestion(ctx, s, l.effectAt.start, l.effectAt.end);
    prompt = why ? `According to the article, ${lowerWh(why)}` : `The article says that ${l.effect}. Which of these does it give as the reason?`;
  } else {
    const seen = new Set([l.cause.toLowerCase()]);
    distractors = infinitives(ctx)
      .filter((x) => Math.abs(x.sentenceIndex - at) > 1 && !seen.has(x.text.toLowerCase()) && x.text.length * 2 >= l.cause.length && x.text.length <= l.cause.length * 2 && !ctx.a.text.slice(s.start, s.end).includes(x.text))
      .map((x) => (seen.add(x.text.toLowerCase()), x.text))
      .filter((x, i, xs) => xs.indexOf(x) === i)
      .slice(0, 3);
    const why = l.effectAt && whyQuestion(ctx, s, l.effectAt.start, l.effectAt.end);
    if (!why) return null;
    prompt = `According to the article, ${lowerWh(why)}`;
  }
  if (distractors.length < 3) return null;
  const id = `cause-effect:${l.kind}:${s.start}`;
  const { options, option } = ctx.arrange(id, capital(l.cause), distractors.map(capital));
  return {
    id,
    category: "comprehension",
    type: "cause-effect",
    skill: "cause and effect",
    standard: "RI.8.3",
    difficulty: 2,
    format: "mc",
    prompt,
    options,
    key: { option, answerKind: "text" },
    evidence: [ctx.span(s.start, s.end)],
    explanation: `Paragraph ${ctx.paragraphOf(s.start)} gives the ${l.kind === "purpose" ? "purpose" : "cause"} with the words “${l.cue}”: ${l.cause}.`,
  };
}

/** Phrases of the key's kind from sentences that are not its neighbours, of similar length, none in the key's own sentence. */
function sameKind(ctx: GenerateContext, pool: { text: string; sentenceIndex: number }[], key: string, s: { start: number; end: number; index: number }): string[] {
  const own = ctx.a.text.slice(s.start, s.end).toLowerCase();
  const seen = new Set([key.toLowerCase()]);
  const out: string[] = [];
  for (const x of pool) {
    const lower = x.text.toLowerCase();
    if (seen.has(lower) || Math.abs(x.sentenceIndex - s.index) <= 1 || own.includes(lower) || x.text.length * 2 < key.length || x.text.length > key.length * 2) continue;
    seen.add(lower);
    out.push(x.text);
    if (out.length === 3) break;
  }
  return out;
}

/** "Why did …?" after "According to the article, ". */
const lowerWh = (q: string) => q[0]!.toLowerCase() + q.slice(1);

/**
 * "As a result, <effect>." The cause is the sentence before, which the prompt states; the key is
 * the result, against clauses of other sentences.
 */
function results(ctx: GenerateContext, statements: Statement[]): Candidate[] {
  const out: Candidate[] = [];
  for (const st of statements) {
    const m = RESULT_OPENER.exec(st.text);
    if (!m || isReported(ctx, st)) continue;
    const effect = cleanClause(m[1]!, 4, 20, ctx);
    // News paragraphs are often one sentence long, so the sentence before may open its own paragraph.
    const before = statements.find((x) => x.sentence.index === st.sentence.index - 1);
    const cause = before && !isReported(ctx, before) ? cleanClause(before.text, 5, 30, ctx) : null;
    if (!effect || !cause) continue;
    const s = st.sentence;
    const distractors = distractorClauses(ctx, statements, [], effect, s.index).filter((d) => !before!.text.toLowerCase().includes(d.toLowerCase()));
    if (distractors.length < 3) continue;
    const id = `cause-effect:result:${s.start}`;
    const { options, option } = ctx.arrange(id, capital(effect), distractors.map(capital));
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
        prompt: `The article says that ${cause}. According to the article, what happened as a result?`,
        options,
        key: { option, answerKind: "text" },
        evidence: [ctx.span(before!.sentence.start, before!.sentence.end), ctx.span(s.start, s.end)],
        explanation: `Paragraph ${ctx.paragraphOf(s.start)} opens with “${m[0].split(",")[0]}”: ${effect}.`,
      },
    });
  }
  return out;
}
