// True / false / not stated: a statement from the article (true), the same statement with one
// name, country or number swapped for another from the article (false), or two facts of the
// article joined by a causal link the article never makes (not stated).
//
// Label rules (see docs/quality/generated-questions-review.md):
// - True: the article's own sentence, pronouns resolved.
// - False: one slot of the article's sentence filled with a different name, country or number;
//   the sentence states the original, and the slot holds one value (who said it, which country).
// - Not stated: "<fact A>, because <fact B>." Both facts are true and stated; the link is not.
//   A and B come from paragraphs at least two apart, share no content word or name, and no
//   sentence of the article holds most of the words of both (checked again in accept.ts). A
//   swapped entity is never labelled "not stated": it can contradict the text.
import type { Candidate } from "../types";
import type { GenerateContext } from "../context";
import { standalone, statements } from "./standalone";
import { swapOne } from "./swap";
import { cleanClause, isReported } from "./clauses";
import { contentWords } from "../surface";
import type { Statement } from "./standalone";

export const TF_OPTIONS = ["True", "False", "Not stated"];

export function trueFalse(ctx: GenerateContext): Candidate[] {
  const out: Candidate[] = notStated(ctx);
  ctx.a.sentences.forEach((sentence, i) => {
    if (sentence.paragraph === 0 && i === 0) return; // the lede is the central-idea question's
    // The whole sentence, or the first clause of a long one that reads alone.
    const st = statements(ctx, sentence, 8, 32)[0];
    if (!st) return;
    const at = st.at ?? sentence.start;
    const p = ctx.paragraphOf(sentence.start);
    const evidence = [ctx.span(sentence.start, sentence.end)];
    // Both a true and a false version are offered; alternating values through the article
    // keeps a mix of both kinds at the top of the ranking (one sentence is used once).
    const preferFalse = i % 2 === 1;
    const swapped = swapOne(ctx, st.text, at);
    if (swapped) {
      out.push({
        value: preferFalse ? 0.62 : 0.57,
        question: {
          id: `true-false:false:${sentence.start}`,
          category: "comprehension",
          type: "true-false",
          skill: "true, false or not stated",
          standard: "RI.8.1",
          difficulty: 2,
          format: "tf",
          prompt: `True, false, or not stated in the article? “${swapped.text}”`,
          options: TF_OPTIONS,
          key: { option: 1 },
          evidence,
          explanation: `False: paragraph ${p} says ${swapped.original}, not ${swapped.replacement}.`,
        },
      });
    }
    if (!/\p{Lu}/u.test(st.text.slice(1)) && !/\d/.test(st.text)) return; // needs a checkable fact
    out.push({
        value: preferFalse ? 0.55 : 0.6,
        question: {
          id: `true-false:true:${sentence.start}`,
          category: "comprehension",
          type: "true-false",
          skill: "true, false or not stated",
          standard: "RI.8.1",
          difficulty: 1,
          format: "tf",
          prompt: `True, false, or not stated in the article? “${st.text}”`,
          options: TF_OPTIONS,
          key: { option: 0 },
          evidence,
          explanation: `True: paragraph ${p} says this.`,
        },
    });
  });
  return out;
}

/** A past-tense event: a regular past form or a common irregular one. */
const PAST = /\b(?:\p{Ll}{3,}ed|was|were|had|did|won|lost|made|took|gave|sent|met|found|began|became|held|led|struck|rose|fell|told|said|came|went)\b/u;

/** Cue words that would make a joined statement's link stated after all. */
const LINK = /\b(?:because|since|so|therefore|as a result|after|led to|caused|prompted|due to|following)\b/i;

/**
 * "Not stated" items: two standalone facts of the article joined with "because". The article
 * states each fact but never the link between them.
 */
function notStated(ctx: GenerateContext): Candidate[] {
  const facts = ctx.a.sentences
    .map((s) => standalone(ctx, s, 6, 24))
    .filter((st): st is Statement => st !== null && !isReported(ctx, st) && !LINK.test(st.text) && st.sentence.paragraph > 0)
    .map((st) => ({ st, clause: cleanClause(st.text, 5, 16, ctx), words: contentWords(st.text), names: namesIn(ctx, st.text) }))
    .filter((f): f is typeof f & { clause: string } => f.clause !== null && !f.clause.includes(","));
  const out: Candidate[] = [];
  const used = new Set<number>();
  for (const a of facts) {
    if (out.length >= 2) break;
    if (used.has(a.st.sentence.index)) continue;
    const effect = a.st.text.replace(/[.!]+$/, "");
    if (effect.includes(",")) continue;
    const b = facts.find(
      (b) =>
        // The stated "cause" comes earlier in the article, and both are past events, so the link is one a reader could wonder about, not an absurd one.
        a.st.sentence.paragraph - b.st.sentence.paragraph >= 2 &&
        !used.has(b.st.sentence.index) &&
        PAST.test(a.st.text.replace(/^\S+\s+/, "")) &&
        PAST.test(b.clause) &&
        ![...b.words].some((w) => a.words.has(w)) &&
        ![...b.names].some((n) => a.names.has(n)),
    );
    if (!b) continue;
    used.add(b.st.sentence.index).add(a.st.sentence.index);
    const statement = `${effect}, because ${b.clause}.`;
    const id = `true-false:not-stated:${a.st.sentence.start}`;
    const pa = ctx.paragraphOf(a.st.sentence.start);
    const pb = ctx.paragraphOf(b.st.sentence.start);
    out.push({
      value: 0.59,
      question: {
        id,
        category: "comprehension",
        type: "true-false",
        skill: "true, false or not stated",
        standard: "RI.8.1",
        difficulty: 3,
        format: "tf",
        prompt: `True, false, or not stated in the article? “${statement}”`,
        options: TF_OPTIONS,
        key: { option: 2 },
        evidence: [ctx.span(a.st.sentence.start, a.st.sentence.end), ctx.span(b.st.sentence.start, b.st.sentence.end)],
        explanation: `Not stated: paragraph ${pa} says that ${lowerStart(effect)}, and paragraph ${pb} says that ${b.clause}, but the article never says that one caused the other.`,
      },
    });
  }
  return out;
}

const lowerStart = (s: string) => (/^(?:The|A|An)\s/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);

/** People and groups a statement names, by id. */
function namesIn(ctx: GenerateContext, text: string): Set<string> {
  const ids = new Set<string>();
  for (const p of ctx.a.people) if (p.mentions.some((m) => m.kind !== "pronoun" && m.kind !== "possessive" && text.includes(m.text))) ids.add(p.id);
  for (const g of ctx.a.groups) if (g.mentions.some((m) => text.includes(m.text))) ids.add(g.id);
  return ids;
}
