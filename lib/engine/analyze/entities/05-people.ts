// People named in runs: a free stretch of capitalized words becomes a person's name when
// something vouches for it — a title or role next to it, a known given name, a possessive or
// a speech verb after a name of two or more words. One person per name, however often named.
import { GIVEN_NAMES } from "../../lexicon/given-names";
import { NON_NAME_WORDS } from "../../lexicon/organizations";
import { GENDERED_TITLES, NAME_PARTICLES, NAME_SUFFIXES, TITLE_HEADS } from "../../lexicon/titles";
import type { Sentence, Span } from "../types";
import type { Token } from "./01-tokens";
import type { LabeledRun } from "./03-label-runs";
import { appositiveAfter, appositiveBefore, roleBefore } from "./04-roles";
import { SPEECH_VERBS } from "./lexicon-tables";

export type Gender = "male" | "female" | null;

/** One place where a person's name is written. */
export interface NameOccurrence extends Span {
  tokens: number[];
  role: Span | null;
  sentence: number;
}

export interface PersonDraft {
  /** Words of the full name, suffixes included ("Martin", "Luther", "King", "Jr."). */
  words: string[];
  name: string;
  role: Span | null;
  gender: Gender;
  occurrences: NameOccurrence[];
}

const isParticleGap = (gap: string) => gap === "" || gap.split(" ").every((w) => NAME_PARTICLES.has(w));
const bare = (word: string) => word.replace(/\.$/, "").toLowerCase();

/** The surname: the last word that is not a suffix ("King" in "Martin Luther King Jr."). */
export function surnameOf(words: string[]): string {
  for (let k = words.length - 1; k >= 0; k--) if (!NAME_SUFFIXES.has(bare(words[k]!))) return words[k]!;
  return words[words.length - 1]!;
}

/** `text.slice(0, end).trimEnd().length`, without copying the text before `end`. */
function trimmedEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1]!)) e--;
  return e;
}

function genderOf(words: string[], roleText: string): Gender {
  for (const w of roleText.toLowerCase().split(/[\s.]+/)) {
    const g = GENDERED_TITLES.get(w);
    if (g) return g;
  }
  const g = GIVEN_NAMES.get(words[0] ?? "");
  return g === "male" || g === "female" ? g : null;
}

/** Capitalized words that are followed by a speech verb or follow one ("Okafor said", "said Okafor"). */
function speakingWords(text: string, tokens: Token[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    if (a.sentence !== b.sentence || !/^\s+$/.test(text.slice(a.possessive ? a.end + 2 : a.end, b.start))) continue;
    if (a.cap && !a.possessive && SPEECH_VERBS.has(b.lower)) out.add(a.text);
    if (b.cap && SPEECH_VERBS.has(a.lower)) out.add(b.text);
  }
  return out;
}

