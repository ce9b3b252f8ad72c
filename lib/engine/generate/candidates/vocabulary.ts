// Vocabulary in context: "As used in paragraph N, what does “staunch” most nearly mean?" The
// words, the sense used and the wrong senses come from the vocabulary pass (analyze/vocabulary),
// which needs a dictionary; generate() takes its result as an optional input to stay pure.
import type { Candidate } from "../types";
import type { GenerateContext } from "../context";
import type { VocabularyItem } from "../../analyze/vocabulary";
import { wordCount } from "../surface";

export function vocabulary(ctx: GenerateContext, items: readonly VocabularyItem[]): Candidate[] {
  const out: Candidate[] = [];
  items.forEach((item, rank) => {
    const definition = item.definition.trim();
    // Other senses of the same word are left out: when the sense chosen for the context is
    // uncertain, another sense of the word may fit as well, and the question would have two keys.
    const own = new Set(item.otherSenses.map((d) => d.trim()));
    const distractors = [...new Set(item.distractors.map((d) => d.trim()))].filter((d) => d && d !== definition && !own.has(d));
    if (distractors.length < 3 || wordCount(definition) < 2) return;
    const sentence = ctx.span(item.sentence.start, item.sentence.end);
    // The word must read the same in the sentence a student is shown.
    if (ctx.a.text.slice(item.start, item.end) !== item.text || wordCount(sentence.text) > 45) return;
    const p = ctx.paragraphOf(item.start);
    const id = `vocabulary:${item.start}`;
    const { options, option } = ctx.arrange(id, definition, distractors.slice(0, 3));
    out.push({
      value: 0.8 - rank * 0.03,
      question: {
        id,
        category: "comprehension",
        type: "vocabulary",
        skill: "vocabulary in context",
        standard: "RI.8.4",
        difficulty: item.senseIndex > 0 ? 3 : 2,
        format: "mc",
        prompt: `Read this sentence from paragraph ${p}: “${sentence.text.trim()}” As it is used here, what does “${item.text}” most nearly mean?`,
        options,
        key: { option, answerKind: "text" },
        evidence: [ctx.span(item.start, item.end), sentence],
        explanation: `Here “${item.text}” means “${definition}”${item.synonyms.length ? ` (like ${item.synonyms.slice(0, 2).map((s) => `“${s}”`).join(" or ")})` : ""}; the sentence around it shows which sense is meant.`,
      },
    });
  });
  return out;
}
