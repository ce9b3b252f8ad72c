// Noun phrases of the article in object position ("… upheld the travel restrictions on
// citizens …", "… because of hostile action …"): the answers and wrong options of questions
// whose key is a thing, not a person, place, date or number. Read by pattern, without a tagger,
// so the reader is strict: it starts at a determiner or a possessive and stops at the first word
// that cannot belong to a plain noun phrase.
import type { GenerateContext } from "../context";
import { tokens, pastBase, type Token } from "./simple-clause";
import { ANAPHORIC_SUBJECT, BACK_REFERENCE, BACK_REFERENCE_NOUNS, PRONOUN } from "../lexicon/anaphora";
import { SKIP_AFTER_VERB } from "../lexicon/verbs";

export interface NounPhrase {
  text: string;
  start: number;
  end: number;
  sentenceIndex: number;
  /** The word right before the phrase (a verb or a preposition such as "of" in "because of"). */
  before: string;
  /** After a verb (an object), not after a preposition. */
  object: boolean;
}

const DETERMINER = /^(?:the|a|an)$/i;
/** Words that end a noun phrase: prepositions, conjunctions, relatives, auxiliaries, pronouns. */
const STOP = /^(?:to|in|at|on|for|with|from|by|into|during|after|before|over|under|against|about|as|than|between|among|through|since|until|while|because|and|or|but|nor|that|which|who|whom|whose|where|when|if|is|are|was|were|be|been|has|have|had|will|would|can|could|should|must|may|might|do|does|did|not|he|she|it|they|we|you|his|her|its|their|this|these|those|said|says|including|amid|despite|without|within|last|next|ago)$/i;
/** Prepositions a phrase may continue over, up to `innerPreps` times ("the possibility of debate", "restrictions on citizens"). */
const INNER_PREP = /^(?:of|on|for|to|against|from|in|over|through|across|along|near|about|between)$/i;
const MAX_WORDS = 12;

/**
 * The noun phrase starting at token `i` of `ts`: "the/a/an …" or a name's possessive
 * ("Smith's travel ban"), up to a stop word, punctuation or `MAX_WORDS`. `innerPreps` is how
 * many prepositional phrases it may take in ("restrictions on citizens from five countries").
 */
