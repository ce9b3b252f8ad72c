// Central idea: the lede (or headline) against true but minor details and one statement the
// article does not make.
import type { Candidate } from "../types";
import type { GenerateContext } from "../context";
import { standalone } from "./standalone";
import { swapOne } from "./swap";
import { wordCount } from "../surface";

export function centralIdea(ctx: GenerateContext): Candidate[] {
  const { a } = ctx;
  const lede = a.sentences[0];
  if (!lede) return [];
  const key = standalone(ctx, lede, 10, 48);
  if (!key) return [];
  const n = wordCount(key.text);
  // Minor details: later, self-contained sentences of similar length.
  const details = a.sentences
    .slice(Math.floor(a.sentences.length / 2))
    .map((s) => standalone(ctx, s, Math.max(8, Math.floor(n * 0.5)), Math.ceil(n * 1.4)))
    .filter((s): s is NonNullable<typeof s> => s !== null)
    .slice(0, 2);
  const wrong = swapOne(ctx, key.text, lede.start);
  const distractors = [...details.map((d) => d.text), ...(wrong ? [wrong.text] : [])];
  if (distractors.length < 2) return [];
  const id = "central-idea";
  const { options, option } = ctx.arrange(id, key.text, distractors);
  return [
    {
      value: 0.95,
      question: {
        id,
        category: "comprehension",
        type: "central-idea",
        skill: "central idea",
        standard: "RI.8.2",
        difficulty: 2,
        format: "mc",
        prompt: "Which statement best sums up what the article is mainly about?",
        options,
        key: { option },
        evidence: [ctx.span(lede.start, lede.end)],
        explanation: `The opening sentence states the main news; the other choices are smaller details${wrong ? ` or something the article does not say (it names ${wrong.original}, not ${wrong.replacement})` : ""}.`,
      },
    },
  ];
}
