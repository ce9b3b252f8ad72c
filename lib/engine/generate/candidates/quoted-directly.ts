// Quoted directly: which person does the article let speak in their own words? The other
// options are people the article names but never quotes in quotation marks.
import type { Candidate } from "../types";
import type { GenerateContext } from "../context";

export function quotedDirectly(ctx: GenerateContext): Candidate[] {
  const { a } = ctx;
  const quoted = a.sourcing.sources.filter((s) => s.personId && !s.anonymous && s.quotedDirectly);
  const quotedIds = new Set(quoted.map((s) => s.personId));
  // Never quoted: no quotation or partial quotation is attributed to them at all.
  const speakers = new Set(a.quotations.filter((q) => q.kind !== "indirect").map((q) => q.speaker.personId));
  const unquoted = a.people.filter((p) => !quotedIds.has(p.id) && !speakers.has(p.id) && p.name.includes(" "));
  if (!quoted.length || unquoted.length < 2) return [];
  // The most quoted person is the clearest key.
  const key = [...quoted].sort((x, y) => y.quotedWords - x.quotedWords)[0]!;
  const person = ctx.person(key.personId)!;
  const direct = a.quotations.filter((q) => q.speaker.personId === person.id && q.kind !== "indirect");
  if (!direct.length) return [];
  const id = `quoted-directly:${person.id}`;
  const { options, option } = ctx.arrange(id, person.name, unquoted.slice(0, 3).map((p) => p.name));
  const first = direct[0]!;
  const evidence = [ctx.span(first.start, first.end)];
  if (first.speaker.mention && (first.speaker.mention.start < first.start || first.speaker.mention.end > first.end)) evidence.push(ctx.span(first.speaker.mention.start, first.speaker.mention.end));
  return [
    {
      value: 0.74,
      question: {
        id,
        category: "media-literacy",
        type: "quoted-or-paraphrased",
        skill: "sourcing: who is quoted directly",
        standard: "RI.8.6",
        difficulty: 2,
        format: "mc",
        prompt: "Which of these people does the article quote directly, in their own words inside quotation marks?",
        options,
        key: { option, answerKind: "person" },
        evidence,
        explanation: `Paragraph ${ctx.paragraphOf(first.start)} puts ${person.name}'s own words in quotation marks; the others are only mentioned or reported, never quoted.`,
      },
    },
  ];
}
