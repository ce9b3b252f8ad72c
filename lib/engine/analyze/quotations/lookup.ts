// Indexed look-ups over the context's candidates and sentences. Each pass used to scan every
// candidate or sentence of the article for every cue, token and quote, so analysis time grew
// with the square of the text. These give the same answers as those scans (same items, same
// order) by binary search over the arrays, which are sorted by start.
import type { Sentence } from "../types";
import type { Candidate, Context } from "./02-context";

interface CandidateIndex {
  /** Candidate indexes ordered by end, then by position in `candidates`. */
  byEnd: number[];
  /** True when `candidates` is sorted by start, as buildContext leaves it, and none ends before it starts. */
  sorted: boolean;
}

interface SentenceIndex {
  /** True when the sentences are sorted and do not overlap, so at most one holds an offset. */
  ordered: boolean;
  /** The first sentence ending at each offset. */
  firstEndingAt: Map<number, Sentence>;
}

const candidateIndexes = new WeakMap<Candidate[], CandidateIndex>();
const sentenceIndexes = new WeakMap<Sentence[], SentenceIndex>();

function candidateIndex(candidates: Candidate[]): CandidateIndex {
  let index = candidateIndexes.get(candidates);
  if (!index) {
    const byEnd = candidates.map((_, i) => i).sort((a, b) => candidates[a]!.end - candidates[b]!.end || a - b);
    const sorted = candidates.every((c, i) => c.start <= c.end && (i === 0 || candidates[i - 1]!.start <= c.start));
    index = { byEnd, sorted };
    candidateIndexes.set(candidates, index);
  }
  return index;
}

/** Index of the first candidate starting at or after `pos` (candidates sorted by start). */
function firstStartingFrom(candidates: Candidate[], pos: number): number {
  let lo = 0;
  let hi = candidates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (candidates[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first candidate starting at `pos`, as `candidates.find((c) => c.start === pos)`. */
export function candidateStartingAt(ctx: Context, pos: number): Candidate | undefined {
  if (!candidateIndex(ctx.candidates).sorted) return ctx.candidates.find((c) => c.start === pos);
  const c = ctx.candidates[firstStartingFrom(ctx.candidates, pos)];
  return c && c.start === pos ? c : undefined;
}

/** The first candidate starting within `slack` characters after `pos`. */
export function candidateStartingNear(ctx: Context, pos: number, slack: number): Candidate | undefined {
  if (!candidateIndex(ctx.candidates).sorted) return ctx.candidates.find((c) => c.start >= pos && c.start - pos <= slack);
  const c = ctx.candidates[firstStartingFrom(ctx.candidates, pos)];
  return c && c.start - pos <= slack ? c : undefined;
}

/**
 * The candidates with start ≥ `from` and end ≤ `to`, in `candidates` order: the same list as
 * `candidates.filter((c) => c.start >= from && c.end <= to)`.
 */
export function candidatesWithin(ctx: Context, from: number, to: number): Candidate[] {
  const all = ctx.candidates;
  if (!candidateIndex(all).sorted) return all.filter((c) => c.start >= from && c.end <= to);
  const out: Candidate[] = [];
  // A candidate starting after `to` cannot end by `to` (a candidate never ends before it starts).
  for (let i = firstStartingFrom(all, from); i < all.length && all[i]!.start <= to; i++) {
    const c = all[i]!;
    if (c.end <= to) out.push(c);
  }
  return out;
}

/** The candidates whose end lies in [from, to], in `candidates` order. */
export function candidatesEndingBetween(ctx: Context, from: number, to: number): Candidate[] {
  const { byEnd } = candidateIndex(ctx.candidates);
  const all = ctx.candidates;
  let lo = 0;
  let hi = byEnd.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[byEnd[mid]!]!.end < from) lo = mid + 1;
    else hi = mid;
  }
  const picked: number[] = [];
  for (let i = lo; i < byEnd.length && all[byEnd[i]!]!.end <= to; i++) picked.push(byEnd[i]!);
  return picked.sort((a, b) => a - b).map((i) => all[i]!);
}

function sentenceIndex(sentences: Sentence[]): SentenceIndex {
  let index = sentenceIndexes.get(sentences);
  if (!index) {
    const ordered = sentences.every((s, i) => s.start <= s.end && (i === 0 || sentences[i - 1]!.end <= s.start));
    const firstEndingAt = new Map<number, Sentence>();
    for (const s of sentences) if (!firstEndingAt.has(s.end)) firstEndingAt.set(s.end, s);
    index = { ordered, firstEndingAt };
    sentenceIndexes.set(sentences, index);
  }
  return index;
}

/** The sentence holding `offset`, else the one ending there. */
export function sentenceHolding(sentences: Sentence[], offset: number): Sentence | undefined {
  const { ordered, firstEndingAt } = sentenceIndex(sentences);
  if (!ordered) return sentences.find((s) => s.start <= offset && offset < s.end) ?? sentences.find((s) => s.end === offset);
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  // The last sentence starting at or before `offset`; empty sentences before it hold nothing.
  const s = sentences[lo - 1];
  if (s && offset < s.end) return s;
  return firstEndingAt.get(offset);
}
