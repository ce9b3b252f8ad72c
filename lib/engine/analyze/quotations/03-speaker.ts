// Finds who a cue's speaker is: the subject before it ("Ruiz said"), the phrase after it
// ("said Chen Wei", "according to officials"), or the main subject of the sentence for a
// participle ("…, saying"). Returns the words found; pronouns are resolved later, in text order.
import {
  ANONYMOUS_SOURCE_NOUNS,
  ATTRIBUTION_FILLERS,
  QUOTE_ONLY_VERBS,
  REPORTING_VERBS,
} from "../../lexicon/speech-cues";
import type { Sentence, TextSpan } from "../types";
import { MASK, type Candidate, type Context } from "./02-context";
import { candidatesEndingBetween, candidatesWithin, candidateStartingAt } from "./lookup";
import { isWord, tokenAfter, tokenBefore } from "./tokens";

export type RawSpeaker =
  | { kind: "candidate"; candidate: Candidate }
  | { kind: "anonymous"; mention: TextSpan }
  | { kind: "unnamed"; mention: TextSpan }
  | { kind: "none"; reason: string };

const FILLERS = new Set(ATTRIBUTION_FILLERS);
const CUE_WORDS = new Set([...REPORTING_VERBS, ...QUOTE_ONLY_VERBS].filter((w) => !w.includes(" ")));
const ANONYMOUS = new Set(ANONYMOUS_SOURCE_NOUNS.filter((w) => !w.includes(" ")));
const PREPOSITIONS = new Set(["in", "at", "of", "from", "for", "with", "on", "by", "to", "about", "against", "between", "among", "over", "under", "toward", "towards"]);
const DETERMINERS = new Set(["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "two", "three", "several", "some", "many", "other", "one"]);
/** Nouns after a person's name that make the name a modifier ("the Smith administration said"). */
const NAME_MODIFIED = new Set(["administration", "government", "campaign", "team", "family", "camp", "allies", "aides", "officials", "spokesman", "spokeswoman", "spokesperson", "lawyer", "lawyers", "attorney", "attorneys", "office", "staff", "era", "supporters", "foundation", "organization"]);
/** Nouns after a group's name that still let the group speak ("the U.S. government said"). */
const GROUP_HEAD_OK = new Set(["government", "authorities", "administration", "ministry", "leadership"]);

const isAdverb = (w: string) => /^[a-z]+ly$/.test(w) && !["only", "early", "family", "ally", "italy", "rally"].includes(w);

export function candidateEndingAt(ctx: Context, end: number): Candidate | undefined {
  let best: Candidate | undefined;
  for (const c of candidatesEndingBetween(ctx, end - 2, end)) {
    if (c.end === end || (c.end > end - 3 && c.end <= end && /^['’]s?$/.test(ctx.text.slice(c.end, end)))) {
      if (!best || c.end - c.start > best.end - best.start) best = c;
    }
  }
  return best;
}

/** True when the mention heads its noun phrase rather than modifying another noun. */
export function isHead(ctx: Context, c: Candidate): boolean {
  if (/^['’]s?(?![\p{L}])/u.test(ctx.text.slice(c.end, c.end + 2)) && c.mentionKind !== "possessive") return false;
  if (c.mentionKind === "possessive") return false;
  const next = tokenAfter(ctx.masked, c.end);
  if (!isWord(next)) return true;
  const w = next.text.toLowerCase();
  if (c.kind === "person") return !NAME_MODIFIED.has(w);
  if (c.kind === "group") {
    return CUE_WORDS.has(w) || FILLERS.has(w) || isAdverb(w) || GROUP_HEAD_OK.has(w) || w === "which" || w === "who";
  }
  return true;
}

function precededByPreposition(ctx: Context, start: number, floor: number): TextSpan | null {
  let t = tokenBefore(ctx.masked, start, floor);
  if (t && DETERMINERS.has(t.text.toLowerCase())) t = tokenBefore(ctx.masked, t.start, floor);
  return t && PREPOSITIONS.has(t.text.toLowerCase()) ? t : null;
}

/** The noun phrase ending with `head`: back over determiners, adjectives and capitalized words. */
function nounPhraseEndingAt(ctx: Context, head: TextSpan, floor: number): TextSpan {
  let start = head.start;
  for (let i = 0; i < 5; i++) {
    const t = tokenBefore(ctx.masked, start, floor);
    if (!isWord(t)) break;
    const w = t.text.toLowerCase();
    if (CUE_WORDS.has(w) || PREPOSITIONS.has(w) || FILLERS.has(w) && !DETERMINERS.has(w)) break;
    if (/[.!?]$/.test(t.text) && !/\p{Lu}\.$/u.test(t.text)) break;
    if (w === "and" || w === "or" || w === "but") break;
    start = t.start;
    if (DETERMINERS.has(w)) break;
  }
  return { start, end: head.end, text: ctx.text.slice(start, head.end) };
}

/** The speaker before a cue: "Ruiz said", "Park, former …, tells", "the White House, which said". */
export function subjectBefore(ctx: Context, cueStart: number, sentence: Sentence): RawSpeaker {
  let pos = cueStart;
  for (let step = 0; step < 14; step++) {
    const tok = tokenBefore(ctx.masked, pos, sentence.start);
    if (!tok || tok.text === MASK) break;
    const cand = candidateEndingAt(ctx, tok.end);
    if (cand && cand.start >= sentence.start) {
      const prep = precededByPreposition(ctx, cand.start, sentence.start);
      if (prep && cand.kind !== "pronoun") {
        pos = prep.start;
        continue;
      }
      // "Both Republicans and Democrats said": several speakers, none of them alone.
      const conj = tokenBefore(ctx.masked, cand.start, sentence.start);
      if (conj && /^(and|or)$/i.test(conj.text)) {
        const prevTok = tokenBefore(ctx.masked, conj.start, sentence.start);
        const other = prevTok && candidateEndingAt(ctx, prevTok.end);
        if (other) {
          const np = nounPhraseEndingAt(ctx, { start: other.start, end: cand.end, text: "" }, sentence.start);
          return { kind: "unnamed", mention: np };
        }
      }
      return { kind: "candidate", candidate: cand };
    }
    const w = tok.text.toLowerCase();
    if (tok.text === ",") {
      // ", which said" or an appositive ", former bureau chief for the Associated Press, tells".
      const before = tokenBefore(ctx.masked, tok.start, sentence.start);
      const direct = before && candidateEndingAt(ctx, before.end);
      if (direct && isHead(ctx, direct) && !precededByPreposition(ctx, direct.start, sentence.start)) return { kind: "candidate", candidate: direct };
      const prevComma = ctx.masked.lastIndexOf(",", tok.start - 1);
      if (prevComma > sentence.start && !ctx.masked.slice(prevComma, tok.start).includes(MASK)) {
        const t2 = tokenBefore(ctx.masked, prevComma, sentence.start);
        const c2 = t2 && candidateEndingAt(ctx, t2.end);
        if (c2) return { kind: "candidate", candidate: c2 };
      }
      pos = tok.start;
      continue;
    }
    if (!isWord(tok)) break;
    if (FILLERS.has(w) || isAdverb(w)) {
      pos = tok.start;
      continue;
    }
    if (w === "and" || w === "but" || w === "or") return mainSubject(ctx, sentence, tok.start);
    if (w === "not" || w === "never") break;
    if (ANONYMOUS.has(w)) return { kind: "anonymous", mention: nounPhraseEndingAt(ctx, tok, sentence.start) };
    if (CUE_WORDS.has(w)) break;
    return { kind: "unnamed", mention: nounPhraseEndingAt(ctx, tok, sentence.start) };
  }
  return { kind: "none", reason: "no attribution found" };
}

/** The speaker after a cue: "said China's deputy UN ambassador, Chen Wei", "according to officials". */
export function speakerAfter(ctx: Context, cueEnd: number, limit: number): RawSpeaker {
  let pos = cueEnd;
  let anonymous: TextSpan | null = null;
  let headGroup: Candidate | null = null;
  let anyGroup: Candidate | null = null;
  let pronoun: Candidate | null = null;
  let firstNoun: TextSpan | null = null;
  for (let step = 0; step < 16; step++) {
    const tok = tokenAfter(ctx.masked, pos, limit);
    if (!tok || tok.text === MASK || tok.text === ";" || (tok.text === "." && tok.end >= limit - 1)) break;
    const cand = candidateStartingAt(ctx, tok.start);
    if (cand) {
      if (cand.kind === "person") return { kind: "candidate", candidate: cand };
      if (cand.kind === "group") {
        anyGroup ??= cand;
        if (isHead(ctx, cand) && !anonymous) headGroup ??= cand;
      }
      if (cand.kind === "pronoun" && step === 0) pronoun = cand;
      pos = cand.end;
      continue;
    }
    const w = tok.text.toLowerCase();
    if (isWord(tok) && ANONYMOUS.has(w) && !headGroup) anonymous ??= nounPhraseEndingAt(ctx, tok, cueEnd);
    if (isWord(tok) && !firstNoun && step < 4 && !DETERMINERS.has(w) && !FILLERS.has(w)) firstNoun = tok;
    pos = tok.end;
  }
  if (anonymous && (!headGroup || anonymous.start < headGroup.start)) return { kind: "anonymous", mention: anonymous };
  if (headGroup) return { kind: "candidate", candidate: headGroup };
  if (anyGroup) return { kind: "candidate", candidate: anyGroup };
  if (pronoun) return { kind: "candidate", candidate: pronoun };
  if (firstNoun) return { kind: "unnamed", mention: nounPhraseAfter(ctx, firstNoun, limit) };
  return { kind: "none", reason: "no attribution found" };
}

function nounPhraseAfter(ctx: Context, first: TextSpan, limit: number): TextSpan {
  let end = first.end;
  for (let i = 0; i < 4; i++) {
    const t = tokenAfter(ctx.masked, end, limit);
    if (!isWord(t) || PREPOSITIONS.has(t.text.toLowerCase()) || CUE_WORDS.has(t.text.toLowerCase())) break;
    end = t.end;
  }
  const start = first.start;
  return { start, end, text: ctx.text.slice(start, end) };
}

/** The subject of the sentence's main clause, for participles ("…, saying …") and "and said". */
export function mainSubject(ctx: Context, sentence: Sentence, before: number): RawSpeaker {
  const inSentence = candidatesWithin(ctx, sentence.start, sentence.end).filter((c) => ctx.masked[c.start] !== MASK);
  const usable = (c: Candidate) => (c.kind === "pronoun" ? /^(he|she|they)$/i.test(c.text) : isHead(ctx, c)) && !precededByPreposition(ctx, c.start, sentence.start) && !isObject(ctx, c, sentence);
  // A person before the cue is the likeliest subject; a group or pronoun only when there is none.
  const first = inSentence.find((c) => c.end <= before && c.kind === "person" && usable(c)) ?? inSentence.find((c) => c.end <= before && usable(c));
  if (first) return { kind: "candidate", candidate: first };
  const after = inSentence.find((c) => c.start >= before && c.kind === "person" && usable(c));
  if (after) return { kind: "candidate", candidate: after };
  return { kind: "none", reason: "no attribution found" };
}

/** "is urging Attorney General Jane Doe": a name right after a verb (titles skipped) is its object. */
function isObject(ctx: Context, c: Candidate, sentence: Sentence): boolean {
  let t = tokenBefore(ctx.masked, c.start, sentence.start);
  while (t && isWord(t) && /^\p{Lu}/u.test(t.text)) t = tokenBefore(ctx.masked, t.start, sentence.start);
  if (!isWord(t)) return false;
  const w = t.text.toLowerCase();
  return CUE_WORDS.has(w) || w === "to" || (/(ing|ed)$/.test(w) && !FILLERS.has(w));
}
