// Named or anonymous sources, and why a reporter might grant anonymity.
import type { Candidate } from "../types";
import type { GenerateContext } from "../context";

export function namedOrAnonymous(ctx: GenerateContext): Candidate[] {
  const { sourcing } = ctx.a;
  const out: Candidate[] = [];
  const anon = sourcing.anonymousSources[0];
  if (anon) {
    const sentence = ctx.sentenceAt(anon.start) ?? anon;
    const id = `named-or-anonymous:${anon.start}`;
    const key = "An anonymous source: the person is not named";
    const { options, option } = ctx.arrange(id, key, ["A named source: the article says who the person is", "No source: it is the reporter's own opinion"]);
    out.push({
      value: 0.85,
      question: {
        id,
        category: "media-literacy",
        type: "named-or-anonymous",
        skill: "sourcing: named vs anonymous",
        standard: "RI.8.8",
        difficulty: 1,
        format: "mc",
        prompt: `Paragraph ${ctx.paragraphOf(anon.start)} relies on “${anon.text}”. What kind of source is this?`,
        options,
        key: { option },
        evidence: [ctx.span(sentence.start, sentence.end)],
        explanation: `“${anon.text}” does not name the person, so readers cannot check who they are or what they might gain.`,
      },
    });
    out.push({
      value: 0.6,
      question: {
        id: `named-or-anonymous:why:${anon.start}`,
        category: "media-literacy",
        type: "named-or-anonymous",
        skill: "sourcing: why anonymity",
        standard: "RI.8.8",
        difficulty: 3,
        format: "open",
        prompt: `Paragraph ${ctx.paragraphOf(anon.start)} uses a source the article does not name. Why might a reporter agree not to name a source, and what does it cost the reader?`,
        key: {},
        evidence: [ctx.span(sentence.start, sentence.end)],
        explanation: "Reporters grant anonymity when a source could be punished for speaking; readers then cannot judge the source's knowledge or motives themselves.",
      },
    });
  } else if (sourcing.namedSources >= 2) {
    const named = sourcing.sources.filter((s) => !s.anonymous && s.spans.length);
    const id = "named-or-anonymous:all-named";
    const key = "All of them are named";
    const { options, option } = ctx.arrange(id, key, ["Most of them are anonymous", "The article has no sources"]);
    out.push({
      value: 0.55,
      question: {
        id,
        category: "media-literacy",
        type: "named-or-anonymous",
        skill: "sourcing: named vs anonymous",
        standard: "RI.8.8",
        difficulty: 1,
        format: "mc",
        prompt: "Think about the people and groups the article quotes or reports. Which is true of its sources?",
        options,
        key: { option },
        evidence: named.slice(0, 3).map((s) => ctx.span(s.spans[0]!.start, s.spans[0]!.end)),
        explanation: `Every source the article relies on is identified by name (${named.slice(0, 4).map((s) => s.label).join(", ")}).`,
      },
    });
  }
  return out;
}
