// Evidence: which sentence best supports the headline's claim. Needs a headline.
import type { Candidate } from "../types";
import type { GenerateContext } from "../context";
import { STOPWORDS } from "../../lexicon/stopwords";
import { standalone } from "./standalone";

const contentWords = (s: string) => new Set((s.toLowerCase().match(/\p{L}[\p{L}'’-]+/gu) ?? []).filter((w) => !STOPWORDS.has(w) && w.length > 2).map((w) => w.replace(/(?:['’]s|s)$/, "")));

export function evidence(ctx: GenerateContext): Candidate[] {
  const title = ctx.a.article.header.title;
  if (!title) return [];
  const claim = contentWords(title.text);
  const scored = ctx.a.sentences
    .map((s) => {
      const st = standalone(ctx, s, 8, 40);
      const words = contentWords(s.text);
      let overlap = 0;
      for (const w of claim) if (words.has(w)) overlap++;
      return { s, st, overlap };
    })
    .filter((x) => x.st !== null);
  const best = [...scored].sort((x, y) => y.overlap - x.overlap || x.s.start - y.s.start)[0];
  if (!best || best.overlap < 2) return [];
  const others = scored.filter((x) => x.overlap === 0).slice(-3);
  if (others.length < 2) return [];
  const id = "evidence:headline";
  const { options, option } = ctx.arrange(id, best.st!.text, others.map((o) => o.st!.text));
  return [
    {
      value: 0.8,
      question: {
        id,
        category: "comprehension",
        type: "evidence",
        skill: "cite evidence",
        standard: "RI.8.1",
        difficulty: 2,
        format: "mc",
        prompt: `The headline says: “${title.text}.” Which sentence from the article best supports it?`,
        options,
        key: { option },
        evidence: [ctx.span(best.s.start, best.s.end)],
        explanation: `Paragraph ${ctx.paragraphOf(best.s.start)} gives the facts behind the headline; the other sentences are about other parts of the story.`,
      },
    },
  ];
}
