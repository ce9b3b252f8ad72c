// Labels the words of each capitalized run: lexicon groups ("Security Council", "Russian"),
// titles ("Secretary of State", "Ambassador"), names shaped like organizations, places or
// things ("Brookings Institution", "Arlington National Cemetery", "First Amendment"). Words
// left unlabeled are where people's names can be.
import { GIVEN_NAMES } from "../../lexicon/given-names";
import { ORGANIZATION_HEADS, PLACE_HEADS, THING_HEADS } from "../../lexicon/organizations";
import { TITLE_HEADS } from "../../lexicon/titles";
import { isUpper, type Token } from "./01-tokens";
import type { Run } from "./02-runs";
import { LEXICON, LEXICON_MAX_WORDS, LEXICON_UPPER, MULTIWORD_TITLE_WORDS, type LexiconHit } from "./lexicon-tables";

export type SegmentKind = "group" | "title" | "organization" | "place" | "thing";

/** Consecutive words of a run with one label. `first`/`last` are positions in the run. */
export interface Segment {
  kind: SegmentKind;
  first: number;
  last: number;
  /** For lexicon groups. */
  hit?: LexiconHit;
}

export interface LabeledRun extends Run {
  /** One entry per run word: the segment covering it, or null for a word free to be a name. */
  labels: (Segment | null)[];
}

const phrase = (text: string, a: Token, b: Token) => text.slice(a.start, b.end).replace(/[[\]]/g, "").replace(/\s+/g, " ");

function lexiconAt(text: string, run: Run, tokens: Token[], pos: number): Segment | null {
  const max = Math.min(LEXICON_MAX_WORDS + 1, run.tokens.length - pos);
  for (let len = max; len >= 1; len--) {
    const a = tokens[run.tokens[pos]!]!;
    const b = tokens[run.tokens[pos + len - 1]!]!;
    const p = phrase(text, a, b);
    const hit = LEXICON.get(p) ?? (isUpper(a) && p.length > 3 ? LEXICON_UPPER.get(p) : undefined);
    if (hit) return { kind: "group", first: pos, last: pos + len - 1, hit };
  }
  return null;
}

function titleAt(text: string, run: Run, tokens: Token[], pos: number): Segment | null {
  const start = tokens[run.tokens[pos]!]!;
  for (const words of MULTIWORD_TITLE_WORDS) {
    for (let len = Math.min(words.length, run.tokens.length - pos); len >= 1; len--) {
      const end = tokens[run.tokens[pos + len - 1]!]!;
      const p = phrase(text, start, end).toLowerCase().replace(/\./g, "");
      if (p === words.join(" ")) return { kind: "title", first: pos, last: pos + len - 1 };
    }
  }
  return TITLE_HEADS.has(start.lower.replace(/\.$/, "")) ? { kind: "title", first: pos, last: pos } : null;
}

function headKind(word: string): SegmentKind | null {
  if (ORGANIZATION_HEADS.has(word)) return "organization";
  if (PLACE_HEADS.has(word)) return "place";
  if (THING_HEADS.has(word)) return "thing";
  return null;
}

/** Grow a name around its head word: capitalized words before it, "of …"/"for …" after it. */
function shapeAt(run: Run, tokens: Token[], labels: (Segment | null)[], pos: number, kind: SegmentKind): Segment {
  const t = (p: number) => tokens[run.tokens[p]!]!;
  const absorbable = (s: Segment | null) =>
    s === null || (s.kind === "group" && (s.hit?.kind === "place" || s.hit?.form === "demonym" || (s.hit?.kind === "country" && s.hit.form === "name")));
  let first = pos;
  while (first > 0 && run.gaps[first] === "" && absorbable(labels[first - 1]!) && !t(first - 1).possessive) first--;
  let last = pos;
  while (last + 1 < run.tokens.length && !t(last).possessive) {
    const next = t(last + 1);
    const gap = run.gaps[last + 1]!;
    const label = labels[last + 1]!;
    if (label?.kind === "title" && run.gaps[last + 2] !== "of" && run.gaps[last + 2] !== "of the") break;
    if (gap === "" && GIVEN_NAMES.has(next.text)) break;
    if (gap !== "" && !/^(?:of|of the|for|for the|&)$/.test(gap)) break;
    last++;
  }
  return { kind: first === last && kind !== "place" ? "thing" : kind, first, last };
}

export function labelRuns(text: string, tokens: Token[], runs: Run[]): LabeledRun[] {
  return runs.map((run) => {
    const labels: (Segment | null)[] = run.tokens.map(() => null);
    const fill = (s: Segment) => {
      for (let p = s.first; p <= s.last; p++) labels[p] = s;
    };
    for (let pos = 0; pos < run.tokens.length; ) {
      const s = lexiconAt(text, run, tokens, pos);
      if (s) fill(s);
      pos = s ? s.last + 1 : pos + 1;
    }
    for (let pos = 0; pos < run.tokens.length; ) {
      const s = labels[pos] ? null : titleAt(text, run, tokens, pos);
      if (s) fill(s);
      pos = s ? s.last + 1 : pos + 1;
    }
    // Heads from the right, so "University of California Hastings College of the Law" grows once.
    for (let pos = 0; pos < run.tokens.length; pos++) {
      if (labels[pos]) continue;
      const kind = headKind(tokens[run.tokens[pos]!]!.text);
      if (!kind) continue;
      const s = shapeAt(run, tokens, labels, pos, kind);
      fill(s);
      pos = s.last;
    }
    return { ...run, labels };
  });
}
