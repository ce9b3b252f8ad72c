// Test-only fixtures: a naive sentence splitter and people/groups built from name lists,
// standing in for the sentence and entity passes until those are wired in.
import { ingestText } from "../../../ingest";
import type { Group, GroupKind, Mention, MentionKind, Person, Sentence, Span } from "../../types";

export interface Article {
  text: string;
  paragraphs: Span[];
}

/** Normalizes an article through ingest (which repairs the seed's damaged closing quotes). */
export function loadArticle(raw: string): Article {
  const r = ingestText(raw);
  if (r.ok) return { text: r.article.text, paragraphs: r.article.paragraphs };
  // Fallback repair as the brief describes, if ingest refuses the text.
  const text = raw.replace(/\u00e2\u20ac$/gmu, "\u201d").replace(/\u2020/g, "\u201d");
  return { text, paragraphs: paragraphsOf(text) };
}

export function paragraphsOf(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

const ABBREV = /(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Jr|Sr|Nov|Dec|Jan|Feb|Aug|Sept|Oct|No|vs|v)|\b\p{Lu}|\b(?:a\.m|p\.m|U\.S|U\.N))\.$/u;

/** Splits at . ? ! (and a closing quote after them) followed by space or a capital/opening quote. */
export function sentencesOf(text: string, paragraphs: Span[]): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((p, pi) => {
    let start = p.start;
    const re = /[.?!]+["”’]?(?=\s+["“‘(]?[\p{Lu}\p{N}]|["“][\p{Lu}]|\s*$)|[.?!]["”](?=\p{Lu})/gu;
    const body = text.slice(p.start, p.end);
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const end = p.start + m.index + m[0].length;
      if (ABBREV.test(text.slice(Math.max(start, end - 6), end).replace(/["”’]$/, ""))) continue;
      push(start, end);
      start = end;
    }
    push(start, p.end);
    function push(s: number, e: number) {
      while (s < e && /\s/.test(text[s]!)) s++;
      if (e > s) out.push({ start: s, end: e, text: text.slice(s, e), index: out.length, paragraph: pi });
    }
  });
  return out;
}

export interface PersonSpec {
  name: string;
  /** Other forms: surname, titles ("the top US diplomat"). */
  aliases?: string[];
  role?: string;
  affiliation?: string;
}

export interface GroupSpec {
  name: string;
  kind?: GroupKind;
  forms?: string[];
}

function occurrences(text: string, form: string): Span[] {
  const re = new RegExp(`(?<![\\p{L}])${form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "gu");
  return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Builds people and groups with every mention of the listed forms, longest form first, no overlaps. */
export function entitiesOf(text: string, people: PersonSpec[], groups: GroupSpec[]): { people: Person[]; groups: Group[] } {
  const taken: Span[] = [];
  const claim = (s: Span) => {
    if (taken.some((t) => t.start < s.end && s.start < t.end)) return false;
    taken.push(s);
    return true;
  };
  const forms: { form: string; owner: number; isPerson: boolean; kind: MentionKind }[] = [];
  people.forEach((p, i) => {
    forms.push({ form: p.name, owner: i, isPerson: true, kind: "full-name" });
    for (const a of p.aliases ?? []) forms.push({ form: a, owner: i, isPerson: true, kind: /^[A-Z][a-z]+$/.test(a) ? "surname" : "title" });
  });
  groups.forEach((g, i) => {
    forms.push({ form: g.name, owner: i, isPerson: false, kind: "full-name" });
    for (const f of g.forms ?? []) forms.push({ form: f, owner: i, isPerson: false, kind: "full-name" });
  });
  forms.sort((a, b) => b.form.length - a.form.length);
  const personMentions: Mention[][] = people.map(() => []);
  const groupMentions: Group["mentions"][] = groups.map(() => []);
  for (const f of forms) {
    for (const s of occurrences(text, f.form)) {
      if (!claim(s)) continue;
      if (f.isPerson) personMentions[f.owner]!.push({ ...s, text: text.slice(s.start, s.end), kind: f.kind });
      else groupMentions[f.owner]!.push({ ...s, text: text.slice(s.start, s.end), form: /^[A-Z.]+$/.test(f.form) ? "acronym" : "name" });
    }
  }
  return {
    people: people.map((p, i) => ({ id: `p${i + 1}`, name: p.name, role: p.role ?? null, affiliation: p.affiliation ?? null, mentions: personMentions[i]!.sort((a, b) => a.start - b.start) })),
    groups: groups.map((g, i) => ({ id: `g${i + 1}`, kind: g.kind ?? "organization", name: g.name, mentions: groupMentions[i]!.sort((a, b) => a.start - b.start) })),
  };
}
