// Evidence: which sentence best supports the headline's claim. Needs a headline.
import type { Candidate } from "../types";
import type { GenerateContext } from "../context";
import { STOPWORDS } from "../../lexicon/stopwords";
import { standalone } from "./standalone";
import { overlapsAny, type Span } from "../spans";

const contentWords = (s: string) => new Set((s.toLowerCase().match(/\p{L}[\p{L}'’-]+/gu) ?? []).filter((w) => !STOPWORDS.has(w) && w.length > 2).map((w) => w.replace(/(?:['’]s|s)$/, "")));

/** `avoid`: sentences other questions ask about, kept out of the wrong options (as in evidence-quote.ts). */
export function evidence(ctx: GenerateContext, avoid: readonly Span[] = []): Candidate[] {
  const title = ctx.a.article.header.title;
  if (!title) return [];
  const claim = contentWords(title.text);
  // A headline whose subject the body never names cannot be checked against a sentence: no question.
  const subject = headlineSubject(ctx, title.text, ctx.a.text.slice(title.end));
  if (!subject) return [];
  const scored = ctx.a.sentences
    .map((s) => {
      const st = standalone(ctx, s, 8, 40);
      const words = contentWords(s.text);
      let overlap = 0;
      for (const w of claim) if (words.has(w)) overlap++;
      return { s, st, overlap };
    })
    .filter((x) => x.st !== null);
  // Word overlap alone picks background sentences: the key must also be about the headline's subject.
  const best = [...scored].filter((x) => subject.some((m) => new RegExp(`\\b${escape(m)}\\b`, "i").test(x.s.text))).sort((x, y) => y.overlap - x.overlap || x.s.start - y.s.start)[0];
  if (!best || best.overlap < 2) return [];
  // Wrong options: sentences sharing no headline word, from the end of the article (background)
  // and never from the lede's paragraph, which tells the headline's story in other words.
  const lede = ctx.a.sentences[0]?.paragraph;
  const others = scored.filter((x) => x.overlap === 0 && x.s.paragraph !== lede && !overlapsAny(x.s, avoid)).slice(-3);
  if (others.length < 2) return [];
  const id = "evidence:headline";
  const { options, option } = ctx.arrange(id, best.st!.text, others.map((o) => o.st!.text));
  return [
    {
      value: 0.8,
      question: {
        id,
        category: "comprehension",
        type: "evidence",
        skill: "cite evidence",
        standard: "RI.8.1",
        difficulty: 2,
        format: "mc",
        prompt: `The headline says: “${title.text}.” Which sentence from the article best supports it?`,
        options,
        key: { option },
        evidence: [ctx.span(best.s.start, best.s.end)],
        explanation: `Paragraph ${ctx.paragraphOf(best.s.start)} gives the facts behind the headline; the other sentences are about other parts of the story.`,
      },
    },
  ];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The headline's subject: the longest name of a person or group the article knows among the
 * headline's first three words ("Council" in "City Council Has Last Word …"), as every way the article
 * writes it; null when the headline opens with no known name.
 */
function headlineSubject(ctx: GenerateContext, title: string, body: string): string[] | null {
  const head = title.split(/\s+/).slice(0, 3).join(" ");
  let best: { len: number; forms: string[] } | null = null;
  const consider = (text: string, forms: string[]) => {
    if (text.length < 2 || !new RegExp(`\\b${escape(text)}\\b`).test(head)) return;
    if (!best || text.length > best.len) best = { len: text.length, forms };
  };
  for (const g of ctx.a.groups) {
    const forms = [g.name, ...g.mentions.map((m) => m.text)];
    for (const f of forms) consider(f, forms);
  }
  for (const p of ctx.a.people) {
    const forms = [p.name, ...p.mentions.filter((m) => m.kind === "full-name" || m.kind === "surname").map((m) => m.text)];
    for (const f of forms) consider(f, forms);
  }
  const found = (best as { forms: string[] } | null)?.forms;
  if (found) return found;
  // The headline's first two words as the article writes them, in any case ("City Council" → "city council").
  const pair = title.split(/\s+/).slice(0, 2).join(" ");
  if (/^\p{L}+ \p{L}+$/u.test(pair) && !pair.split(" ").some((w) => STOPWORDS.has(w.toLowerCase())) && new RegExp(`\\b${escape(pair)}\\b`, "i").test(body)) return [pair];
  // No known name: a capitalized word of the headline's opening that the article also capitalizes ("House").
  const word = head
    .split(/\s+/)
    .filter((w) => /^\p{Lu}\p{Ll}{2,}$/u.test(w) && !STOPWORDS.has(w.toLowerCase()) && new RegExp(`(?<=\\p{Ll}[\\s,]+(?:the\\s+)?)${w}\\b`, "u").test(body))
    .sort((x, y) => y.length - x.length)[0];
  return word ? [word] : null;
}
