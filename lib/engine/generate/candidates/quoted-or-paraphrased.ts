// Quoted or paraphrased? Who speaks in their own words, and who is only reported.
import type { Candidate } from "../types";
import type { GenerateContext } from "../context";

export function quotedOrParaphrased(ctx: GenerateContext): Candidate[] {
  const people = ctx.a.sourcing.sources.filter((s) => s.personId && !s.anonymous);
  const quoted = people.filter((s) => s.quotedDirectly);
  const paraphrasedOnly = people.filter((s) => !s.quotedDirectly && s.paraphrases > 0);
  const out: Candidate[] = [];
  const name = (id: string | null) => ctx.person(id)?.name ?? "";
  // "Only paraphrased" is the sharper question: one such person among those quoted directly.
  paraphrasedOnly.slice(0, 2).forEach((key, i) => {
    if (quoted.length < 2) return;
    const id = `quoted-or-paraphrased:paraphrased:${key.personId}`;
    const { options, option } = ctx.arrange(id, name(key.personId), quoted.slice(0, 3).map((s) => name(s.personId)));
    const first = key.spans[0]!;
    out.push({
      value: 0.8 - i * 0.1,
      question: {
        id,
        category: "media-literacy",
        type: "quoted-or-paraphrased",
        skill: "sourcing: quoted vs paraphrased",
        standard: "RI.8.6",
        difficulty: 3,
        format: "mc",
        prompt: "Which of these people does the article only paraphrase, never quoting their exact words?",
        options,
        key: { option, answerKind: "person" },
        evidence: key.spans.slice(0, 3).map((s) => ctx.span(s.start, s.end)),
        explanation: `The article reports what ${name(key.personId)} said (paragraph ${ctx.paragraphOf(first.start)}) but never puts their words in quotation marks; the others are quoted directly.`,
      },
    });
  });
  return out;
}
