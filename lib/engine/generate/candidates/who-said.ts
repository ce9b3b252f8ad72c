// Who said it? A quotation in the speaker's own words, with the article's other people as options.
import type { Candidate } from "../types";
import type { GenerateContext } from "../context";
import { excerpt, shortName, wordCount } from "../surface";
import { pickPeople } from "./pick-people";

/** Words that open a clause torn from its sentence: “as the two sides try …”, “went into …”. */
const FRAGMENT_START = /^(?:as|and|but|or|because|which|that|who|to|of|for|with|in|on|by|if|when|while|than|so|then|is|are|was|were|has|have|had)\b/i;

/**
 * A partial quotation makes sense alone only when it reads as a statement: a capitalised
 * sentence, or a longer phrase that does not open mid-clause.
 */
function isFragment(kind: string, words: string): boolean {
  if (kind === "direct" || /^[“"]?\p{Lu}/u.test(words)) return false;
  return wordCount(words) < 10 || FRAGMENT_START.test(words) || /^\p{Ll}+(?:ed|s)\b/u.test(words);
}

export function whoSaid(ctx: GenerateContext): Candidate[] {
  const { a } = ctx;
  const out: Candidate[] = [];
  for (const q of a.quotations) {
    if (q.kind === "indirect") continue;
    const speaker = ctx.person(q.speaker.personId);
    if (!speaker) continue;
    const words = excerpt(q.content.text);
    if (wordCount(words) < 5 || isFragment(q.kind, words)) continue;
    // The quote must not give its speaker away.
    if (words.toLowerCase().includes(shortName(speaker).toLowerCase())) continue;
    const distractors = pickPeople(ctx, [speaker.id], q.start, 3, words);
    if (distractors.length < 2) continue;
    const id = `who-said:${q.content.start}`;
    const { options, option } = ctx.arrange(id, speaker.name, distractors.map((p) => p.name));
    const evidence = [ctx.span(q.start, q.end)];
    const sentence = ctx.sentenceAt(q.start);
    if (sentence && (sentence.start < q.start || sentence.end > q.end)) evidence[0] = ctx.span(Math.min(sentence.start, q.start), Math.max(sentence.end, q.end));
    if (q.speaker.mention && (q.speaker.mention.start < evidence[0]!.start || q.speaker.mention.end > evidence[0]!.end)) {
      evidence.push(ctx.span(q.speaker.mention.start, q.speaker.mention.end));
    }
    // When the attribution is a pronoun ("she said"), the evidence also shows where the article names the person.
    const named = (e: { start: number; end: number }) => speaker.mentions.some((m) => m.kind !== "pronoun" && m.kind !== "possessive" && m.start >= e.start && m.end <= e.end);
    if (!evidence.some(named)) {
      const name = [...speaker.mentions].reverse().find((m) => m.kind !== "pronoun" && m.kind !== "possessive" && m.end <= q.start) ?? speaker.mentions.find((m) => m.kind !== "pronoun" && m.kind !== "possessive");
      if (name) evidence.push(ctx.span(name.start, name.end));
    }
    const p = ctx.paragraphOf(q.start);
    out.push({
      value: 0.72 + Math.min(0.15, wordCount(words) / 200) + (q.kind === "direct" ? 0.05 : 0),
      question: {
        id,
        category: "media-literacy",
        type: "who-said",
        skill: "attribution: who said it",
        standard: "RI.8.6",
        difficulty: q.speaker.mention && q.speaker.mention.text.toLowerCase() === shortName(speaker).toLowerCase() ? 1 : 2,
        format: "mc",
        prompt: `Who said “${words}” (paragraph ${p})?`,
        options,
        key: { option, answerKind: "person" },
        evidence,
        explanation: `In paragraph ${p}, the article attributes these words to ${speaker.name}${speaker.role ? `, ${speaker.role}` : ""}.`,
      },
    });
  }
  return out;
}
