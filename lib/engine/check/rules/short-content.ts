// Answers in the student's own words: the key's content words (or their lemmas, synonyms,
// typos) must be there with the same polarity; opposite words, substituted modifiers ("food
// shipments" for "oil shipments") and extra claims the article does not make cost credit.
import type { TextSpan } from "../../types";
import { GENERIC_WORDS } from "../../lexicon/stopwords";
import { align, type Link } from "../02-align";
import { areOpposites } from "../relations";
import { quote, verdict } from "../reason";
import type { Token } from "../text-tokens";
import type { Verdict } from "../types";

export interface ContentContext {
  keyText: string;
  answerText: string;
  keyContent: Token[];
  answerContent: Token[];
  /** Lemmas the question already gives away. */
  given: Set<string>;
  /** Lemmas of the sentences that support the key: extra words from there are not wrong. */
  supported: Set<string>;
  isName: (t: Token) => boolean;
  evidence: TextSpan[];
}

export function checkContent(ctx: ContentContext): Verdict {
  const { keyContent: key, answerContent: answer, evidence } = ctx;
  const links = align(key, answer, ctx.isName);
  const linkedAnswer = new Set(links.map((l) => l.answer));
  const linkedKey = new Set(links.map((l) => l.key));

  // Opposite words: "rose" where the article says "fell". Negated opposites agree ("did not rise").
  for (const [ai, a] of answer.entries()) {
    if (linkedAnswer.has(ai) || ctx.given.has(a.lemma)) continue;
    const opposite = key.find((k, ki) => !linkedKey.has(ki) && areOpposites(a.lemma, k.lemma));
    if (opposite === undefined) continue;
    if (a.negated === opposite.negated) {
      return verdict("incorrect", "contradiction", `The article says ${quote(ctx.keyText)} — your answer says ${quote(a.text)}.`, evidence);
    }
  }

  // "South African workers" for "North African workers": a name the key does not have, in place of one it has.
  const keyNameMissing = key.find((k, ki) => !linkedKey.has(ki) && !ctx.given.has(k.lemma) && isNameLike(k, ctx));
  const otherName = answer.find(
    (a, ai) => !linkedAnswer.has(ai) && !a.negated && !ctx.given.has(a.lemma) && !ctx.supported.has(a.lemma) && isNameLike(a, ctx),
  );
  if (keyNameMissing !== undefined && otherName !== undefined) {
    return verdict("incorrect", "wrong-entity", `The article says ${quote(ctx.keyText)} — your answer says ${quote(otherName.text)}.`, evidence);
  }

  // "Feb. 9" for "Feb. 8": a figure the key does not have, in place of one it has.
  const keyFigure = key.find((k, ki) => k.num && !linkedKey.has(ki));
  const otherFigure = answer.find((a, ai) => a.num && !linkedAnswer.has(ai) && !ctx.given.has(a.lemma));
  if (keyFigure !== undefined && otherFigure !== undefined) {
    return verdict("incorrect", "number-different", `The article says ${quote(ctx.keyText)} — your answer says ${quote(otherFigure.text)}.`, evidence);
  }

  const flipped = links.filter((l) => key[l.key]!.negated !== answer[l.answer]!.negated !== l.flip);
  if (flipped.length > 0) {
    return verdict("incorrect", "negation", `Your answer says the opposite of the article, which says ${quote(ctx.keyText)}.`, evidence);
  }

  const substituted = links.filter((l) => isSubstitution(l, links, ctx));
  const valid = links.filter((l) => !substituted.includes(l) && (!GENERIC_WORDS.has(key[l.key]!.lemma) || key.every((k) => GENERIC_WORDS.has(k.lemma))));
  const extras = extraClauses(answer, linkedAnswer, ctx);

  if (valid.length === 0) {
    const rule = substituted.length > 0 ? "substitution" : "no-match";
    return verdict("incorrect", rule, `The article says ${quote(ctx.keyText)} — your answer says ${quote(ctx.answerText)}.`, evidence);
  }

  const parts = keyParts(key, ctx.given);
  const partScores = parts.map((part) => {
    const got = part.filter((ki) => valid.some((l) => l.key === ki)).length;
    const needed = part.length <= 3 ? 1 : Math.ceil(part.length * 0.4);
    return { part, got, done: got >= needed };
  });
  const done = partScores.filter((p) => p.done).length;

  if (done === parts.length) {
    if (extras.length > 0) {
      return verdict(
        "partial",
        "extra-content",
        `Partly right: the article says ${quote(ctx.keyText)}, but not ${quote(extras.join(" "))}.`,
        evidence,
      );
    }
    return verdict("correct", "content-match", `Right — the article says ${quote(ctx.keyText)}.`, evidence);
  }
  if (parts.length > 1 && done > 0) {
    const missing = partScores.filter((p) => !p.done).map((p) => p.part.map((ki) => key[ki]!.text).join(" "));
    return verdict(
      "partial",
      "missing-part",
      `Partly right: the article also says ${quote(missing.join(", "))}.`,
      evidence,
      done / parts.length,
    );
  }
  return verdict("partial", "too-little", `Partly right: the full answer is ${quote(ctx.keyText)}.`, evidence);
}

