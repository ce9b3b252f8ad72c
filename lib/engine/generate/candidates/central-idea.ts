// Central idea: the lede against true but minor details from later in the article. (A "false"
// option made by swapping a name into the lede was tried and dropped: it is a near-duplicate
// of the key, so the question tests spotting one word, not the main idea.)
import type { Candidate } from "../types";
import type { GenerateContext } from "../context";
import { STOPWORDS } from "../../lexicon/stopwords";
import { statements, type Statement } from "./standalone";
import { contentWords as stemmedWords, wordCount } from "../surface";
import { overlapsAny, type Span } from "../spans";

const contentWords = (s: string) => new Set((s.toLowerCase().match(/\p{L}[\p{L}'’-]+/gu) ?? []).filter((w) => !STOPWORDS.has(w) && w.length > 2));

/** Share of the detail's content words that the lede also has: a high share means it restates the lede. */
function overlap(lede: Set<string>, detail: string): number {
  const words = contentWords(detail);
  let n = 0;
  for (const w of words) if (lede.has(w)) n++;
  return words.size ? n / words.size : 1;
}

/**
 * A detail that repeats most of the headline's words restates what the article is about (the
 * headline is the editor's own central idea), so a student could defend it as the answer.
 */
function echoesHeadline(headline: Set<string>, detail: string): boolean {
  if (headline.size < 3) return false;
  const words = stemmedWords(detail);
  let n = 0;
  for (const w of headline) if (words.has(w)) n++;
  return n >= Math.max(3, headline.size * 0.6);
}

/** Options longer than this are a paragraph to read, not a choice (accept.ts rejects > 320). */
const MAX_CHARS = 300;

/**
 * `avoid`: sentences other questions of the quiz ask about. A detail drawn from one of them would
 * show that question's answer among these options, so after the quiz is chosen the central idea
 * is made again with its details taken from elsewhere (see `refitShownSentences` in ../index.ts).
 */
export function centralIdea(ctx: GenerateContext, avoid: readonly Span[] = []): Candidate[] {
  const { a } = ctx;
  const lede = a.sentences[0];
  if (!lede) return [];
  // The lede, or its main clause when the whole lede is too long to be an option (never a later clause of it).
  const key = statements(ctx, lede, 10, 48, MAX_CHARS).find((st) => st.at === undefined);
  if (!key) return [];
  const n = wordCount(key.text);
  const ledeWords = contentWords(key.text);
  const headline = stemmedWords(a.article.header.title?.text ?? "");
  // Minor details: self-contained sentences outside the lede's paragraph, of similar length,
  // that do not restate the lede, one per paragraph, spread from the middle to the end.
  const detailsWithin = (min: number, max: number) =>
    a.sentences
      .filter((s) => s.paragraph !== lede.paragraph && !overlapsAny(s, avoid))
      // One statement per sentence: the whole sentence, or one of its clauses when it is long.
      .map((s) => statements(ctx, s, min, max, MAX_CHARS).find((st) => overlap(ledeWords, st.text) < 0.4 && !echoesHeadline(headline, st.text)))
      .filter((s): s is Statement => s !== undefined);
  // Similar length first; an article of long or short sentences gets a wider band.
  let pool = detailsWithin(Math.max(10, Math.floor(n * 0.45)), Math.ceil(n * 1.4));
  if (pool.length < 2) pool = detailsWithin(8, 60);
  const details: Statement[] = [];
  const paragraphs = new Set<number>();
  for (const at of [0.45, 0.7, 0.95, 0.2]) {
    const s = pool[Math.min(pool.length - 1, Math.floor(at * pool.length))];
    if (!s || paragraphs.has(s.sentence.paragraph)) continue;
    paragraphs.add(s.sentence.paragraph);
    details.push(s);
    if (details.length === 3) break;
  }
  // Refitting around a quiz leaves fewer sentences: take any others left, one per paragraph.
  for (const s of avoid.length ? pool : []) {
    if (details.length === 3) break;
    if (paragraphs.has(s.sentence.paragraph)) continue;
    paragraphs.add(s.sentence.paragraph);
    details.push(s);
  }
  if (details.length < 2) return [];
  const id = "central-idea";
  const { options, option } = ctx.arrange(id, key.text, details.map((d) => d.text));
  return [
    {
      value: 0.95,
      question: {
        id,
        category: "comprehension",
        type: "central-idea",
        skill: "central idea",
        standard: "RI.8.2",
        difficulty: 2,
        format: "mc",
        prompt: "Which statement best sums up what the article is mainly about?",
        options,
        key: { option },
        evidence: [ctx.span(lede.start, lede.end)],
        explanation: `The opening sentence states the main news; the other choices are true but smaller details from paragraphs ${details
          .map((d) => ctx.paragraphOf(d.sentence.start))
          .sort((x, y) => x - y)
          .join(", ")}.`,
      },
    },
  ];
}
