// Evidence (two-part, folded into one question): the prompt states a Part A fact — a person
// said something — and the student picks the sentence that supports it. Distractors are other
// sentences about the same person or topic that do not carry that statement.
import type { Candidate } from "../types";
import type { GenerateContext } from "../context";
import type { Quotation } from "../../analyze";
import { STOPWORDS } from "../../lexicon/stopwords";
import { excerpt, lowerFirst, shortName, wordCount } from "../surface";
import { BACK_REFERENCE, PRONOUN } from "../lexicon/anaphora";
import { standalone, type Statement } from "./standalone";

const contentWords = (s: string) => new Set((s.toLowerCase().match(/\p{L}[\p{L}'’-]+/gu) ?? []).filter((w) => w.length > 2 && !STOPWORDS.has(w)));
const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/** The reported words as they read after "<Name> said": a quotation in marks, or a "that" clause. */
function claim(q: Quotation): string | null {
  if (q.kind === "indirect") {
    const content = lowerFirst(q.content.text.trim().replace(/^that\s+/i, "")).replace(/[.,;:]+$/, "");
    // A reported clause with a pronoun or a back-reference loses its meaning out of context.
    if (PRONOUN.test(content) || BACK_REFERENCE.test(content) || /[“”"]/.test(content) || !/^\p{Ll}/u.test(content)) return null;
    const n = wordCount(content);
    return n >= 6 && n <= 24 ? `said that ${content}` : null;
  }
  const words = excerpt(q.content.text, 16);
  if (wordCount(words) < 6 || /[“”"]/.test(words)) return null;
  const quoted = `“${words}${/[…?!]$/.test(words) ? "" : "."}”`;
  // A whole quoted sentence follows "said"; a partial quotation is a phrase, so it is introduced
  // as the words used, and must not lean on a pronoun from its sentence ("his help").
  if (q.kind === "direct") return `said ${quoted}`;
  return PRONOUN.test(words) ? null : `used the words ${quoted}`;
}

export function evidenceQuote(ctx: GenerateContext): Candidate[] {
  const { a } = ctx;
  const out: Candidate[] = [];
  const statements = a.sentences.map((s) => standalone(ctx, s, 8, 45)).filter((x): x is Statement => x !== null);
  for (const q of a.quotations) {
    const speaker = ctx.person(q.speaker.personId);
    const sentence = ctx.sentenceAt(q.content.start);
    if (!speaker || !sentence || q.start < sentence.start || q.end > sentence.end) continue;
    const key = statements.find((st) => st.sentence === sentence);
    // The key sentence must name the speaker itself, so it supports the whole statement.
    if (!key || !(key.text.includes(speaker.name) || key.text.includes(shortName(speaker)))) continue;
    const said = claim(q);
    if (!said) continue;
    const quoteWords = contentWords(q.content.text);
    const quoteStart = norm(q.content.text).split(" ").slice(0, 4).join(" ");
    // Sentences that hold another quotation of the same words, or most of its content words, would also support it.
    const supports = (st: Statement) => {
      if (norm(st.sentence.text).includes(quoteStart)) return true;
      const words = contentWords(st.sentence.text);
      let shared = 0;
      for (const w of quoteWords) if (words.has(w)) shared++;
      return shared >= Math.max(3, quoteWords.size * 0.5);
    };
    const aboutSpeaker = (st: Statement) => speaker.mentions.some((m) => m.start >= st.sentence.start && m.end <= st.sentence.end);
    const topic = (st: Statement) => [...contentWords(st.sentence.text)].filter((w) => quoteWords.has(w)).length;
    const len = key.text.length;
    const others = statements
      .filter((st) => st !== key && !supports(st) && st.text.length >= len / 2 && st.text.length <= len * 2)
      .map((st) => ({ st, score: (aboutSpeaker(st) ? 10 : 0) + topic(st) - Math.abs(st.text.length - len) / 200 }))
      .filter((x) => x.score > 0)
      .sort((x, y) => y.score - x.score || x.st.sentence.start - y.st.sentence.start)
      .slice(0, 3);
    if (others.length < 3) continue;
    const id = `evidence:quote:${q.content.start}`;
    const { options, option } = ctx.arrange(id, key.text, others.map((o) => o.st.text));
    out.push({
      value: q.kind === "indirect" ? 0.68 : 0.66,
      question: {
        id,
        category: "comprehension",
        type: "evidence",
        skill: "cite evidence",
        standard: "RI.8.1",
        difficulty: q.kind === "indirect" ? 2 : 1,
        format: "mc",
        prompt: `The article reports that ${speaker.name} ${said} Which sentence from the article best supports this?`.replace(/(\p{L})( Which sentence)/u, "$1.$2"),
        options,
        key: { option },
        evidence: [ctx.span(sentence.start, sentence.end)],
        explanation: `Paragraph ${ctx.paragraphOf(sentence.start)} is where the article attributes these words to ${speaker.name}; the other sentences mention ${shortName(speaker)} or the same topic but do not report this statement.`,
      },
    });
  }
  return out;
}
