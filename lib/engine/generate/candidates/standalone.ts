// A sentence of the article that makes sense on its own, as a quiz statement: no dangling
// pronoun, no leading "But"/"And", no half of a quotation. A leading "He"/"She" whose person is
// known is replaced by that person's surname.
import type { Sentence } from "../../analyze";
import type { GenerateContext } from "../context";
import { shortName, wordCount } from "../surface";
import { ANAPHORIC_SUBJECT, BACK_REFERENCE, BACK_REFERENCE_NOUNS } from "../lexicon/anaphora";

export interface Statement {
  sentence: Sentence;
  /** The statement as shown (a leading "He"/"She" replaced, a dateline or "But" dropped). */
  text: string;
  /** Where the statement's words start in the article text, when it is one clause of a longer sentence. */
  at?: number;
}

const PRONOUN_START = /^(He|She|It|They|This|That|These|Those|His|Her|Its|Their|There|Such|Then)\b/;
const CONJUNCTION_START = /^(?:And|But|Or|So|Yet|Also|Still|However|Meanwhile|Instead)\s*,?\s+/;
const DANGLING = /\b(he|she|him|his|her|they|them|their)\b/i;
/** "The move …", "The decision …" at the start of a statement: it refers back to an earlier sentence. */
const BACK_NOUN_START = new RegExp(`^The (?:${BACK_REFERENCE_NOUNS.join("|")})\\b`);

export function standalone(ctx: GenerateContext, sentence: Sentence, min = 8, max = 38): Statement | null {
  return fromText(ctx, sentence, sentence.text.trim(), sentence.start, min, max);
}

