// Actions the article names with a gerund after a preposition ("by kicking out its diplomats",
// "for texting during the investigation"): wrong options of the same kind for a "for <doing>"
// reason key.
import type { GenerateContext } from "../context";
import { tokens } from "./simple-clause";
import { standsAlone } from "./noun-phrases";

export interface Gerund {
  text: string;
  sentenceIndex: number;
}

const PREPOSITION = /^(?:for|by|of|in|without|from|after|before|about|on|while|despite)$/i;
/** Words that end the action: a clause, a conjunction, another preposition of time. */
const STOP = /^(?:that|which|who|and|or|but|because|while|when|as|if|since|until|he|she|they|it|said|says)$/i;
/** "-ing" words that are nouns or prepositions, not actions. */
const NOT_ACTION = /^(?:morning|evening|meeting|building|hearing|ruling|funding|spending|bring|thing|nothing|something|anything|everything|king|string|spring|during|including|according|regarding|concerning|following|pending|notwithstanding)$/i;

const cache = new WeakMap<object, Gerund[]>();

export function gerunds(ctx: GenerateContext): Gerund[] {
  const hit = cache.get(ctx.a);
  if (hit) return hit;
  const out: Gerund[] = [];
  for (const s of ctx.a.sentences) {
    const ts = tokens(ctx.a.text.slice(s.start, s.end), s.start);
    for (let i = 1; i < ts.length; i++) {
      const g = ts[i]!;
      if (!PREPOSITION.test(ts[i - 1]!.word) || ts[i - 1]!.after || !/^\p{Ll}{3,}ing$/u.test(g.word) || NOT_ACTION.test(g.word)) continue;
      const words = [g];
      for (let k = i + 1; k < ts.length && words.length < 8 && !words[words.length - 1]!.after && !STOP.test(ts[k]!.word); k++) words.push(ts[k]!);
      // The action must end where its phrase does, not in the middle of one.
      const end = words[words.length - 1]!;
      const next = ts[i + words.length];
      if (words.length < 2 || (!end.after && next && !STOP.test(next.word))) continue;
      // "suggesting earlier this week that …": a time and then a clause of its own, not an action with its object.
      if ((!end.after && next && /^(?:that|which|who)$/i.test(next.word)) || /^(?:earlier|later|again|now|then|today|yesterday|this|last|next|on|in|at)$/i.test(words[1]!.word)) continue;
      if (ctx.a.dates.some((d) => d.start < end.end && g.start < d.end)) continue;
      if (ctx.a.quotations.some((q) => q.kind !== "indirect" && q.start < end.end && g.start < q.end)) continue;
      const text = ctx.a.text.slice(g.start, end.end);
      if (!standsAlone(text) || /[“”"()]/.test(text)) continue;
      out.push({ text, sentenceIndex: s.index });
    }
  }
  cache.set(ctx.a, out);
  return out;
}
