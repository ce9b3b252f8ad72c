// Unnamed sources: the speakers the quotation pass marked anonymous, plus phrases that say a
// source is deliberately unnamed ("who asked not to be named", "people familiar with").
import { ANONYMITY_PHRASES } from "../../lexicon/speech-cues";
import { phraseMatcher } from "../quotations/phrase-matcher";
import type { Quotation } from "../types";
import type { AnonymousSource } from "./types";

const anonymity = phraseMatcher(ANONYMITY_PHRASES);

export function findAnonymousSources(text: string, quotations: Quotation[]): AnonymousSource[] {
  const out: AnonymousSource[] = [];
  const add = (a: AnonymousSource) => {
    if (!out.some((o) => o.start < a.end && a.start < o.end)) out.push(a);
  };
  for (const q of quotations) {
    const m = q.speaker.mention;
    if (q.anonymous && m) add({ ...m, phrase: m.text });
  }
  for (const p of anonymity(text)) add({ ...p, phrase: p.text.toLowerCase().replace(/\s+/g, " ") });
  return out.sort((a, b) => a.start - b.start);
}
