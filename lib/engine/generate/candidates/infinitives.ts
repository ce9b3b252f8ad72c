// Purposes the article states elsewhere, "to <verb> <object>" ("to find a legislative fix",
// "to limit travel from foreign countries"): wrong options of the same kind for a purpose key.
import type { GenerateContext } from "../context";
import { tokens, pastBase } from "./simple-clause";
import { phraseText, readNounPhrase, standsAlone } from "./noun-phrases";

export interface Infinitive {
  text: string;
  sentenceIndex: number;
}

/** Words after "to" that make it a preposition or a fixed phrase, not an infinitive. */
const NOT_VERB = /^(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|be|date|day|work|school|court|power|office|prison|war|law|trial|death|home|life|order|help|and|or|about|which|whom)$/i;

const cache = new WeakMap<object, Infinitive[]>();

export function infinitives(ctx: GenerateContext): Infinitive[] {
  const hit = cache.get(ctx.a);
  if (hit) return hit;
  const out: Infinitive[] = [];
  for (const s of ctx.a.sentences) {
    const ts = tokens(ctx.a.text.slice(s.start, s.end), s.start);
    for (let i = 1; i + 2 < ts.length; i++) {
      const to = ts[i]!;
      const verb = ts[i + 1]!;
      if (to.word !== "to" || to.after || verb.after || !/^\p{Ll}{3,}$/u.test(verb.word) || NOT_VERB.test(verb.word) || pastBase(verb.word) || /(?:ing|ly)$/.test(verb.word)) continue;
      const np = readNounPhrase(ts, i + 2, 1, (t) => ctx.a.dates.some((d) => d.start < t.end && t.start < d.end), true);
      if (!np) continue;
      const start = to.start;
      const end = np[np.length - 1]!.end;
      if (ctx.a.quotations.some((q) => q.kind !== "indirect" && q.start < end && start < q.end)) continue;
      const text = `to ${verb.word} ${phraseText(np)}`;
      if (!standsAlone(text)) continue;
      out.push({ text, sentenceIndex: s.index });
    }
  }
  cache.set(ctx.a, out);
  return out;
}
