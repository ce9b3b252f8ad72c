// News or opinion: what kind of text this is, and the clues that show it.
import type { Candidate } from "../types";
import type { GenerateContext } from "../context";

const LABEL = { news: "A news report", opinion: "An opinion column", analysis: "A news analysis", "press-release": "A press release" } as const;

export function newsOrOpinion(ctx: GenerateContext): Candidate[] {
  const { type, cues, reason } = ctx.a.articleType;
  const id = "news-or-opinion";
  const others = (Object.keys(LABEL) as (keyof typeof LABEL)[]).filter((k) => k !== type && k !== "analysis").map((k) => LABEL[k]);
  const { options, option } = ctx.arrange(id, LABEL[type], [...others, "An advertisement"].slice(0, 3));
  return [
    {
      value: 0.6,
      question: {
        id,
        category: "media-literacy",
        type: "news-or-opinion",
        skill: "news or opinion",
        standard: "RI.8.6",
        difficulty: 1,
        format: "mc",
        prompt: "What kind of text is this article?",
        options,
        key: { option },
        evidence: cues.slice(0, 3).map((c) => ctx.span(c.start, c.end)),
        explanation: reason,
      },
    },
  ];
}
