// Literal "who" from reported speech: "According to the article, who said that …?"
import type { Candidate } from "../types";
import type { GenerateContext } from "../context";
import { excerpt, lowerFirst, shortName, wordCount } from "../surface";
import { BACK_REFERENCE, PRONOUN } from "../lexicon/anaphora";
import { pickPeople } from "./pick-people";
import { THAT_VERBS } from "../lexicon/verbs";

export function literalWho(ctx: GenerateContext): Candidate[] {
  const out: Candidate[] = [];
  for (const q of ctx.a.quotations) {
    if (q.kind !== "indirect" || !q.cue) continue;
    const verb = THAT_VERBS[q.cue.text.toLowerCase().split(/\s+/)[0] ?? ""];
    const speaker = ctx.person(q.speaker.personId);
    if (!verb || !speaker) continue;
    const content = lowerFirst(q.content.text.trim().replace(/^that\s+/i, ""));
    // Reported clauses that open with a pronoun or run long lose their meaning out of context.
    if (/^(he|she|it|they|this|that|these|those|his|her|its|their)\b/i.test(content) || PRONOUN.test(content) || BACK_REFERENCE.test(content)) continue;
    // A clause that still starts with a capital after lowerFirst is a name, or a torn sentence.
    if (!/^\p{Lu}\p{Ll}/u.test(content) && !/^\p{Ll}/u.test(content)) continue;
    const n = wordCount(content);
    if (n < 6 || n > 30 || content.includes("“") || content.includes('"')) continue;
    if (content.toLowerCase().includes(shortName(speaker).toLowerCase())) continue;
    const distractors = pickPeople(ctx, [speaker.id], q.start, 3, content);
    if (distractors.length < 2) continue;
    const id = `literal-who:${q.content.start}`;
    const { options, option } = ctx.arrange(id, speaker.name, distractors.map((p) => p.name));
    const sentence = ctx.sentenceAt(q.content.start) ?? q;
    out.push({
      value: 0.7,
      question: {
        id,
        category: "comprehension",
        type: "literal-who",
        skill: "literal comprehension: who",
        standard: "RI.8.1",
        difficulty: 2,
        format: "mc",
        prompt: `According to the article, who ${verb} that ${excerpt(content, 30).replace(/[.]$/, "")}?`,
        options,
        key: { option, answerKind: "person" },
        evidence: [ctx.span(sentence.start, sentence.end)],
        explanation: `Paragraph ${ctx.paragraphOf(q.start)} reports that ${speaker.name} ${verb} this.`,
      },
    });
  }
  return out;
}