function isNameLike(t: Token, ctx: ContentContext): boolean {
  return t.place === true || ctx.isName(t);
}

// "food shipments" for "crude oil shipments": the word before a matched word was replaced by a
// word the article does not use there, so the match is about something else.
function isSubstitution(link: Link, links: Link[], ctx: ContentContext): boolean {
  const a = ctx.answerContent[link.answer]!;
  const before = ctx.answerContent[link.answer - 1];
  const keyBefore = ctx.keyContent[link.key - 1];
  if (before === undefined || keyBefore === undefined) return false;
  if (before.clause !== a.clause || keyBefore.clause !== ctx.keyContent[link.key]!.clause) return false;
  if (links.some((l) => l.answer === link.answer - 1 || l.key === link.key - 1)) return false;
  // Only a lone match can be about something else; several matched words keep their meaning.
  if (links.some((l) => l !== link && ctx.answerContent[l.answer]!.clause === a.clause)) return false;
  return !ctx.given.has(before.lemma) && !ctx.supported.has(before.lemma) && !GENERIC_WORDS.has(before.lemma);
}

// Clauses of the answer that match nothing in the key and say something the supporting
// sentences do not: "oil and guest workers" adds "guest workers".
function extraClauses(answer: Token[], linked: Set<number>, ctx: ContentContext): string[] {
  const byClause = new Map<number, { linked: boolean; extra: Token[] }>();
  answer.forEach((t, i) => {
    const entry = byClause.get(t.clause) ?? { linked: false, extra: [] };
    if (linked.has(i)) entry.linked = true;
    else if (!t.negated && !ctx.given.has(t.lemma) && !GENERIC_WORDS.has(t.lemma)) entry.extra.push(t);
    byClause.set(t.clause, entry);
  });
  const out: string[] = [];
  for (const { linked: hasLink, extra } of byClause.values()) {
    if (hasLink || extra.length === 0) continue;
    const unsupported = extra.filter((t) => !ctx.supported.has(t.lemma));
    if (unsupported.length * 2 > extra.length) out.push(extra.map((t) => t.text).join(" "));
  }
  return out;
}

// "Russia and China" needs both; "crude oil shipments" is one part. Parts are split only when
// each is short, so a long key with an "and" inside stays one part.
function keyParts(key: Token[], given: Set<string>): number[][] {
  const needed = key.map((_, i) => i).filter((i) => !given.has(key[i]!.lemma));
  const indices = needed.length > 0 ? needed : key.map((_, i) => i);
  const byClause = new Map<number, number[]>();
  for (const i of indices) {
    const c = key[i]!.clause;
    byClause.set(c, [...(byClause.get(c) ?? []), i]);
  }
  const parts = [...byClause.values()];
  return parts.length > 1 && parts.every((p) => p.length <= 3) ? parts : [indices];
}
