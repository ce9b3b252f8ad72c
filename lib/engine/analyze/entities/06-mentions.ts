// Every further mention of the people found: surnames alone ("Okafor", "Park’s"), titles
// alone ("the top US diplomat", "the governor") and pronouns, each linked only when one
// person fits.
import { GIVEN_NAMES } from "../../lexicon/given-names";
import { STOPWORDS } from "../../lexicon/stopwords";
import { ROLE_FAMILIES, TITLE_HEADS, TITLE_MODIFIERS } from "../../lexicon/titles";
import type { Mention, MentionKind, Span } from "../types";
import type { Token } from "./01-tokens";
import type { LabeledRun } from "./03-label-runs";
import { surnameOf, type Gender, type PersonDraft } from "./05-people";
import { LEXICON, SPEECH_VERBS, TITLES_BY_LAST } from "./lexicon-tables";

export interface LinkedMention extends Mention {
  person: number;
  sentence: number;
}

const mention = (text: string, start: number, end: number, kind: MentionKind, person: number, sentence: number): LinkedMention => ({
  start,
  end,
  text: text.slice(start, end),
  kind,
  person,
  sentence,
});

/** Full names and names after titles, as found by the people pass. */
export function nameMentions(text: string, people: PersonDraft[]): LinkedMention[] {
  return people.flatMap((p, k) =>
    p.occurrences.map((o) => mention(text, o.start, o.end, o.tokens.length >= 2 || p.words.length === 1 ? "full-name" : "surname", k, o.sentence)),
  );
}

/** Bare surnames anywhere ("Okafor said", "Park’s government", a headline's "Jones"). */
export function surnameMentions(text: string, tokens: Token[], runs: LabeledRun[], people: PersonDraft[], claimed: Set<number>): LinkedMention[] {
  const label = new Map<number, LabeledRun["labels"][number]>();
  for (const run of runs) run.tokens.forEach((i, pos) => label.set(i, run.labels[pos]!));
  const out: LinkedMention[] = [];
  // Full names the people pass left unvouched in that place ("“Jan Novak is the man …").
  const byFirstWord = new Map<string, number[]>();
  people.forEach((p, k) => {
    if (p.words.length > 1) byFirstWord.set(p.words[0]!, [...(byFirstWord.get(p.words[0]!) ?? []), k]);
  });
  for (const run of runs) {
    for (let pos = 0; pos < run.tokens.length; pos++) {
      const sameFirst = byFirstWord.get(tokens[run.tokens[pos]!]!.text);
      if (!sameFirst) continue;
      const k = sameFirst.find((k) => people[k]!.words.every((w, d) => {
        const i = run.tokens[pos + d];
        return i !== undefined && !claimed.has(i) && tokens[i]!.text === w;
      }));
      if (k === undefined) continue;
      const idx = run.tokens.slice(pos, pos + people[k]!.words.length);
      const a = tokens[idx[0]!]!;
      const b = tokens[idx[idx.length - 1]!]!;
      idx.forEach((i) => claimed.add(i));
      out.push(mention(text, a.start, b.end, "full-name", k, a.sentence));
      pos += idx.length - 1;
    }
  }
  // People of two or more words by surname and by first word, in people order.
  const multiBySurname = new Map<string, number[]>();
  people.forEach((p, k) => {
    if (p.words.length > 1) multiBySurname.set(surnameOf(p.words), [...(multiBySurname.get(surnameOf(p.words)) ?? []), k]);
  });
  tokens.forEach((t, i) => {
    if (!t.cap || claimed.has(i) || !label.has(i)) return;
    const l = label.get(i);
    if (l && !(l.kind === "group" && l.first === l.last && l.hit?.kind === "place")) return;
    const bySurname = multiBySurname.get(t.text) ?? [];
    const byFirst = byFirstWord.get(t.text) ?? [];
    let person: number | undefined;
    let kind: MentionKind = "surname";
    if (bySurname.length === 1) person = bySurname[0];
    else if (bySurname.length === 0 && byFirst.length === 1) {
      person = byFirst[0];
      if (GIVEN_NAMES.has(t.text)) kind = "given-name";
    }
    if (person === undefined) return;
    claimed.add(i);
    out.push(mention(text, t.start, t.end, kind, person, t.sentence));
  });
  return out;
}