export function readNounPhrase(ts: Token[], i: number, innerPreps = 1, isStop: (t: Token) => boolean = () => false, bare = false): Token[] | null {
  const first = ts[i];
  if (!first) return null;
  const possessive = /^\p{Lu}[\p{L}.]*['’]s$/u.test(first.word);
  // Without a determiner ("significant changes to …") only where the caller knows a noun phrase must start.
  const plain = bare && /^\p{Ll}{3,}$/u.test(first.word) && !STOP.test(first.word) && !pastBase(first.word) && !/(?:ly|ing)$/.test(first.word);
  if (!DETERMINER.test(first.word) && !possessive && !plain) return null;
  let capped = false;
  const out: Token[] = [first];
  let preps = 0;
  for (let k = i + 1; k < ts.length; k++) {
    const t = ts[k]!;
    const prev = out[out.length - 1]!;
    // "U.S." and "U.N." end in a period that does not end the phrase.
    if (prev.after && prev !== first && !(prev.after === "." && /^(?:\p{Lu}\.)+\p{Lu}$/u.test(prev.word))) break;
    if (isStop(t)) break;
    if (out.length === MAX_WORDS) {
      capped = true;
      break;
    }
    if (INNER_PREP.test(t.word) && preps < innerPreps && out.length >= 2 && ts[k + 1] && !STOP.test(ts[k + 1]!.word) && !/^\d/.test(ts[k + 1]!.word)) {
      // "to" before a plain word is an infinitive ("a plan to cut …"), not a phrase of the noun.
      if (/^to$/i.test(t.word) && !DETERMINER.test(ts[k + 1]!.word) && !/^\p{Lu}/u.test(ts[k + 1]!.word)) break;
      // "in order to" opens a purpose, not a phrase of the noun.
      if (/^in$/i.test(t.word) && /^order$/i.test(ts[k + 1]!.word)) break;
      preps++;
      out.push(t);
      continue;
    }
    if (STOP.test(t.word) || /^[—–-]+$/.test(t.word)) break;
    // "-s" before a determiner is a present-tense verb ("the oil flow leads the …").
    if (/^\p{Ll}+s$/u.test(t.word) && /^(?:the|a|an|his|her|its|their)$/i.test(ts[k + 1]?.word ?? "")) break;
    // A past form right after a determiner may be an adjective ("the proposed rule", "of the damaged bridges"); elsewhere it is the verb.
    if (pastBase(t.word) && !(DETERMINER.test(prev.word) && ts[k + 1] && !STOP.test(ts[k + 1]!.word) && !DETERMINER.test(ts[k + 1]!.word))) break;
    if (/^\p{Ll}+ly$/u.test(t.word) && !/(?:ily|ply|bly)$/.test(t.word) && !/(?:family|assembly|supply|ally|rally|anomaly|monopoly|italy|july)$/i.test(t.word)) break;
    out.push(t);
  }
  // Cut off mid-phrase by the length cap: the words kept would not say what the article says.
  if (capped && !STOP.test(ts[i + out.length]?.word ?? "")) return null;
  // A phrase cannot end on its determiner or on a preposition it took in.
  while (out.length > 1 && (INNER_PREP.test(out[out.length - 1]!.word) || DETERMINER.test(out[out.length - 1]!.word))) out.pop();
  if (out.length < 2) return null;
  return out;
}

/** The phrase as the article writes it, its trailing punctuation dropped. */
export const phraseText = (ts: Token[]) => ts.map((t) => t.raw).join(" ").replace(/[.,;:!?)”"’']+$/, "").replace(/^[(“"‘']+/, "");

/** A phrase that names its referent on its own: no pronoun, no "such", "the move", "the two countries". */
export function standsAlone(text: string): boolean {
  if (PRONOUN.test(text) || BACK_REFERENCE.test(text)) return false;
  // "the group" points back; "the Group of Seven" names its referent.
  const anaphoric = ANAPHORIC_SUBJECT.exec(text);
  if (anaphoric && !/^\s*of \p{Lu}/u.test(text.slice(anaphoric[0].trimEnd().length))) return false;
  const words = text.split(/\s+/);
  return !(words.length === 2 && /^the$/i.test(words[0]!) && BACK_REFERENCE_NOUNS.includes(words[1]!.toLowerCase()));
}

/** Inside a direct or partial quotation: the speaker's words, not the article's. */
const quoted = (ctx: GenerateContext, start: number, end: number) => ctx.a.quotations.some((q) => q.kind !== "indirect" && q.start < end && start < q.end);

/**
 * A phrase whose head is a person ("the chief justice, Jane Doe"): it answers "who", not
 * "what". A name that only modifies the head ("the Smith administration's travel ban") is fine.
 */
export const namesPerson = (ctx: GenerateContext, start: number, end: number) =>
  ctx.a.people.some((p) => p.mentions.some((m) => m.kind !== "pronoun" && m.kind !== "possessive" && m.start >= start && m.end >= end - 1 && m.start < end));

const cache = new WeakMap<object, NounPhrase[]>();

/**
 * Every noun phrase the article puts after a verb (a past form, or a base form after "to" or a
 * modal) or after a preposition, outside quotations: the same kind of answer as a "what" or a
 * cause key. Objects of verbs come first where a caller prefers them.
 */
export function objectPhrases(ctx: GenerateContext): NounPhrase[] {
  const hit = cache.get(ctx.a);
  if (hit) return hit;
  const out: NounPhrase[] = [];
  for (const s of ctx.a.sentences) {
    const ts = tokens(ctx.a.text.slice(s.start, s.end), s.start);
    for (let i = 1; i < ts.length; i++) {
      const prev = ts[i - 1]!;
      // A past form, or a base form after "to" or a modal ("to limit …", "would allow …").
      const baseVerb = /^\p{Ll}{3,}$/u.test(prev.word) && /^(?:to|would|will|could|can|may|might|must|should)$/i.test(ts[i - 2]?.word ?? "") && !STOP.test(prev.word);
      const afterVerb = (pastBase(prev.word) !== null || baseVerb) && !SKIP_AFTER_VERB.test(prev.word) && !prev.after;
      // After a preposition: the thing a phrase is about ("over the budget", "because of the storm").
      const afterPrep = /^(?:of|to|for|over|about|against|on|amid|after|despite|with)$/i.test(prev.word) && !prev.after;
      if (!afterVerb && !afterPrep) continue;
      const np = readNounPhrase(ts, i, 1, (t) => ctx.a.dates.some((d) => d.start < t.end && t.start < d.end));
      if (!np) continue;
      const start = np[0]!.start;
      const end = np[np.length - 1]!.end;
      const text = phraseText(np);
      if (quoted(ctx, start, end) || !standsAlone(text) || namesPerson(ctx, start, end)) continue;
      // A place, country or organization by name is a "where" or "who" answer, not a thing.
      if (ctx.a.groups.some((g) => g.mentions.some((m) => m.form === "name" && m.start <= np[np.length - 1]!.start && np[np.length - 1]!.end <= m.end))) continue;
      out.push({ text, start, end, sentenceIndex: s.index, before: prev.word.toLowerCase(), object: afterVerb });
    }
  }
  cache.set(ctx.a, out);
  return out;
}

/**
 * Wrong options for a noun-phrase key from sentence `at`: phrases of similar length from
 * sentences that are not its neighbours (a neighbour may tell more of the same event), none
 * found in the key's own sentence, none the article writes after `verbs` (it would then be
 * true of the slot too).
 */
export function phraseDistractors(ctx: GenerateContext, key: { text: string; sentence: { start: number; end: number; index: number } }, verbs: string[] = [], prefer: (np: NounPhrase) => boolean = () => true): string[] {
  const own = ctx.a.text.slice(key.sentence.start, key.sentence.end).toLowerCase();
  const seen = new Set([key.text.toLowerCase()]);
  const out: string[] = [];
  const bare = (t: string) => t.replace(/^(?:the|a|an)\s+/i, "").toLowerCase();
  const pool = objectPhrases(ctx);
  for (const np of [...pool.filter(prefer), ...pool.filter((x) => !prefer(x))]) {
    const lower = np.text.toLowerCase();
    if (seen.has(lower) || seen.has(bare(np.text)) || Math.abs(np.sentenceIndex - key.sentence.index) <= 1) continue;
    if (own.includes(bare(np.text)) || bare(key.text).includes(bare(np.text)) || bare(np.text).includes(bare(key.text))) continue;
    if (np.text.length * 2 < key.text.length || np.text.length > key.text.length * 2) continue;
    if (verbs.some((v) => new RegExp(`\\b${v}\\s+${escape(bare(np.text))}`, "i").test(ctx.a.text) || new RegExp(`\\b${v}\\s+${escape(lower)}`, "i").test(ctx.a.text))) continue;
    seen.add(lower);
    seen.add(bare(np.text));
    out.push(np.text);
    if (out.length === 3) break;
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
