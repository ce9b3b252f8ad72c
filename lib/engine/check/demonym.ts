// "The Italians" answers "Italy": a place, its people's name and its capital name the same
// country. Listed countries come from the lexicon; others by the suffix rule ("Iran" → "Iranian").
import { AMBIGUOUS_DEMONYMS, COUNTRIES } from "../lexicon/countries";
import { STOPWORDS } from "../lexicon/stopwords";
import type { Token } from "./01-tokenize";

const SUFFIXES = ["ese", "an", "ian", "n", "i", "ish", "ic"];

/** True when `adjective` (lower case, maybe plural) is the demonym of `place` (lower case). */
export function isDemonymOf(adjective: string, place: string): boolean {
  if (place.length < 4 || adjective === place) return false;
  const forms = adjective.endsWith("s") ? [adjective, adjective.slice(0, -1)] : [adjective];
  for (const form of forms) {
    const stems = /[aeiouy]$/.test(place) ? [place, place.slice(0, -1)] : [place];
    for (const stem of stems) {
      if (form.startsWith(stem) && SUFFIXES.includes(form.slice(stem.length))) return true;
    }
  }
  return false;
}

interface PlaceForm {
  words: string[];
  canonical: string;
}

const AMBIGUOUS = new Set(AMBIGUOUS_DEMONYMS.map((d) => d.toLowerCase()));
const FORMS: PlaceForm[] = [];
for (const country of COUNTRIES) {
  const canonical = country.name.toLowerCase().replace(/\s+/g, "_");
  const surfaces = [country.name, ...(country.aliases ?? []), ...(country.demonyms ?? []), ...(country.capitals ?? [])];
  for (const surface of surfaces) {
    const lower = surface.toLowerCase();
    if (AMBIGUOUS.has(lower)) continue;
    const words = wordsOf(surface);
    FORMS.push({ words, canonical });
    // Plural demonyms: "Russians", "South Africans".
    if ((country.demonyms ?? []).includes(surface) && !lower.endsWith("s")) {
      FORMS.push({ words: [...words.slice(0, -1), words.at(-1)! + "s"], canonical });
    }
  }
}
FORMS.sort((a, b) => b.words.length - a.words.length);
const BY_FIRST = new Map<string, PlaceForm[]>();
for (const form of FORMS) {
  const first = form.words[0]!;
  if (!BY_FIRST.has(first)) BY_FIRST.set(first, []);
  BY_FIRST.get(first)!.push(form);
}

function wordsOf(surface: string): string[] {
  return surface
    .toLowerCase()
    .replace(/’/g, "'")
    .split(/\s+/)
    .map((w) => w.replace(/'s$/, "").replace(/^((?:\p{L}\.){1,})$/u, (a) => a.replace(/\./g, "")));
}

/**
 * Folds every listed name of a country into one token ("the Italians", "Rome" → "italy";
 * "South African workers" → "south_africa workers"), so key, answer and article compare alike.
 */
export function foldPlaces(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const match = (BY_FIRST.get(t.norm) ?? []).find((form) => matchesAt(tokens, i, form.words));
    if (match === undefined) {
      out.push(t);
      continue;
    }
    const last = tokens[i + match.words.length - 1]!;
    const text = tokensText(tokens, i, match.words.length);
    out.push({ ...t, norm: match.canonical, lemma: match.canonical, end: last.end, text, cap: true, stop: false, num: false, place: true });
    i += match.words.length - 1;
  }
  return out;
}

function matchesAt(tokens: Token[], i: number, words: string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const t = tokens[i + k];
    if (t === undefined || t.norm !== words[k] || t.clause !== tokens[i]!.clause) return false;
    // "us" the pronoun is not "US" the country.
    if (words.length === 1 && STOPWORDS.has(t.norm) && t.text === t.text.toLowerCase()) return false;
  }
  return true;
}

function tokensText(tokens: Token[], i: number, n: number): string {
  return tokens
    .slice(i, i + n)
    .map((t) => t.text)
    .join(" ");
}