// Title words too vague to point at a person on their own ("the general public").
const VAGUE_TITLES = new Set(["general", "major", "private", "head", "chair", "partner", "lady", "father", "fellow", "deputy", "resident", "worker", "student", "owner", "principal", "counsel", "agent", "hon", "miss", "sir", "dr", "mr", "mrs", "ms", "rev", "prof", "sen", "rep", "gov", "gen", "col", "lt", "capt", "sgt", "maj", "adm", "cmdr", "cpl"]);

/** The title phrase ending at token `i` ("attorney general"), as lower-case words. */
function titleEndingAt(tokens: Token[], i: number): { first: number; words: string } | null {
  for (const words of TITLES_BY_LAST.get(tokens[i]!.lower.replace(/\.$/, "")) ?? []) {
    const n = words.filter((w) => w !== "of" && w !== "the").length;
    const first = i - (words.length - 1);
    if (first < 0) continue;
    const got = tokens.slice(first, i + 1).map((t) => t.lower.replace(/\.$/, ""));
    if (got.join(" ") === words.join(" ") && n > 0) return { first, words: words.join(" ") };
  }
  const w = tokens[i]!.lower;
  return TITLE_HEADS.has(w) && !VAGUE_TITLES.has(w) ? { first: i, words: w } : null;
}

function roleFits(title: string, role: string, former: boolean): boolean {
  const r = ` ${role.toLowerCase().replace(/[.’']/g, " ").replace(/\s+/g, " ")} `;
  if (former !== /\b(?:former|ex-)/.test(r)) return false;
  const family = ROLE_FAMILIES.get(title) ?? [];
  return [title, ...family].some((w) => r.includes(` ${w} `));
}

/** "the top US diplomat", "the governor", "the attorney general’s": a person's title alone. */
export function titleMentions(
  text: string,
  tokens: Token[],
  people: PersonDraft[],
  found: LinkedMention[],
  claimed: Set<number>,
): LinkedMention[] {
  const out: LinkedMention[] = [];
  const roles = people.map((p) => (p.role ? text.slice(p.role.start, p.role.end) : null));
  const firstMention = new Map<number, number>();
  for (const m of found) if (!firstMention.has(m.person) || firstMention.get(m.person)! > m.start) firstMention.set(m.person, m.start);
  const overlapsRole = overlapTest(people.flatMap((p) => p.occurrences.flatMap((o) => (o.role ? [o.role] : []))));
  // The people whose role fits a title, per title and "former": the same for every token.
  const fitting = new Map<string, number[]>();
  const fittingPeople = (title: string, former: boolean): number[] => {
    const key = `${String(former)}|${title}`;
    let ks = fitting.get(key);
    if (!ks) {
      ks = people.flatMap((_, k) => (roles[k] !== null && roleFits(title, roles[k]!, former) ? [k] : []));
      fitting.set(key, ks);
    }
    return ks;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (claimed.has(i)) continue;
    const title = titleEndingAt(tokens, i);
    if (!title) continue;
    // Walk back to "the" over modifiers, countries, organizations and possessives.
    let k = title.first - 1;
    while (k >= 0 && tokens[k]!.sentence === t.sentence && k > title.first - 6) {
      const w = tokens[k]!;
      if (w.lower === "the") break;
      if (TITLE_MODIFIERS.has(w.lower) || w.cap || LEXICON.has(w.text)) k--;
      else k = -1;
    }
    if (k < 0 || tokens[k]!.lower !== "the" || tokens[k]!.sentence !== t.sentence) continue;
    const start = tokens[k]!.start;
    if (overlapsRole(start, t.end)) continue;
    const next = tokens[i + 1];
    if (next && next.sentence === t.sentence && !t.possessive) {
      if (next.cap && /^\s+$/.test(text.slice(t.end, next.start))) continue; // a name follows: a role, not a mention
      const gapOk = /^\s*[,.;:!?”"’)—–]|^\s+$/.test(text.slice(t.end, next.start));
      const noun = !next.cap && !STOPWORDS.has(next.lower) && !SPEECH_VERBS.has(next.lower) && !/(?:ed|s)$/.test(next.lower);
      if (/^\s+$/.test(text.slice(t.end, next.start)) && noun) continue; // "the justice system"
      if (!gapOk) continue;
    }
    const phrase = text.slice(start, t.end);
    const former = /\b(?:former|ex-)/i.test(phrase);
    const candidates = fittingPeople(title.words, former).filter((k) => firstMention.has(k) && firstMention.get(k)! < start);
    if (candidates.length !== 1) continue;
    const person = candidates[0]!;
    for (let c = k; c <= i; c++) claimed.add(c);
    out.push(mention(text, start, t.end, "title", person, t.sentence));
  }
  return out;
}

/**
 * Whether [start, end) overlaps any of `spans`, without scanning them all: the spans sorted
 * by start, with the furthest end reached so far, answer by binary search.
 */
function overlapTest(spans: readonly Span[]): (start: number, end: number) => boolean {
  const sorted = spans.map((s) => ({ start: s.start, end: s.end })).sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const s of sorted) reach.push(Math.max(reach[reach.length - 1] ?? -Infinity, s.end));
  return (start, end) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && reach[lo - 1]! > start;
  };
}