export function findPeople(text: string, tokens: Token[], runs: LabeledRun[], sentences: Sentence[]): PersonDraft[] {
  const runOfToken = new Map<number, LabeledRun>();
  for (const run of runs) for (const i of run.tokens) runOfToken.set(i, run);
  const speaking = speakingWords(text, tokens);
  const lowercaseWords = new Set(tokens.filter((t) => !t.cap).map((t) => t.lower));
  const multi: NameOccurrence[] = [];
  const single: NameOccurrence[] = [];

  for (const run of runs) {
    if (run.headline) continue;
    const sentence = sentences[run.sentence]!;
    let roleFrom = 0;
    for (let p = 0; p < run.tokens.length; p++) {
      if (run.labels[p]) continue;
      let q = p;
      while (q + 1 < run.tokens.length && !run.labels[q + 1] && isParticleGap(run.gaps[q + 1]!)) q++;
      const idx = run.tokens.slice(p, q + 1);
      const words = idx.map((i) => tokens[i]!.text);
      const first = tokens[idx[0]!]!;
      const last = tokens[idx[idx.length - 1]!]!;
      const from = p;
      p = q;
      if (words.some((w) => NON_NAME_WORDS.has(w)) || words.length > 5) continue;

      let role: Span | null = null;
      const prev = run.labels[from - 1];
      if (from > 0 && run.gaps[from] === "" && (prev?.kind === "title" || (prev?.kind === "group" && prev.hit?.party))) {
        const a = tokens[run.tokens[roleFrom]!]!;
        const b = tokens[run.tokens[from - 1]!]!;
        const lead = roleFrom === 0 ? roleBefore(text, tokens, runOfToken, run.tokens[0]!) : null;
        role = { start: lead?.start ?? a.start, end: b.end + (b.dot ? 1 : 0) };
      }
      if (!role && from === 0) {
        const lead = roleBefore(text, tokens, runOfToken, run.tokens[0]!);
        if (lead?.head) role = { start: lead.start, end: trimmedEnd(text, first.start) };
      }
      if (!role && !last.possessive) role = appositiveAfter(text, sentence.end, last.end);
      if (!role && from === 0) role = appositiveBefore(text, sentence.start, first.start);

      const many = words.length >= 2;
      // A lone word needs a title or role word right before it, and must not be an ordinary
      // word ("Democratic Senators", "Meanwhile, …").
      if (!many && (!role || role.end > first.start || lowercaseWords.has(first.lower) || TITLE_HEADS.has(first.lower.replace(/s$/, "")))) continue;
      const next = tokens[idx[idx.length - 1]! + 1];
      const verbAfter =
        !!next && next.sentence === last.sentence && SPEECH_VERBS.has(next.lower) && /^\s+$/.test(text.slice(last.possessive ? last.end + 2 : last.end, next.start));
      const vouched =
        role !== null ||
        (many && (GIVEN_NAMES.has(words[0]!) || last.possessive || verbAfter || speaking.has(first.text) || speaking.has(surnameOf(words))));
      if (!vouched) continue;
      const end = last.end + (last.dot && NAME_SUFFIXES.has(last.lower) ? 1 : 0); // "Jr." keeps its period
      const occurrence: NameOccurrence = { start: first.start, end, tokens: idx, role, sentence: run.sentence };
      (many ? multi : single).push(occurrence);
      roleFrom = q + 1;
    }
  }
  return mergePeople(text, tokens, multi, single);
}

function mergePeople(text: string, tokens: Token[], multi: NameOccurrence[], single: NameOccurrence[]): PersonDraft[] {
  const people: PersonDraft[] = [];
  const wordsOf = (o: NameOccurrence) => o.tokens.map((i) => tokens[i]!.text);
  const add = (person: PersonDraft, o: NameOccurrence) => {
    person.occurrences.push(o);
    if (!person.role && o.role) person.role = o.role;
  };
  // People by surname and by first word, in the order they were added: the same answers as
  // filtering all people for every occurrence, without the cost growing with their product.
  const bySurname = new Map<string, PersonDraft[]>();
  const byFirst = new Map<string, PersonDraft[]>();
  const byFirstAndSurname = new Map<string, PersonDraft>();
  const keyOf = (words: string[]) => `${words[0]!}\u0000${surnameOf(words)}`;
  const push = (person: PersonDraft) => {
    people.push(person);
    const surname = surnameOf(person.words);
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), person]);
    byFirst.set(person.words[0]!, [...(byFirst.get(person.words[0]!) ?? []), person]);
    if (!byFirstAndSurname.has(keyOf(person.words))) byFirstAndSurname.set(keyOf(person.words), person);
  };
  for (const o of multi) {
    const words = wordsOf(o);
    // "Mary Jones" is "Mary Ellen Jones": same first word and surname.
    const same = byFirstAndSurname.get(keyOf(words));
    if (same) add(same, o);
    else push({ words, name: text.slice(o.start, o.end).replace(/[[\]]/g, "").replace(/\s+/g, " "), role: o.role, gender: null, occurrences: [o] });
  }
  for (const o of single) {
    const word = tokens[o.tokens[0]!]!.text;
    const surnameMatches = bySurname.get(word) ?? [];
    const firstMatches = GIVEN_NAMES.has(word) ? [] : (byFirst.get(word) ?? []);
    const match = surnameMatches.length === 1 ? surnameMatches[0] : surnameMatches.length === 0 && firstMatches.length === 1 ? firstMatches[0] : undefined;
    if (match) add(match, o);
    else if (surnameMatches.length === 0 && firstMatches.length === 0) push({ words: [word], name: word, role: o.role, gender: null, occurrences: [o] });
  }
  for (const p of people) p.gender = genderOf(p.words, p.role ? text.slice(p.role.start, p.role.end) : "");
  return people;
}
