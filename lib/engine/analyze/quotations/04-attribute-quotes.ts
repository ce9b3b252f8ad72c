// Decides, for each quoted segment, whether it is speech, whether it is a direct or partial
// quote, and which cue and words name its speaker. Pronouns and continuations are left for
// the in-order resolution pass.
//
// Decision (documented in README): a quoted phrase right after a possessive and a speech noun
// ("X's call for “unilateral” action") is a partial quote of X, even when another verb in the
// sentence belongs to someone else. A short quoted phrase with no cue at all is a scare quote.
import type { QuotationKind, Sentence, TextSpan } from "../types";
import type { QuoteSegment } from "./01-quote-marks";
import { MASK, sentenceAt, type Context } from "./02-context";
import { candidateEndingAt, mainSubject, speakerAfter, subjectBefore, type RawSpeaker } from "./03-speaker";
import { findCues, matchNamingCues, matchSpeechNouns, type Cue } from "./cues";
import { tokenBefore, wordCount } from "./tokens";

export type DraftSpeaker = RawSpeaker | { kind: "inherit" };

export interface QuoteDraft {
  segments: QuoteSegment[];
  kind: QuotationKind;
  cue: Cue | null;
  /** The cue sits right against the quote ("“…,” X said", "X said, “…”"): it reports nothing else. */
  cueAdjacent: boolean;
  raw: DraftSpeaker;
  sentence: Sentence;
}

const SCARE_QUOTE_MAX_WORDS = 4;

export function attributeQuotes(ctx: Context): QuoteDraft[] {
  const groups = new Map<number, QuoteSegment[]>();
  ctx.segments.forEach((s, i) => {
    const key = s.continues ?? i;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  });
  const drafts: QuoteDraft[] = [];
  for (const segs of groups.values()) {
    let best: QuoteDraft | null = null;
    for (const seg of segs) {
      const d = attributeSegment(ctx, seg, segs.length > 1);
      if (d && (!best || (best.raw.kind === "none" || best.raw.kind === "inherit") && d.raw.kind !== "none" && d.raw.kind !== "inherit")) best = d;
    }
    if (!best) continue;
    // Every paragraph of a multi-paragraph quote is one quotation, as the reader sees it.
    for (const seg of segs) {
      const own = attributeSegment(ctx, seg, segs.length > 1);
      const sentence = sentenceAt(ctx, seg.start) ?? best.sentence;
      drafts.push(seg === best.segments[0] ? best : { ...best, segments: [seg], sentence, kind: own?.kind ?? "direct", cue: own?.cue ?? null, cueAdjacent: own?.cueAdjacent ?? false, raw: own?.cue ? own.raw : best.raw });
    }
  }
  return drafts.sort((a, b) => a.segments[0]!.start - b.segments[0]!.start);
}

