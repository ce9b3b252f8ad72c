// The shared view every later pass reads: the text with quoted words masked out, paragraph
// spans, and the speaker candidates (people, groups, pronouns) in text order.
import type { Group, Person, Sentence, Span } from "../types";
import type { QuoteSegment } from "./01-quote-marks";
import { sentenceHolding } from "./lookup";
import { overlapTest } from "./span-index";

export type CandidateKind = "person" | "group" | "pronoun";

export interface Candidate extends Span {
  kind: CandidateKind;
  text: string;
  personId: string | null;
  groupId: string | null;
  /** Mention kind from the people finder, or "pronoun" for one found here. */
  mentionKind: string;
}

export interface Context {
  text: string;
  /** `text` with every quoted segment (marks included) replaced by MASK, same length. */
  masked: string;
  sentences: Sentence[];
  paragraphs: Span[];
  segments: QuoteSegment[];
  candidates: Candidate[];
  people: Person[];
  groups: Group[];
}

export const MASK = "\u2591";
const PRONOUNS = /(?<![\p{L}\p{N}'’])(he|she|they|it|we|i)(?![\p{L}\p{N}'’])/giu;

export function buildContext(text: string, sentences: Sentence[], people: Person[], groups: Group[], segments: QuoteSegment[], paragraphs: Span[]): Context {
  const chars = text.split("");
  for (const s of segments) for (let i = s.start; i < s.end; i++) if (chars[i] !== "\n") chars[i] = MASK;
  const masked = chars.join("");
  const candidates: Candidate[] = [];
  for (const p of people) {
    for (const m of p.mentions) {
      candidates.push({ start: m.start, end: m.end, kind: m.kind === "pronoun" ? "pronoun" : "person", text: m.text, personId: p.id, groupId: null, mentionKind: m.kind });
    }
  }
  for (const g of groups) {
    for (const m of g.mentions) candidates.push({ start: m.start, end: m.end, kind: "group", text: m.text, personId: null, groupId: g.id, mentionKind: m.form });
  }
  const overlapsTaken = overlapTest(candidates);
  for (const m of masked.matchAll(PRONOUNS)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlapsTaken(start, end)) continue;
    candidates.push({ start, end, kind: "pronoun", text: m[0], personId: null, groupId: null, mentionKind: "pronoun" });
  }
  // A person mention inside a group mention ("Smith administration") or vice versa: keep the longer.
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  return { text, masked, sentences, paragraphs, segments, candidates, people, groups };
}

/** Paragraph spans from the sentences' paragraph indexes. */
export function paragraphsOf(sentences: Sentence[]): Span[] {
  const out: Span[] = [];
  for (const s of sentences) {
    const p = out[s.paragraph];
    if (p) {
      p.start = Math.min(p.start, s.start);
      p.end = Math.max(p.end, s.end);
    } else {
      out[s.paragraph] = { start: s.start, end: s.end };
    }
  }
  // Paragraph numbers with no sentence (should not happen) get an empty span, so indexes stay aligned.
  for (let i = 0; i < out.length; i++) if (!out[i]) out[i] = { start: out[i - 1]?.end ?? 0, end: out[i - 1]?.end ?? 0 };
  return out;
}

export function sentenceAt(ctx: Context, offset: number): Sentence | undefined {
  return sentenceHolding(ctx.sentences, offset);
}
