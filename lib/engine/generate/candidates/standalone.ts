// A sentence of the article that makes sense on its own, as a quiz statement: no dangling
// pronoun, no leading "But"/"And", no half of a quotation. A leading "He"/"She" whose person is
// known is replaced by that person's surname.
import type { Sentence } from "../../analyze";
import type { GenerateContext } from "../context";
import { shortName, wordCount } from "../surface";
import { ANAPHORIC_SUBJECT, BACK_REFERENCE, BACK_REFERENCE_NOUNS } from "../lexicon/anaphora";

export interface Statement {
  sentence: Sentence;
  /** The statement as shown; `shift` maps it back: text offset = sentence.start + index − shift (before any replacement). */
  text: string;
}

const PRONOUN_START = /^(He|She|It|They|This|That|These|Those|His|Her|Its|Their|There|Such|Then)\b/;
const CONJUNCTION_START = /^(?:And|But|Or|So|Yet|Also|Still|However|Meanwhile)\s*,?\s+/;
const DANGLING = /\b(he|she|him|his|her|they|them|their)\b/i;
/** "The move …", "The decision …" at the start of a statement: it refers back to an earlier sentence. */
const BACK_NOUN_START = new RegExp(`^The (?:${BACK_REFERENCE_NOUNS.join("|")})\\b`);

export function standalone(ctx: GenerateContext, sentence: Sentence, min = 8, max = 38): Statement | null {
  let text = sentence.text.trim();
  const n = wordCount(text);
  if (n < min || n > max) return null;
  if (!/[.!]$/.test(text) && !/[.!]”$/.test(text)) return null;
  const opens = (text.match(/[“]/g) ?? []).length;
  const closes = (text.match(/[”]/g) ?? []).length;
  if (opens !== closes || /^[“"]/.test(text) || (text.match(/"/g) ?? []).length % 2 === 1) return null;
  // A dateline ("WASHINGTON — ") belongs to the article, not to the statement.
  const dateline = ctx.a.article.header.dateline;
  if (dateline && dateline.start === sentence.start) text = text.slice(dateline.end - sentence.start).replace(/^\s*(?:—|–|--|-)\s*/, "");
  text = text.replace(CONJUNCTION_START, "");
  text = text[0]!.toUpperCase() + text.slice(1);
  const lead = PRONOUN_START.exec(text);
  if (lead) {
    if (lead[1] !== "He" && lead[1] !== "She") return null;
    const person = ctx.a.people.find((p) => p.mentions.some((m) => m.kind === "pronoun" && m.start >= sentence.start && m.start <= sentence.start + 12));
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
  return { sentence, text };
}
