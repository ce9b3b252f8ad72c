// Which side has a voice? When exactly one side of the story (a country or organization) is
// quoted in its own words and at least two others are only reported, ask which one is quoted;
// and, wherever two or more sides speak, an open question on how much voice each side gets.
import type { Candidate } from "../types";
import type { GenerateContext } from "../context";

/** Think tanks, universities and research centres comment on a story; they are not one of its sides. */
const COMMENTATOR = /\b(?:Center|Centre|Institution|Institute|Foundation|University|College|School|Law Center)\b/;

export function sideVoice(ctx: GenerateContext): Candidate[] {
  const sides = ctx.a.sourcing.sides.filter((s) => s.attributions > 0 && !COMMENTATOR.test(s.side));
  const out: Candidate[] = [];
  const quoted = sides.filter((s) => s.quotedWords > 0);
  const silent = sides.filter((s) => s.quotedWords === 0);
  const spansOf = (side: string) =>
    ctx.a.sourcing.sources
      .filter((s) => s.side === side)
      .flatMap((s) => s.spans)
      .slice(0, 2)
      .map((s) => ctx.span(s.start, s.end));
  // Only safe when every source quoted in their own words is known to speak for a side; a quoted
  // speaker with no known side could be the real voice the question would deny.
  const unsided = ctx.a.sourcing.sources.some((s) => s.quotedDirectly && s.side === null);
  if (!unsided && quoted.length === 1 && silent.length >= 2) {
    const key = quoted[0]!;
    const id = `side-voice:${key.side}`;
    const { options, option } = ctx.arrange(id, key.side, silent.slice(0, 3).map((s) => s.side));
    out.push({
      value: 0.78,
      question: {
        id,
        category: "media-literacy",
        type: "quoted-or-paraphrased",
        skill: "sourcing: which side has a voice",
        standard: "RI.8.6",
        difficulty: 3,
        format: "mc",
        prompt: "The article reports what several sides said. Which side is the only one whose spokespeople are quoted in their own words?",
        options,
        key: { option },
        evidence: spansOf(key.side),
        explanation: `Only ${key.side}'s side speaks in quotation marks (${key.quotedWords} quoted words); ${silent.map((s) => s.side).join(" and ")} are only reported in the reporter's words.`,
      },
    });
  }
  if (sides.length >= 2) {
    out.push({
      value: 0.5,
      question: {
        id: "side-voice:open",
        category: "media-literacy",
        type: "quoted-or-paraphrased",
        skill: "sourcing: how many sources each side gets",
        standard: "RI.8.6",
        difficulty: 3,
        format: "open",
        prompt: `Count who speaks for each side in this article (${sides.slice(0, 4).map((s) => s.side).join(", ")}). Which side gets the most voice, and how might that shape what a reader thinks?`,
        key: {},
        evidence: sides.flatMap((s) => spansOf(s.side)).slice(0, 4),
        explanation: sides.map((s) => `${s.side}: ${s.sources.length} source(s), ${s.attributions} attribution(s), ${s.quotedWords} quoted words`).join("; ") + ".",
      },
    });
  }
  return out;
}
