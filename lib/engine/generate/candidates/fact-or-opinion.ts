// Fact or opinion: a judgment in someone's words, and a checkable statement of fact.
import type { Candidate } from "../types";
import type { GenerateContext } from "../context";
import { excerpt, wordCount } from "../surface";
import { statements } from "./standalone";

const FACT = "Fact: it can be checked";
const OPINION = "Opinion: it is a judgment or belief";

export function factOrOpinion(ctx: GenerateContext): Candidate[] {
  const { a } = ctx;
  const out: Candidate[] = [];
  const markers = a.sourcing.opinionMarkers.filter((m) => m.inQuote && m.kind !== "first-person");
  const quote = a.quotations.find((q) => q.kind === "direct" && markers.some((m) => m.start >= q.content.start && m.end <= q.content.end) && wordCount(q.content.text) >= 6);
  if (quote) {
    const marker = markers.find((m) => m.start >= quote.content.start && m.end <= quote.content.end)!;
    const speaker = ctx.person(quote.speaker.personId);
    out.push({
      value: 0.7,
      question: {
        id: `fact-or-opinion:opinion:${quote.start}`,
        category: "media-literacy",
        type: "fact-or-opinion",
        skill: "fact or opinion",
        standard: "RI.8.8",
        difficulty: 2,
        format: "mc",
        prompt: `Is this statement from paragraph ${ctx.paragraphOf(quote.start)} a fact or an opinion? “${excerpt(quote.content.text, 30)}”`,
        options: [FACT, OPINION],
        key: { option: 1 },
        evidence: [ctx.span(quote.start, quote.end), ctx.span(marker.start, marker.end)],
        explanation: `Opinion: “${marker.text}” shows a judgment about what ought to happen${speaker ? `, and it is ${speaker.name}'s view` : ""}; it cannot be proved true or false.`,
      },
    });
  }
  const hedgeOrOpinion = (start: number, end: number) =>
    a.sourcing.hedges.some((h) => h.start >= start && h.end <= end) || a.sourcing.opinionMarkers.some((h) => h.start >= start && h.end <= end) || a.sourcing.loadedWords.some((h) => h.start >= start && h.end <= end);
  for (const s of a.sentences) {
    const hasFigure = a.quantities.some((q) => q.start >= s.start && q.end <= s.end && /\d/.test(q.text)) || a.dates.some((d) => d.start >= s.start && d.end <= s.end && d.kind === "absolute");
    if (!hasFigure || s.text.includes("“") || hedgeOrOpinion(s.start, s.end)) continue;
    const st = statements(ctx, s, 8, 30)[0];
    if (!st) continue;
    out.push({
      value: 0.6,
      question: {
        id: `fact-or-opinion:fact:${s.start}`,
        category: "media-literacy",
        type: "fact-or-opinion",
        skill: "fact or opinion",
        standard: "RI.8.8",
        difficulty: 1,
        format: "mc",
        prompt: `Is this statement from paragraph ${ctx.paragraphOf(s.start)} a fact or an opinion? “${st.text}”`,
        options: [FACT, OPINION],
        key: { option: 0 },
        evidence: [ctx.span(s.start, s.end)],
        explanation: "Fact: it reports something that happened, with details (numbers, dates, names) that can be checked in other sources.",
      },
    });
    break;
  }
  return out;
}