function attributeSegment(ctx: Context, seg: QuoteSegment, multiParagraph: boolean): QuoteDraft | null {
  const first = sentenceAt(ctx, seg.start);
  const last = sentenceAt(ctx, Math.max(seg.start, seg.end - 1)) ?? first;
  if (!first || !last) return null;
  const regionEnd = Math.max(last.end, first.end);
  const content = ctx.text.slice(seg.contentStart, seg.contentEnd);
  const lead = ctx.masked.slice(first.start, seg.start);
  const opensSentence = lead.trim() === "" || /^[\s([—–-]*$/u.test(lead);

  if (namedNotSpoken(ctx, seg, first)) return null;

  const cues = findCues(ctx.masked, first.start, regionEnd).filter((c) => !c.passive);
  const pick = chooseCue(ctx, seg, cues, content, first, last);
  const kind = classify(ctx, seg, content, opensSentence, pick, multiParagraph);

  if (pick) return { segments: [seg], kind, cue: pick.cue, cueAdjacent: pick.adjacent, raw: pick.raw, sentence: first };
  const possessor = possessiveSpeaker(ctx, seg, first);
  if (possessor) return { segments: [seg], kind, cue: possessor.cue, cueAdjacent: false, raw: possessor.raw, sentence: first };
  if (opensSentence || multiParagraph) return { segments: [seg], kind, cue: null, cueAdjacent: false, raw: { kind: "inherit" }, sentence: first };
  if (wordCount(content) <= SCARE_QUOTE_MAX_WORDS) return null;
  return { segments: [seg], kind, cue: null, cueAdjacent: false, raw: { kind: "none", reason: "no attribution found" }, sentence: first };
}

interface Pick {
  cue: Cue;
  raw: RawSpeaker;
  adjacent: boolean;
}

function chooseCue(ctx: Context, seg: QuoteSegment, cues: Cue[], content: string, first: Sentence, last: Sentence): Pick | null {
  // 1. "“…,” X said" / "“…,” said X": a cue just after a quote that ends in punctuation.
  const endsOpen = /[,.?!—–-]\s*$/u.test(content) || /^\s*[,—–]/u.test(ctx.masked.slice(seg.end, seg.end + 2));
  if (endsOpen) {
    for (const c of cues) {
      if (c.start < seg.end) continue;
      const between = ctx.masked.slice(seg.end, c.start);
      // Periods of initials and titles ("U.S.", "Rep. Ann Smith") do not end the attribution.
      const plain = between.replace(/\b\p{Lu}\.(?=\p{Lu})/gu, "").replace(/\b\p{Lu}\p{Ll}{0,3}\.(?=\s+\p{Lu})/gu, "");
      if (between.includes(MASK) || /[.!?;]/.test(plain) || wordCount(between) > 8) break;
      const inverted = /^[\s,—–-]*$/u.test(between);
      const raw = inverted || c.kind === "speaker-after" ? speakerAfter(ctx, c.end, last.end) : speakerFor(ctx, c, last);
      if (raw.kind !== "none") return { cue: c, raw, adjacent: true };
    }
  }
  // 2. "X's call for “…”": a possessive and a speech noun right before the quote.
  const possessor = possessiveSpeaker(ctx, seg, first);
  if (possessor) return { cue: possessor.cue, raw: possessor.raw, adjacent: false };
  // 3. The last cue before the quote in its sentence ("X said, “…”", "what he called “…”").
  const before = cues.filter((c) => c.end <= seg.start && c.start >= first.start);
  for (let i = before.length - 1; i >= 0; i--) {
    const c = before[i]!;
    const raw = c.kind === "speaker-after" ? speakerAfter(ctx, c.end, seg.start) : speakerFor(ctx, c, first);
    if (raw.kind === "none") continue;
    const adjacent = /^\s*[,:]?\s*$/.test(ctx.masked.slice(c.end, seg.start)) || /^[^░]{0,40}[,:]\s*$/u.test(ctx.masked.slice(c.end, seg.start));
    return { cue: c, raw, adjacent };
  }
  // 4. A cue later in the sentence ("“…” is how the minister described it").
  for (const c of cues) {
    if (c.start < seg.end) continue;
    const raw = c.kind === "speaker-after" ? speakerAfter(ctx, c.end, last.end) : speakerFor(ctx, c, last);
    if (raw.kind !== "none") return { cue: c, raw, adjacent: false };
  }
  return null;
}

export function speakerFor(ctx: Context, c: Cue, sentence: Sentence): RawSpeaker {
  if (c.kind === "speaker-after") return speakerAfter(ctx, c.end, sentence.end);
  if (c.participle || c.coordinated) return mainSubject(ctx, sentence, c.start);
  return subjectBefore(ctx, c.start, sentence);
}

/** "Ruiz's call for “…”", "the minister's remarks that “…”". */
function possessiveSpeaker(ctx: Context, seg: QuoteSegment, sentence: Sentence): { cue: Cue; raw: RawSpeaker } | null {
  const from = Math.max(sentence.start, seg.start - 60);
  const nouns = matchSpeechNouns(ctx.masked, from, seg.start);
  for (let i = nouns.length - 1; i >= 0; i--) {
    const n = nouns[i]!;
    if (wordCount(ctx.masked.slice(n.end, seg.start)) > 4 || ctx.masked.slice(n.end, seg.start).includes(MASK)) continue;
    const owner = tokenBefore(ctx.masked, n.start, sentence.start);
    if (!owner || !/['’]s?$/.test(owner.text)) continue;
    const cand = candidateEndingAt(ctx, owner.end) ?? candidateEndingAt(ctx, owner.end - 1) ?? candidateEndingAt(ctx, owner.end - 2);
    if (!cand || cand.kind === "group") continue;
    return { cue: { ...n, kind: "quote-only", participle: false, coordinated: false, passive: false }, raw: { kind: "candidate", candidate: cand } };
  }
  return null;
}

/** "a policy known as “catch and release”", signs and titles: quoted, but nobody speaks. */
function namedNotSpoken(ctx: Context, seg: QuoteSegment, sentence: Sentence): boolean {
  const from = Math.max(sentence.start, seg.start - 25);
  const naming = matchNamingCues(ctx.masked, from, seg.start);
  const lastNaming = naming[naming.length - 1];
  return lastNaming !== undefined && wordCount(ctx.masked.slice(lastNaming.end, seg.start)) <= 1;
}

function classify(ctx: Context, seg: QuoteSegment, content: string, opensSentence: boolean, pick: Pick | null, multiParagraph: boolean): QuotationKind {
  if (multiParagraph || seg.continues !== null) return "direct";
  const startsUpper = /^[\s'‘]*[\p{Lu}\p{N}]/u.test(content);
  if (opensSentence && startsUpper) return "direct";
  // "X said, “It …”" / "X said: “It …”": an introduced full sentence.
  if (startsUpper && pick && pick.cue.end <= seg.start && /[,:]\s*$/.test(ctx.masked.slice(pick.cue.end, seg.start)) && !ctx.masked.slice(pick.cue.end, seg.start).includes(MASK)) {
    return wordCount(content) >= 3 ? "direct" : "partial";
  }
  return "partial";
}

export function spanOf(ctx: Context, start: number, end: number): TextSpan {
  return { start, end, text: ctx.text.slice(start, end) };
}
