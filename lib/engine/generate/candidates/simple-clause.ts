// A reader for the one sentence shape that can be turned into a wh-question by pattern alone:
//   <subject> [date] [adverb] <verb> <rest>[, …]
// e.g. "The council on Tuesday approved a new budget for schools." The subject must be a short
// noun phrase that names its referent (no pronoun, no "the two countries"); the verb a past
// form or an auxiliary. Everything after the first comma is dropped. Anything else gives null:
// a question left out beats an ungrammatical one.
import lemmatizer from "wink-lemmatizer";
import type { Sentence } from "../../analyze";
import type { GenerateContext } from "../context";
import { IRREGULAR_PAST, THAT_VERBS } from "../lexicon/verbs";
import { STOPWORDS } from "../../lexicon/stopwords";
import { ANAPHORIC_SUBJECT, BACK_REFERENCE, BACK_REFERENCE_NOUNS, PRONOUN } from "../lexicon/anaphora";

export interface Token {
  /** The word without surrounding punctuation. */
  word: string;
  /** Offsets of `word` in the article text. */
  start: number;
  end: number;
  /** Punctuation right after the word (",", "."), which may end the clause. */
  after: string;
  /** The token as written, with its punctuation ("(DACA)"). */
  raw: string;
}

export interface Clause {
  sentence: Sentence;
  subject: Token[];
  /** Tokens between the subject and the verb (a date such as "on Tuesday", an adverb such as "narrowly"). */
  between: Token[];
  /** "did" for a simple past (the verb becomes its base form), else the auxiliary itself ("was", "will"). */
  aux: string;
  /** The auxiliary or past-tense verb as written. */
  verbToken: Token;
  /** The base form ("approve") after "did", or null when the auxiliary is inverted. */
  base: string | null;
  /** The clause after the verb, up to the first comma, semicolon, dash or the sentence end. */
  rest: Token[];
}

