// Lookup tables compiled once from the lexicon word lists, keyed the way the passes ask.
import { COUNTRIES, AMBIGUOUS_DEMONYMS, US_STATES, WELL_KNOWN_PLACES } from "../../lexicon/countries";
import { ORGANIZATIONS } from "../../lexicon/organizations";
import { MULTIWORD_TITLES } from "../../lexicon/titles";
import { MONTHS, WEEKDAYS } from "../../lexicon/calendar-words";
import { REPORTING_VERBS } from "../../lexicon/speech-cues";
import type { GroupKind } from "../types";

export type GroupForm = "name" | "demonym" | "acronym";

/** What a capitalized phrase names when it is in a lexicon. */
export interface LexiconHit {
  kind: GroupKind;
  name: string;
  form: GroupForm;
  /** A capital city: the country when it acts ("Moscow said"), else a place. */
  capitalOf?: string;
  /** A party adjective or noun ("Republican"): also a role before a name. */
  party?: boolean;
}

const isAcronym = (s: string) => /^[A-Z][A-Z.\d-]*$/.test(s) && s.length <= 6;

function pluralOf(demonym: string): string | null {
  if (/(?:an|i|e|er|ite)$/.test(demonym) && !/ese$/.test(demonym)) return `${demonym}s`;
  return null;
}

function build(): Map<string, LexiconHit> {
  const table = new Map<string, LexiconHit>();
  const put = (phrase: string, hit: LexiconHit) => {
    if (!table.has(phrase)) table.set(phrase, hit);
  };
  for (const c of COUNTRIES) {
    put(c.name, { kind: "country", name: c.name, form: "name" });
    for (const a of c.aliases ?? []) put(a, { kind: "country", name: c.name, form: isAcronym(a) ? "acronym" : "name" });
    for (const d of c.demonyms ?? []) {
      put(d, { kind: "country", name: c.name, form: "demonym" });
      const plural = pluralOf(d);
      if (plural) put(plural, { kind: "country", name: c.name, form: "demonym" });
    }
    for (const cap of c.capitals ?? []) put(cap, { kind: "place", name: cap, form: "name", capitalOf: c.name });
  }
  for (const o of ORGANIZATIONS) {
    const party = o.name.endsWith(" Party");
    put(o.name, { kind: "organization", name: o.name, form: "name", party });
    for (const a of o.aliases ?? []) put(a, { kind: "organization", name: o.name, form: isAcronym(a) ? "acronym" : "name", party });
  }
  // Party adjectives: a mention of the party and, before a name, a role.
  put("Republican", { kind: "organization", name: "Republican Party", form: "demonym", party: true });
  put("Democratic", { kind: "organization", name: "Democratic Party", form: "demonym", party: true });
  put("Democrat", { kind: "organization", name: "Democratic Party", form: "demonym", party: true });
  for (const s of US_STATES) put(s, { kind: "place", name: s, form: "name" });
  for (const p of WELL_KNOWN_PLACES) put(p, { kind: "place", name: p, form: "name" });
  for (const d of AMBIGUOUS_DEMONYMS) table.delete(d);
  return table;
}

/** Capitalized phrase (as written, single spaces) → what it names. */
export const LEXICON: ReadonlyMap<string, LexiconHit> = build();

/** The same phrases in capitals, for all-caps datelines ("WHITE HOUSE —"); acronyms excluded. */
export const LEXICON_UPPER: ReadonlyMap<string, LexiconHit> = new Map(
  [...LEXICON].filter(([k]) => !isAcronym(k)).map(([k, v]) => [k.toUpperCase(), v]),
);

/** Longest lexicon phrase, in words, so matching can stop early. */
export const LEXICON_MAX_WORDS = Math.max(...[...LEXICON.keys()].map((k) => k.split(" ").length));

/** Multiword titles as word arrays, longest first. */
export const MULTIWORD_TITLE_WORDS: readonly string[][] = [...MULTIWORD_TITLES]
  .map((t) => t.split(" "))
  .sort((a, b) => b.length - a.length);

// Full month names only: abbreviations ("Mar", "Jan") are also names and words.
function indexBy(titles: readonly string[][], pick: (words: string[]) => string): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const words of titles) map.set(pick(words), [...(map.get(pick(words)) ?? []), words]);
  return map;
}

/** Multiword titles by their first word and by their last word, for quick lookups. */
export const TITLES_BY_FIRST = indexBy(MULTIWORD_TITLE_WORDS, (w) => w[0]!);
export const TITLES_BY_LAST = indexBy(MULTIWORD_TITLE_WORDS, (w) => w[w.length - 1]!);

const MONTH_NAMES = new Set([...MONTHS.keys()].filter((m) => m.length > 3 || m === "may"));
export const isCalendarWord = (lower: string): boolean => MONTH_NAMES.has(lower) || (WEEKDAYS.has(lower) && lower.length > 3);

export const SPEECH_VERBS: ReadonlySet<string> = new Set(REPORTING_VERBS);
