// Reported speech without quotation marks: "X said (that) …", "X told the council that …",
// "…, X added.", "according to X, …". The content runs from the cue to the end of the clause.
import { ANONYMITY_PHRASES, TOLD_OBJECTS } from "../../lexicon/speech-cues";
import type { Sentence, Span } from "../types";
import { MASK, type Context } from "./02-context";
import type { RawSpeaker } from "./03-speaker";
import { speakerFor } from "./04-attribute-quotes";
import { findCues, type Cue } from "./cues";
import { candidateStartingNear } from "./lookup";
import { phraseMatcher } from "./phrase-matcher";
import { isWord, tokenAfter, tokenBefore, wordCount } from "./tokens";

export interface IndirectDraft {
  span: Span;
  content: Span;
  cue: Cue;
  raw: RawSpeaker;
  sentence: Sentence;
}

const TELL_VERBS = new Set(["tell", "tells", "told", "telling", "warn", "warns", "warned", "urge", "urges", "urged", "urging", "ask", "asks", "asked", "asking", "called on", "calls on", "calling on"]);
const objects = phraseMatcher(TOLD_OBJECTS);
const anonymity = phraseMatcher(ANONYMITY_PHRASES);
const TIME_WORDS = /^(on|last|this|next|earlier|later|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|night|morning|afternoon|evening|week|recently|also|publicly|again)$/i;
const CLAUSE_BREAK = /,\s+(?:although|though|while|but|whereas|even as|saying|adding|noting|calling|arguing|warning|according to)\b|;|\s+—\s+(?=\p{Ll}+ing\b)/u;
const MIN_CONTENT_WORDS = 3;

export function findIndirect(ctx: Context, usedCues: Set<number>): IndirectDraft[] {
  const out: IndirectDraft[] = [];
  for (const sentence of ctx.sentences) {
    // "who asked not to be named" describes a source; it reports nothing.
    const shields = anonymity(ctx.masked, sentence.start, sentence.end).filter((a) => /named|identified|anonymity|authori[sz]ed/i.test(a.text));
    for (const cue of findCues(ctx.masked, sentence.start, sentence.end)) {
      if (cue.kind === "quote-only" || cue.passive || usedCues.has(cue.start)) continue;
      if (shields.some((a) => a.start <= cue.start && cue.end <= a.end)) continue;
      const draft = reportedSpeech(ctx, cue, sentence);
      if (draft) out.push(draft);
    }
  }
  return out;
}

function reportedSpeech(ctx: Context, cue: Cue, sentence: Sentence): IndirectDraft | null {
  const raw = speakerFor(ctx, cue, sentence);
  if (raw.kind === "none") return null;
  const speakerSpan = raw.kind === "candidate" ? raw.candidate : raw.mention;
  // "what he said was …" names a claim, it does not report one.
  const beforeSpeaker = tokenBefore(ctx.masked, Math.min(speakerSpan.start, cue.start), sentence.start);
  if (beforeSpeaker && /^what$/i.test(beforeSpeaker.text)) return null;

  const content = contentOf(ctx, cue, sentence, speakerSpan);
  if (!content) return null;
  const words = ctx.masked.slice(content.start, content.end).split(MASK).join(" ");
  // "said at the meeting": a place or time, not something said.
  if (content.start > cue.start && /^(?:at|in|on|during|after|before|with|shortly|outside|inside|from)\b/i.test(words.trim())) return null;
  if (wordCount(words) < MIN_CONTENT_WORDS) return null;
  const start = Math.min(content.start, cue.start, speakerSpan.start);
  const end = Math.max(content.end, cue.end, speakerSpan.end);
  return { span: { start, end }, content, cue, raw, sentence };
}

function contentOf(ctx: Context, cue: Cue, sentence: Sentence, speaker: Span): Span | null {
  const m = ctx.masked;
  const sentenceEnd = trimEnd(m, sentence.start, sentence.end);
  const first = Math.min(speaker.start, cue.start);
  // "…, according to X" / "…, X added." : the content is the clause before the comma.
  const lead = m.slice(sentence.start, first);
  const tail = m.slice(Math.max(cue.end, speaker.end), sentenceEnd);
  if (/,\s*$/.test(lead) && wordCount(lead) >= MIN_CONTENT_WORDS && !/\bthat\b/.test(tail) && (cue.kind === "speaker-after" || wordCount(tail) <= 8)) {
    return trim(m, clauseStart(m, sentence.start, first), lead.lastIndexOf(",") + sentence.start);
  }
  if (cue.kind === "speaker-after") {
    // "According to X, …": the content follows the comma after the source.
    const comma = m.indexOf(",", speaker.end);
    if (comma < 0 || comma >= sentenceEnd) return null;
    return trim(m, comma + 1, clauseEnd(m, comma + 1, sentenceEnd));
  }
  let pos = Math.max(cue.end, cue.start < speaker.start ? speaker.end : cue.end);
  // "told the Security Council that …", "told reporters at the Pentagon that …"
  const thatAt = findThat(m, pos, sentenceEnd, TELL_VERBS.has(cue.text.toLowerCase()) ? 8 : 0);
  if (thatAt !== null) {
    // "reject that, …": a pronoun, not a clause.
    if (/^\s*[,.;:]/.test(m.slice(thatAt, thatAt + 3))) return null;
    pos = thatAt;
  } else if (TELL_VERBS.has(cue.text.toLowerCase())) {
    const obj = candidateStartingNear(ctx, pos, 2) ?? objects(m, pos, Math.min(sentenceEnd, pos + 40)).find((o) => o.start - pos <= 2);
    if (obj) pos = obj.end;
  }
  // Skip time words right after the cue ("said Saturday night he had …").
  if (thatAt === null) for (let t = tokenAfter(m, pos, sentenceEnd); t && isWord(t) && TIME_WORDS.test(t.text); t = tokenAfter(m, pos, sentenceEnd)) pos = t.end;
  const end = clauseEnd(m, pos, sentenceEnd);
  if (/^[\s,:]*░/u.test(m.slice(pos, end)) && wordCount(m.slice(pos, end).split(MASK).join(" ")) < MIN_CONTENT_WORDS) return null;
  return trim(m, pos, end);
}

/** The "that" opening the reported clause: next to the cue, or after the object of "told". */
function findThat(m: string, from: number, to: number, objectWords: number): number | null {
  let pos = from;
  let skipped = 0;
  for (let i = 0; i < 12; i++) {
    const t = tokenAfter(m, pos, to);
    if (!t || t.text === "," || t.text === MASK || t.text === ";") return null;
    if (/^that$/i.test(t.text)) return t.end;
    if (!TIME_WORDS.test(t.text) && ++skipped > objectWords) return null;
    pos = t.end;
  }
  return null;
}

function clauseEnd(m: string, from: number, to: number): number {
  const rest = m.slice(from, to);
  const br = CLAUSE_BREAK.exec(rest);
  return br ? from + br.index : to;
}

function clauseStart(m: string, floor: number, before: number): number {
  // Only a semicolon after `floor` counts, so the search stops there rather than at the text's start.
  for (let i = Math.min(before, m.length - 1); i >= floor; i--) if (m[i] === ";") return i + 1;
  return floor;
}

function trimEnd(m: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s.!?]/.test(m[e - 1]!)) e--;
  return e;
}

function trim(m: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && /[\s,:]/.test(m[s]!)) s++;
  while (e > s && /[\s,.:;]/.test(m[e - 1]!)) e--;
  return e > s ? { start: s, end: e } : null;
}