const AUX = new Set(["is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "must", "may", "might"]);
/** Verbs whose clause after them is speech or a state, not an event a wh-word can ask about. */
const SKIP_VERBS = new Set(["said", "told", "asked", "added", "became", "seemed", "appeared", "did", "does", "do", "used", "wanted", "needed", "called", "named", "according"]);
const DETERMINER = /^(?:the|a|an)$/i;
const RELATIVE = /^(?:who|which|that|whose|whom|where|when|while|if|as|because|although|though)$/i;
const PARTICIPLE_IRREGULAR = new Set(["been", "done", "made", "taken", "given", "won", "lost", "sent", "spent", "held", "seen", "got", "gotten", "brought", "paid", "left", "met", "found", "sold", "kept", "chosen", "drawn", "built", "bought", "caught", "fought", "led", "written", "shot", "set", "cut", "put", "struck", "thrown", "begun", "become", "grown", "known", "shown", "said", "told", "run", "hit", "signed", "passed"]);

const TOKEN = /\S+/g;

export function tokens(text: string, offset: number): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const lead = /^[(“"‘']*/.exec(raw)![0].length;
    const core = raw.slice(lead);
    const trail = /[.,;:!?)”"’']*$/.exec(core)![0];
    const word = core.slice(0, core.length - trail.length);
    if (!word) {
      out.push({ word: raw, start: offset + m.index, end: offset + m.index + raw.length, after: raw, raw });
      continue;
    }
    const start = offset + m.index + lead;
    out.push({ word, start, end: start + word.length, after: trail, raw });
  }
  return out;
}

/** The base form of a simple past verb ("approved" → "approve", "met" → "meet"), or null. */
export function pastBase(word: string): string | null {
  const w = word.toLowerCase();
  if (word !== w) return null;
  const irregular = IRREGULAR_PAST.get(w);
  if (irregular) return irregular;
  if (!/^[a-z]{3,}ed$/.test(w)) return null;
  const base = lemmatizer.verb(w);
  return base && base !== w ? base : null;
}

const isParticiple = (w: string) => /^[a-z]+(?:ed|en)$/.test(w) || PARTICIPLE_IRREGULAR.has(w);

/**
 * `inner` reads a clause that starts inside a sentence (the effect after "Because …, "), so its
 * subject may open with a lower-case "the/a/an".
 */
export function readClause(ctx: GenerateContext, sentence: Sentence, inner = false): Clause | null {
  const { a } = ctx;
  if (/[“”"]/.test(sentence.text)) return null;
  let from = sentence.start;
  const dateline = a.article.header.dateline;
  if (dateline && dateline.start === sentence.start) from = dateline.end;
  const all = tokens(a.text.slice(from, sentence.end), from).filter((t) => !/^(?:—|–|--|-)$/.test(t.word));
  let i = 0;
  // A dateline the header did not catch ("WASHINGTON —").
  if (/^\p{Lu}{2,}[\p{Lu}. ]*$/u.test(all[0]?.word ?? "") && /^(?:—|–|--)/.test(a.text.slice(all[0]!.end).trim())) i = 1;
  while (i < all.length && /^(?:And|But|So|Yet|Also)$/.test(all[i]!.word) && all[i]!.after === "") i++;
  // A leading adverbial ("Meanwhile,", "In a sweeping opinion …,", "Over the past two years,") can go: the clause stays true without it.
  if (/^(?:Meanwhile|Separately|Earlier|Later|Still|Instead|Now)$/.test(all[i]?.word ?? "") && all[i]!.after === ",") i++;
  else if (/^(?:In|On|At|During|Over|Under|For|Despite|With|Without|Amid)$/.test(all[i]?.word ?? "")) {
    const comma = all.findIndex((t, k) => k > i && t.after === ",");
    if (comma < 0 || comma - i > 14 || a.dates.some((d) => d.start >= all[i]!.start && d.end <= all[comma]!.end)) return null;
    i = comma + 1;
  } else if (/^\p{Lu}\p{Ll}+ing$/u.test(all[i]?.word ?? "") && !inMention(ctx, all[i]!)) {
    // A leading participle phrase ("Blaming each other for the deadlock, …") describes the subject; the clause stays true without it.
    const comma = all.findIndex((t, k) => k > i && t.after === ",");
    if (comma < 0 || comma - i > 14 || a.dates.some((d) => d.start >= all[i]!.start && d.end <= all[comma]!.end)) return null;
    i = comma + 1;
  }
  const appositive = dropAppositive(ctx, all, i);
  if (appositive) {
    all.splice(0, all.length, ...appositive.tokens);
    i = appositive.from;
  }
  const first = all[i];
  // After a dropped adverbial the subject may start in lower case ("…, the court ruled").
  if (!first || !(/^\p{Lu}/u.test(first.word) || ((i > 0 || inner) && /^(?:the|a|an)$/.test(first.word))) || RELATIVE.test(first.word)) return null;
  // The verb: the first auxiliary or past form after the subject; a comma or relative word first means the subject is not simple.
  let v = -1;
  for (let j = i + 1; j < all.length && j < i + 12; j++) {
    const t = all[j]!;
    const lw = t.word.toLowerCase();
    if (RELATIVE.test(lw)) return null;
    if (AUX.has(lw) || pastBase(t.word) || /^(?:said|told|did|does|do|says)$/.test(lw)) {
      v = j;
      break;
    }
    if (t.after && !/^[.’']$/.test(t.after) && !(t.after === "." && /\p{Lu}$/u.test(t.word))) return null;
  }
  if (v < 0) return null;
  // Between subject and verb: a date ("on Tuesday") and adverbs ("narrowly").
  let s = v;
  while (s > i + 1 && /(?:ly|^also|^only|^then|^now|^still)$/.test(all[s - 1]!.word)) s--;
  const dateBefore = a.dates.find((d) => d.end <= all[s - 1]!.end && d.end >= all[s - 1]!.start && d.start > first.start);
  if (dateBefore) {
    s = all.findIndex((t) => t.start >= dateBefore.start);
    if (s > i && /^(?:on|in|at)$/i.test(all[s - 1]!.word)) s--;
  }
  const subject = all.slice(i, s);
  const between = all.slice(s, v);
  if (!subjectNames(ctx, subject)) return null;
  const verbToken = all[v]!;
  const lw = verbToken.word.toLowerCase();
  if (SKIP_VERBS.has(lw) || THAT_VERBS[lw]) return null;
  if (verbToken.after) return null;
  let aux = lw;
  let base: string | null = null;
  const restFrom = v + 1;
  const next = all[v + 1]?.word.toLowerCase() ?? "";
  if (/^(?:not|never|n’t|n't)$/.test(next) || /n[’']t$/.test(lw)) return null;
  // "was" + a noun phrase is a description, not an event: only a passive or progressive ("was approved", "is meeting") goes on.
  if (/^(?:is|are|was|were)$/.test(lw) && !(isParticiple(all[v + 1]?.word ?? "") || /^\p{Ll}+ing$/u.test(all[v + 1]?.word ?? "") || /^(?:set|being)$/.test(all[v + 1]?.word ?? ""))) return null;
  if (AUX.has(lw)) {
    // "had" or "has" not followed by a participle is the main verb: "did … have".
    let k = v + 1;
    while (/^(?:only|also|already|just|since|now|long|recently|\p{Ll}+ly)$/u.test(all[k]?.word ?? "")) k++;
    if (/^(?:had|has|have)$/.test(lw) && !isParticiple(all[k]?.word.toLowerCase() ?? "")) {
      if (lw !== "had") return null;
      aux = "did";
      base = "have";
    }
  } else {
    aux = "did";
    base = pastBase(verbToken.word);
  }
  const rest: Token[] = [];
  for (let j = restFrom; j < all.length; j++) {
    const t = all[j]!;
    if (/^(?:—|–|--)$/.test(t.word)) break;
    rest.push(t);
    if (t.after && /[,;:!?]/.test(t.after)) break;
  }
  if (rest.length === 0) return null;
  return { sentence, subject, between, aux, verbToken, base, rest };
}

const inMention = (ctx: GenerateContext, t: Token) =>
  ctx.a.people.some((p) => p.mentions.some((m) => m.start <= t.start && t.end <= m.end)) || ctx.a.groups.some((g) => g.mentions.some((m) => m.start <= t.start && t.end <= m.end));

/** A past form or an auxiliary: where a clause's verb can start. */
const verbLike = (t: Token | undefined) => !!t && (AUX.has(t.word) || pastBase(t.word) !== null);

/**
 * A name with an appositive, before the verb: "Jan Novak, the vice chairman of …, departed …"
 * or "A United Nations envoy, Jane Doe, returned …". The appositive only describes the
 * person, so the clause stays true with the name alone as its subject. Returns the tokens
 * without the appositive and where the subject now starts, or null when the shape is not there.
 */
function dropAppositive(ctx: GenerateContext, all: Token[], i: number): { tokens: Token[]; from: number } | null {
  const firstComma = all.findIndex((t, k) => k >= i && t.after === ",");
  if (firstComma < 0 || firstComma - i > 8) return null;
  const secondComma = all.findIndex((t, k) => k > firstComma && t.after === ",");
  if (secondComma < 0 || secondComma - firstComma > 16 || !verbLike(all[secondComma + 1])) return null;
  const isName = (from: number, to: number) => {
    const start = all[from]!.start;
    const end = all[to]!.end;
    return ctx.a.people.some((p) => p.mentions.some((m) => m.kind === "full-name" && m.start === start && m.end === end));
  };
  const noVerb = (from: number, to: number) => !all.slice(from, to + 1).some((t) => verbLike(t) || RELATIVE.test(t.word));
  // "<Name>, <appositive>, <verb>": the name stays, the appositive goes.
  if (isName(i, firstComma) && noVerb(firstComma + 1, secondComma)) {
    const tokens = [...all.slice(0, firstComma), { ...all[firstComma]!, after: "" }, ...all.slice(secondComma + 1)];
    return { tokens, from: i };
  }
  // "<a description>, <Name>, <verb>": the name is the subject.
  if (/^(?:a|an|the)$/i.test(all[i]!.word) && isName(firstComma + 1, secondComma) && noVerb(i, firstComma)) {
    const tokens = [...all.slice(0, i), ...all.slice(firstComma + 1, secondComma), { ...all[secondComma]!, after: "" }, ...all.slice(secondComma + 1)];
    return { tokens, from: i };
  }
  return null;
}

/** A subject that says who or what it is: a short noun phrase, no pronoun, no "the two countries". */
function subjectNames(ctx: GenerateContext, subject: Token[]): boolean {
  if (subject.length === 0 || subject.length > 7) return false;
  const text = subject.map((t) => t.word).join(" ");
  if (PRONOUN.test(text) || BACK_REFERENCE.test(text) || ANAPHORIC_SUBJECT.test(text)) return false;
  // "The decision", "The move": a noun that points back to the sentence before.
  if (subject.length === 2 && /^the$/i.test(subject[0]!.word) && BACK_REFERENCE_NOUNS.includes(subject[1]!.word.toLowerCase())) return false;
  const first = subject[0]!.word;
  // "The council", "A federal judge", or a name the analysis knows ("President Ada Okafor", "Congress").
  if (DETERMINER.test(first)) return subject.length >= 2;
  if (/^\p{Ll}/u.test(first)) return false;
  const last = subject[subject.length - 1]!;
  const inMention = (t: Token) => ctx.a.people.some((p) => p.mentions.some((m) => m.kind !== "pronoun" && m.kind !== "possessive" && m.start <= t.start && t.end <= m.end)) || ctx.a.groups.some((g) => g.mentions.some((m) => m.form === "name" && m.start <= t.start && t.end <= m.end));
  if (inMention(last)) return true;
  // "North Korean officials", "U.S. and Japanese diplomats": named groups before a plain plural noun.
  const inAnyMention = (t: Token) => ctx.a.groups.some((g) => g.mentions.some((m) => m.start <= t.start && t.end <= m.end));
  if (/^\p{Ll}+s$/u.test(last.word) && subject.slice(0, -1).some((t) => inMention(t) || inAnyMention(t))) return true;
  // A common noun with a capital only because it opens the sentence ("Senators", "Spending authority").
  return subject.length <= 4 && !STOPWORDS.has(first.toLowerCase()) && commonWord(ctx, first);
}

/** The article also writes the word in lower case, so it is not a name. */
const commonWord = (ctx: GenerateContext, word: string) => new RegExp(`(?<![\\p{L}])${word.toLowerCase()}(?![\\p{L}])`, "u").test(ctx.a.text);

/** The subject as it reads mid-question: "The council" → "the council"; names keep their capitals. */
export function subjectText(ctx: GenerateContext, c: Clause): string {
  const text = ctx.a.text.slice(c.subject[0]!.start, c.subject[c.subject.length - 1]!.end);
  const first = c.subject[0]!.word;
  if (/^(?:The|A|An)\s/.test(text)) return text[0]!.toLowerCase() + text.slice(1);
  // A sentence-initial common noun ("Senators") is lowercased; a name keeps its capital.
  const named = ctx.a.people.some((p) => p.mentions.some((m) => m.start <= c.subject[0]!.start && c.subject[0]!.start < m.end)) || ctx.a.groups.some((g) => g.mentions.some((m) => m.start <= c.subject[0]!.start && c.subject[0]!.start < m.end));
  return !named && commonWord(ctx, first) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/** Join tokens as the article wrote them (inner punctuation kept, the clause's final punctuation dropped). */
export function joinTokens(_ctx: GenerateContext, ts: Token[]): string {
  return ts.map((t) => t.raw).join(" ").replace(/[.,;:!?]+$/, "");
}

/** The question: "When did the council approve …?" / "When was the budget approved …?" */
export function question(ctx: GenerateContext, wh: string, c: Clause, rest: Token[]): string {
  const parts = [wh, c.aux, subjectText(ctx, c)];
  const kept = c.between.filter((t) => /(?:ly|^also|^only|^then|^now|^still)$/.test(t.word) && !ctx.a.dates.some((d) => d.start <= t.start && t.end <= d.end));
  parts.push(...kept.map((t) => t.word));
  // "did" + base form; an inverted auxiliary is already in front ("When was the budget approved?").
  if (c.base) parts.push(c.base);
  const r = joinTokens(ctx, rest);
  if (r) parts.push(r);
  return `${parts.join(" ").replace(/\s+/g, " ").trim()}?`;
}

/** Pronouns left in the question must point at its own subject (a possessive such as "its budget"). */
export function danglingPronoun(ctx: GenerateContext, c: Clause, q: string): boolean {
  const rest = q.slice(q.indexOf(subjectText(ctx, c)) + subjectText(ctx, c).length);
  const m = PRONOUN.exec(rest);
  if (!m) return BACK_REFERENCE.test(rest);
  if (!/^(?:his|her|its|their)$/i.test(m[0])) return true;
  const rest2 = rest.slice(m.index + m[0].length);
  return PRONOUN.test(rest2) || BACK_REFERENCE.test(rest);
}