const PRONOUNS = new Map<string, { gender: Gender; kind: MentionKind }>([
  ["he", { gender: "male", kind: "pronoun" }], ["him", { gender: "male", kind: "pronoun" }], ["himself", { gender: "male", kind: "pronoun" }],
  ["his", { gender: "male", kind: "possessive" }], ["she", { gender: "female", kind: "pronoun" }], ["herself", { gender: "female", kind: "pronoun" }],
  ["her", { gender: "female", kind: "possessive" }], ["hers", { gender: "female", kind: "possessive" }],
]);

/**
 * he/she/his/her: linked to the person mentioned in this sentence before the pronoun, else
 * in the nearest of the two sentences before, when exactly one person of that sex is there.
 */
export function pronounMentions(text: string, tokens: Token[], people: PersonDraft[], found: LinkedMention[]): LinkedMention[] {
  const out: LinkedMention[] = [];
  const bySentence = new Map<number, LinkedMention[]>();
  const addToSentence = (m: LinkedMention) => {
    const list = bySentence.get(m.sentence) ?? [];
    list.push(m);
    bySentence.set(m.sentence, list);
  };
  found.forEach(addToSentence);
  const fits = (person: number, gender: Gender) => {
    const g = people[person]!.gender;
    return g === null || g === gender;
  };
  for (const t of tokens) {
    const pronoun = PRONOUNS.get(t.lower);
    if (!pronoun) continue;
    let chosen: number | null = null;
    for (let s = t.sentence; s >= Math.max(0, t.sentence - 2); s--) {
      const here = (bySentence.get(s) ?? []).filter((m) => s < t.sentence || m.end <= t.start);
      const persons = new Set(here.filter((m) => fits(m.person, pronoun.gender)).map((m) => m.person));
      if (persons.size > 1) break;
      if (persons.size === 1) {
        chosen = [...persons][0]!;
        break;
      }
    }
    if (chosen === null) continue;
    if (people[chosen]!.gender === null) people[chosen]!.gender = pronoun.gender;
    const m = mention(text, t.start, t.end, pronoun.kind, chosen, t.sentence);
    out.push(m);
    addToSentence(m);
  }
  return out;
}
