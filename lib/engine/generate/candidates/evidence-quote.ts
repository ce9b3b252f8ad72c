// Evidence (two-part, folded into one question): the prompt states a Part A fact — a person
// said something — and the student picks the sentence that supports it. Distractors are other
// sentences about the same person or topic that do not carry that statement.
import type { Candidate } from "../types";
import type { GenerateContext } from "../context";
import type { Quotation, Sentence } from "../../analyze";
import { STOPWORDS } from "../../lexicon/stopwords";
import { excerpt, lowerFirst, shortName, wordCount } from "../surface";
import { BACK_REFERENCE, PRONOUN } from "../lexicon/anaphora";
import { standalone, type Statement } from "./standalone";
import { THAT_VERBS } from "../lexicon/verbs";
import { overlapsAny, type Span } from "../spans";

const contentWords = (s: string) => new Set((s.toLowerCase().match(/\p{L}[\p{L}'’-]+/gu) ?? []).filter((w) => w.length > 2 && !STOPWORDS.has(w)));
const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/** The reported words as they read after "<Name> said": a quotation in marks, or a "that" clause. */
function claim(q: Quotation): string | null {
  if (q.kind === "indirect") {
    // Only speech verbs take a "that" clause; "declared a state of emergency" is not reported speech.
    const verb = THAT_VERBS[q.cue?.text.toLowerCase().split(/\s+/)[0] ?? ""];
    if (!verb) return null;
    const content = lowerFirst(q.content.text.trim().replace(/^that\s+/i, "")).replace(/[.,;:]+$/, "");
    // A reported clause with a pronoun or a back-reference loses its meaning out of context.
    if (PRONOUN.test(content) || BACK_REFERENCE.test(content) || /[“”"]/.test(content) || !/^\p{Ll}/u.test(content)) return null;
    const n = wordCount(content);
    return n >= 6 && n <= 24 ? `${verb} that ${content}` : null;
  }
  const words = excerpt(q.content.text, 16);
  if (wordCount(words) < 6 || /[“”"]/.test(words)) return null;
  const quoted = `“${words}${/[…?!]$/.test(words) ? "" : "."}”`;
  // A whole quoted sentence follows "said"; a partial quotation is a phrase, so it is introduced
  // as the words used, and must not lean on a pronoun from its sentence ("his help").
  if (q.kind === "direct") return `said ${quoted}`;
  return PRONOUN.test(words) ? null : `used the words ${quoted}`;
}

/**
 * A sentence that opens with a quotation (“…,” Smith said.) reads alone when its marks are
 * balanced and the words outside the quotation name their speaker; standalone() leaves these
 * out for other questions, but as options of an evidence question they are what students cite.
 */
function quotedStatement(ctx: GenerateContext, sentence: Sentence): Statement | null {
  const text = sentence.text.trim();
  const n = wordCount(text);
  if (n < 8 || n > 45 || !/^[“"]/.test(text) || !/[.!]$/.test(text)) return null;
  if ((text.match(/“/g) ?? []).length !== (text.match(/”/g) ?? []).length || (text.match(/"/g) ?? []).length % 2 === 1) return null;
  const outside = text.replace(/“[^”]*”|"[^"]*"/g, " ");
  if (PRONOUN.test(outside) && !ctx.a.people.some((p) => outside.includes(shortName(p)))) return null;
  return { sentence, text };
}

/**
 * `avoid`: sentences other questions of the quiz ask about. Offered as a wrong option, one of them
 * would show that question's answer, so once the quiz is chosen the question is made again with
 * its wrong options taken from elsewhere (see `refitShownSentences` in ../index.ts).
 */
export function evidenceQuote(ctx: GenerateContext, avoid: readonly Span[] = []): Candidate[] {
  const { a } = ctx;
  const out: Candidate[] = [];
  const statements = a.sentences.map((s) => standalone(ctx, s, 8, 45) ?? quotedStatement(ctx, s)).filter((x): x is Statement => x !== null);
  for (const q of a.quotations) {
    const speaker = ctx.person(q.speaker.personId);
    const sentence = ctx.sentenceAt(q.content.start);
    if (!speaker || !sentence || q.start < sentence.start || q.end > sentence.end) continue;
    const key = statements.find((st) => st.sentence === sentence);
    // The key sentence must name the speaker itself, so it supports the whole statement.
    if (!key || !(key.text.includes(speaker.name) || key.text.includes(shortName(speaker)))) continue;
    // A whole direct quotation copied into the prompt turns the question into word matching
    // (the hand review judged every one unacceptable): only reported claims and short partial quotes.
    if (q.kind === "direct") continue;
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
    // Options of the key's shape (opening with a quotation or not) keep the form from giving it away.
    const opensQuote = (st: Statement) => /^[“"]/.test(st.text);
    const ranked = statements
      .filter((st) => st !== key && !supports(st) && !overlapsAny(st.sentence, avoid) && st.text.length >= len / 2 && st.text.length <= len * 2)
      .map((st) => ({ st, score: (aboutSpeaker(st) ? 10 : 0) + topic(st) + (opensQuote(st) === opensQuote(key) ? 3 : 0) - Math.abs(st.text.length - len) / 200 }))
      .filter((x) => x.score > 0)
      .sort((x, y) => y.score - x.score || x.st.sentence.start - y.st.sentence.start);
    // An article that repeats a sentence (in full and shortened) must not offer it twice.
    const others: typeof ranked = [];
    for (const x of ranked) if (others.length < 3 && !others.some((o) => o.st.text.slice(0, 40) === x.st.text.slice(0, 40))) others.push(x);
    // Three wrong options; when refitting around a quiz, two will do (better than one that answers another question).
    if (others.length < (avoid.length ? 2 : 3)) continue;
    const id = `evidence:quote:${q.content.start}`;
    const { options, option } = ctx.arrange(id, key.text, others.map((o) => o.st.text));
    out.push({
      value: 0.68,
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