function fromText(ctx: GenerateContext, sentence: Sentence, raw: string, at: number, min: number, max: number): Statement | null {
  let text = raw;
  const n = wordCount(text);
  if (n < min || n > max) return null;
  // A quotation may close the sentence, in curly or straight quotes.
  if (!/[.!]$/.test(text) && !/[.!][”"]$/.test(text)) return null;
  if (!balanced(text)) return null;
  const opens = (text.match(/[“]/g) ?? []).length;
  const closes = (text.match(/[”]/g) ?? []).length;
  if (opens !== closes || /^[“"]/.test(text) || (text.match(/"/g) ?? []).length % 2 === 1) return null;
  // A dateline ("WASHINGTON — ") belongs to the article, not to the statement.
  const dateline = ctx.a.article.header.dateline;
  if (dateline && dateline.start === at) text = text.slice(dateline.end - sentence.start).replace(/^\s*(?:—|–|--|-)\s*/, "");
  text = text.replace(CONJUNCTION_START, "");
  text = text[0]!.toUpperCase() + text.slice(1);
  const lead = PRONOUN_START.exec(text);
  if (lead) {
    if (lead[1] !== "He" && lead[1] !== "She") return null;
    const person = ctx.a.people.find((p) => p.mentions.some((m) => m.kind === "pronoun" && m.start >= at && m.start <= at + 12));
    if (!person) return null;
    text = shortName(person) + text.slice(lead[1].length);
  }
  if (BACK_NOUN_START.test(text) || BACK_REFERENCE.test(text) || ANAPHORIC_SUBJECT.test(text)) return null;
  // A later pronoun must have its person named earlier in the same statement.
  const dangling = DANGLING.exec(text);
  if (dangling) {
    const before = text.slice(0, dangling.index);
    if (!ctx.a.people.some((p) => before.includes(shortName(p)))) return null;
  }
  // "it" / "its" need a group or thing named earlier in the statement; "the two countries" mid-sentence always points back.
  const it = /\b(?:it|its)\b/i.exec(text);
  if (it && !ctx.a.groups.some((g) => g.mentions.some((m) => text.slice(0, it.index).includes(m.text)))) return null;
  if (/\b(?:the two|the three|both) (?:countries|nations|sides|leaders|men|women|groups|companies)\b/i.test(text)) return null;
  return at === sentence.start ? { sentence, text } : { sentence, text, at };
}

/** Brackets and parentheses closed within the text (a cut must not leave "[then-FBI Director" open). */
const balanced = (t: string) => (t.match(/\(/g) ?? []).length === (t.match(/\)/g) ?? []).length && (t.match(/\[/g) ?? []).length === (t.match(/\]/g) ?? []).length;

/**
 * Where a long sentence may be cut so that the words before the cut still state something true
 * on their own: a trailing modifier (", including …", ", which …", ", adding …", ", a revelation
 * that …") or a second clause (", while …", ", but …", ", and <name> <verb> …", "; …"). Dashes
 * are not cut: they often enclose an aside, and the words before the first one can be half a
 * phrase ("reopening — and later closing — the probe").
 */
const CUT = /(?:, (?=(?:while|whereas|but|and|including|which|who|whose|where|even as|as well as)\s|\p{Ll}{3,}ing\s|an? \p{Ll}+ (?:that|which|who)\s)|; )/gu;
/** A head that opens with a subordinate clause ("When …, which …") is not a statement once cut. */
const SUBORDINATE_START = /^(?:When|While|If|Because|Although|Though|As|After|Before|Since|Unless|Until|Once|Whether)\b/;
const RELATIVE_START = /^(?:who|whom|whose|which|where|when|that)\b/i;
/** A finite verb: a past form or an auxiliary (the head must be a clause, not "In the report"). */
const FINITE = /\b(?:\p{Ll}{3,}ed|was|were|has|had|have|is|are|will|would|could|can|won|lost|made|took|gave|sent|met|found|began|became|held|led|struck|said|told|wrote|came|went|saw|rose|fell|chose|spoke|ran|brought|thought|sought|fought|kept|left|paid|put|set|cut|hit|let|read|sold|spent|stood)\b/u;
/** Participles that do not start a droppable modifier: "according to" carries the attribution. */
const KEEP_ING = /^, (?:according|including(?= only)|during|following|excluding|regarding|concerning)\b/;

/**
 * Statements a sentence offers: the whole sentence when it reads alone within `min`–`max`
 * words (and `maxChars` characters); otherwise the clause before its first safe cut, and a
 * second main clause ("…, and Smith praised …", "…; the court …") that names its own subject.
 * Every statement's words are the article's, in order, so it is as true as the sentence.
 */
export function statements(ctx: GenerateContext, sentence: Sentence, min = 8, max = 38, maxChars = Infinity): Statement[] {
  const whole = standalone(ctx, sentence, min, max);
  if (whole && whole.text.length <= maxChars) return [whole];
  const text = sentence.text.trim();
  const out: Statement[] = [];
  // The head: up to the first cut, provided it is a clause of its own.
  for (const m of text.matchAll(CUT)) {
    if (m[0].startsWith(",") && KEEP_ING.test(text.slice(m.index))) continue;
    const head = text.slice(0, m.index);
    // The head's last comma-free stretch must hold its main verb: "Moreno, who has authored …" stops inside a relative clause.
    const last = head.split(/,\s+(?![^“]*”)/).pop()!.replace(/^[”"]\s*/, "");
    if (!FINITE.test(last) || RELATIVE_START.test(last) || SUBORDINATE_START.test(head) || !balanced(head) || (head.match(/“/g) ?? []).length !== (head.match(/”/g) ?? []).length || (head.match(/"/g) ?? []).length % 2 === 1) continue;
    // "A, B, and C": a cut before "and" only when a clause follows, not the last item of a list.
    if (/^, and /.test(text.slice(m.index)) && !clauseFollows(ctx, sentence.start + m.index + 6)) continue;
    const st = fromText(ctx, sentence, `${head.replace(/[,;:]+$/, "")}.`, sentence.start, min, max);
    if (st && st.text.length <= maxChars) out.push(st);
    break;
  }
  // A second main clause with its own named subject, up to the sentence end.
  for (const m of text.matchAll(/(?:, (?:and|but|while|whereas) |; )/g)) {
    const from = m.index + m[0].length;
    if (!clauseFollows(ctx, sentence.start + from)) continue;
    const tail = text.slice(from);
    const st = fromText(ctx, sentence, tail[0]!.toUpperCase() + tail.slice(1), sentence.start + from, min, max);
    if (st && st.text.length <= maxChars) out.push(st);
  }
  return out;
}

/** A person or group named at `at`, then a past-tense verb: the start of a clause with its own subject. */
function clauseFollows(ctx: GenerateContext, at: number): boolean {
  const mentions = [...ctx.a.people.flatMap((p) => p.mentions.filter((m) => m.kind !== "pronoun" && m.kind !== "possessive")), ...ctx.a.groups.flatMap((g) => g.mentions.filter((m) => m.form === "name"))];
  const m = mentions.filter((x) => x.start === at).sort((x, y) => y.end - x.end)[0];
  if (!m) return false;
  const next = /^\s+(\p{Ll}+)/u.exec(ctx.a.text.slice(m.end))?.[1] ?? "";
  return /^\p{Ll}{3,}ed$/u.test(next) || /^(?:was|were|has|had|said|told|wrote|took|made|gave|sent|met|found|held|led|won|lost|will|would)$/.test(next);
}
