// Labels the words of each capitalized run: lexicon groups ("Security Council", "Russian"),
// titles ("Secretary of State", "Ambassador"), names shaped like organizations, places or
// things ("Acme Institution", "Millbrook National Cemetery", "First Amendment"). Words
// left unlabeled are where people's names can be.
import { GIVEN_NAMES } from "../../lexicon/given-names";
import { ORGANIZATION_HEADS, PLACE_HEADS, THING_HEADS } from "../../lexicon/organizations";
import { NAME_SUFFIXES, TITLE_HEADS } from "../../lexicon/titles";
import { isUpper, type Token } from "./01-tokens";
import type { Run } from "./02-runs";
import { LEXICON, LEXICON_MAX_WORDS, LEXICON_UPPER, TITLES_BY_FIRST, type LexiconHit } from "./lexicon-tables";

export type SegmentKind = "group" | "title" | "organization" | "place" | "thing";

/** Consecutive words of a run with one label. `first`/`last` are positions in the run. */
export interface Segment {
  kind: SegmentKind;
  first: number;
  last: number;
  /** For lexicon groups. */
  hit?: LexiconHit;
  /** Not a label after all: the word stays free for a name. */
  free?: boolean;
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
  for (const words of TITLES_BY_FIRST.get(start.lower) ?? []) {
    for (let len = Math.min(words.length, run.tokens.length - pos); len >= 1; len--) {
      const end = tokens[run.tokens[pos + len - 1]!]!;
      const p = phrase(text, start, end).toLowerCase().replace(/\./g, "");
      if (p === words.join(" ")) return { kind: "title", first: pos, last: pos + len - 1 };
    }
  }
  return TITLE_HEADS.has(start.lower.replace(/\.$/, "")) ? { kind: "title", first: pos, last: pos } : null;
}

/** "King" in "Martin Luther King Jr.", "Baker" in "Anna Baker": a title word ending a name. */
function surnameLikeTitle(run: Run, tokens: Token[], labels: (Segment | null)[], s: Segment): boolean {
  if (s.first !== s.last || s.first === 0 || labels[s.first - 1] !== null || run.gaps[s.first] !== "") return false;
  const next = run.tokens[s.last + 1];
  return next === undefined || NAME_SUFFIXES.has(tokens[next]!.lower);
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
    const connector = /^(?:of|of the|for|for the|&)$/.test(gap);
    if (gap !== "" && !connector) break;
    // A title joins only after "of" ("Office of the Director of National Intelligence").
    if (label?.kind === "title") {
      if (!connector) break;
      last = label.last;
      continue;
    }
    if (gap === "" && GIVEN_NAMES.has(next.text)) break;
    last++;
  }
  // The strongest head decides: "Millbrook Law Center" is an organization, not a law.
  // "Maria Park", "Anna Hall": a given name and one head word is a person, not a place.
  if (last === first + 1 && pos === last && GIVEN_NAMES.has(t(first).text)) return { kind: "thing", first: pos, last: pos, free: true };
  const heads = run.tokens.slice(first, last + 1).map((i) => headKind(tokens[i]!.text));
  const strongest = heads.includes("organization") ? "organization" : heads.includes("place") ? "place" : kind;
  return { kind: first === last && strongest !== "place" ? "thing" : strongest, first, last };
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
      if (s && !surnameLikeTitle(run, tokens, labels, s)) fill(s);
      pos = s ? s.last + 1 : pos + 1;
    }
    // Heads from the right, so "University of Northland Millbrook College of the Law" grows once.
    for (let pos = 0; pos < run.tokens.length; pos++) {
      if (labels[pos]) continue;
      const kind = headKind(tokens[run.tokens[pos]!]!.text);
      if (!kind) continue;
      const s = shapeAt(run, tokens, labels, pos, kind);
      if (s.free) continue;
      fill(s);
      pos = s.last;
    }
    return { ...run, labels };
  });
}
