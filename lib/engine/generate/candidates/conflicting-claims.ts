// Who disputes whose claim: a dispute cue ("rejected", "denied") with another person's claim as object.
import type { Candidate } from "../types";
import type { GenerateContext } from "../context";
import { excerpt, wordCount } from "../surface";
import { pickPeople } from "./pick-people";

const DISPUTE = /^(rejected|denied|disputed|dismissed|contradicted|refuted|challenged|rebuffed|criticized|criticised)$/i;

export function conflictingClaims(ctx: GenerateContext): Candidate[] {
  const out: Candidate[] = [];
  for (const q of ctx.a.quotations) {
    if (!q.cue || !DISPUTE.test(q.cue.text.trim())) continue;
    const speaker = ctx.person(q.speaker.personId);
    if (!speaker) continue;
    const content = q.content.text.trim();
    // The disputed claim must belong to someone else named in it ("Okafor’s call for …").
    const owner = ctx.a.people.find((p) => p.id !== speaker.id && p.mentions.some((m) => m.start >= q.content.start && m.end <= q.content.end && m.kind !== "pronoun"));
    if (!owner || wordCount(content) < 3 || wordCount(content) > 25) continue;
    const distractors = pickPeople(ctx, [speaker.id, owner.id], q.start, 3, content);
    if (distractors.length < 2) continue;
    const id = `conflicting-claims:${q.content.start}`;
    const { options, option } = ctx.arrange(id, speaker.name, distractors.map((p) => p.name));
    const sentence = ctx.sentenceAt(q.start) ?? q;
    out.push({
      value: 0.85,
      question: {
        id,
        category: "media-literacy",
        type: "conflicting-claims",
        skill: "conflicting claims: who disputes whom",
        standard: "RI.8.9",
        difficulty: 2,
        format: "mc",
        prompt: `Who ${q.cue.text.trim().toLowerCase()} ${excerpt(content, 25)}?`,
        options,
        key: { option, answerKind: "person" },
        evidence: [ctx.span(sentence.start, sentence.end)],
        explanation: `In paragraph ${ctx.paragraphOf(q.start)}, ${speaker.name} ${q.cue.text.trim().toLowerCase()} a claim made by ${owner.name}.`,
      },
    });
  }
  return out;
}
