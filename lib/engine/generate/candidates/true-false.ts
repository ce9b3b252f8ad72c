// True / false / not stated: a statement from the article, or the same statement with one
// name, country or number swapped for another from the article (which makes it false).
import type { Candidate } from "../types";
import type { GenerateContext } from "../context";
import { standalone } from "./standalone";
import { swapOne } from "./swap";

export const TF_OPTIONS = ["True", "False", "Not stated"];

export function trueFalse(ctx: GenerateContext): Candidate[] {
  const out: Candidate[] = [];
  ctx.a.sentences.forEach((sentence, i) => {
    if (sentence.paragraph === 0 && i === 0) return; // the lede is the central-idea question's
    const st = standalone(ctx, sentence, 8, 32);
    if (!st) return;
    const p = ctx.paragraphOf(sentence.start);
    const evidence = [ctx.span(sentence.start, sentence.end)];
    // Both a true and a false version are offered; alternating values through the article
    // keeps a mix of both kinds at the top of the ranking (one sentence is used once).
    const preferFalse = i % 2 === 1;
    const swapped = swapOne(ctx, st.text, sentence.start);
    if (swapped) {
      out.push({
        value: preferFalse ? 0.62 : 0.57,
        question: {
          id: `true-false:false:${sentence.start}`,
          category: "comprehension",
          type: "true-false",
          skill: "true, false or not stated",
          standard: "RI.8.1",
          difficulty: 2,
          format: "tf",
          prompt: `True, false, or not stated in the article? “${swapped.text}”`,
          options: TF_OPTIONS,
          key: { option: 1 },
          evidence,
          explanation: `False: paragraph ${p} says ${swapped.original}, not ${swapped.replacement}.`,
        },
      });
    }
    if (!/\p{Lu}/u.test(st.text.slice(1)) && !/\d/.test(st.text)) return; // needs a checkable fact
    out.push({
        value: preferFalse ? 0.55 : 0.6,
        question: {
          id: `true-false:true:${sentence.start}`,
          category: "comprehension",
          type: "true-false",
          skill: "true, false or not stated",
          standard: "RI.8.1",
          difficulty: 1,
          format: "tf",
          prompt: `True, false, or not stated in the article? “${st.text}”`,
          options: TF_OPTIONS,
          key: { option: 0 },
          evidence,
          explanation: `True: paragraph ${p} says this.`,
        },
    });
  });
  return out;
}
