// Swap one name, country or number in a statement for another of the same kind from the
// article, outside any quotation, so the statement becomes false but stays plausible.
import type { GenerateContext } from "../context";
import { shortName } from "../surface";
import type { Person } from "../../analyze";

export interface Swapped {
  text: string;
  original: string;
  replacement: string;
  /** Offset in the statement where the swap happened. */
  at: number;
}

function outsideQuotes(s: string, at: number): boolean {
  const before = s.slice(0, at);
  return (before.match(/“/g) ?? []).length === (before.match(/”/g) ?? []).length;
}

/** Candidate (word, replacements) pairs found in the statement, people first, then countries. */
function swaps(ctx: GenerateContext, statement: string): { word: string; others: string[]; sameSide: string[] }[] {
  const found: { word: string; others: string[]; sameSide: string[] }[] = [];
  const people = ctx.a.people.filter((p) => p.name.includes(" "));
  for (const p of people) {
    const word = statement.includes(p.name) ? p.name : statement.includes(shortName(p)) ? shortName(p) : null;
    if (!word) continue;
    // Not a person whose office the statement names ("Smith said the attorney general's decision …"): the swap would read as nonsense, not as a false claim.
    const namesOffice = (o: (typeof people)[number]) => o.role !== null && o.role.length > 3 && statement.toLowerCase().includes(o.role.toLowerCase().replace(/^(?:the|a|an|u\.s\.)\s+/, ""));
    const candidates = people.filter((o) => o.id !== p.id && !statement.includes(shortName(o)) && !namesOffice(o) && genderFits(o, statement));
    const others = candidates.map((o) => (word === p.name ? o.name : shortName(o)));
    const sameSide = candidates.filter((o) => p.affiliation !== null && o.affiliation === p.affiliation).map((o) => (word === p.name ? o.name : shortName(o)));
    if (others.length) found.push({ word, others, sameSide });
  }
  // Names that need "the" ("the United States", "the Philippines") do not swap in cleanly.
  const countries = ctx.a.groups.filter((g) => g.kind === "country" && !/^United |s$|Republic|Kingdom|Islands/.test(g.name));
  for (const g of countries) {
    if (!new RegExp(`\\b${g.name}\\b(?!['’]s)`).test(statement)) continue;
    const others = countries.filter((o) => o.id !== g.id && !statement.includes(o.name)).map((o) => o.name);
    if (others.length) found.push({ word: g.name, others, sameSide: [] });
  }
  return found;
}

export function swapOne(ctx: GenerateContext, statement: string, salt: number): Swapped | null {
  for (const { word, others, sameSide } of swaps(ctx, statement)) {
    const at = statement.search(new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`));
    if (at < 0 || !outsideQuotes(statement, at)) continue;
    // "the Jane Doe email probe": a name used to describe a noun; another name there reads as nonsense, not as a false claim.
    if (/\b(?:the|a|an)\s+$/i.test(statement.slice(0, at)) && !countryNames(ctx).has(word)) continue;
    // A person swapped as the object ("criticized Jones for …") makes a claim the article may simply not make ("not stated", not "false"); the subject of a verb is one value.
    if (people(ctx).has(word) && !/^(?:['’]s\b|\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}{2,}ed|said|says|told|was|were|is|are|has|had|have|will|would|could|did|does|took|sent|met|made|gave|won|lost|led|held|wrote|went|came|spoke|left|began)\b)/u.test(statement.slice(at + word.length))) continue;
    // "President Jane Smith", "Justice Ann Moreno": a title fits its own holder; "President Mary Jones" gives the swap away.
    if (/\b\p{Lu}\p{Ll}+\s+$/u.test(statement.slice(0, at)) && !countryNames(ctx).has(word)) continue;
    // A possessive ("Novak's weapons program") only takes someone from the same side
    // ("Senator Smith's limit on debate" → "Governor Jones's", one country's politicians): another country's diplomat reads as nonsense.
    const pool = /^['’]s\b/.test(statement.slice(at + word.length)) ? sameSide : others;
    if (pool.length === 0) continue;
    const replacement = pool[salt % pool.length]!;
    const text = statement.slice(0, at) + replacement + statement.slice(at + word.length);
    if (ctx.a.text.includes(text.slice(Math.max(0, at - 20), at + replacement.length + 20))) continue;
    return { text, original: word, replacement, at };
  }
  return null;
}

const countryNames = (ctx: GenerateContext) => new Set(ctx.a.groups.filter((g) => g.kind === "country").map((g) => g.name));

const pronounsOf = (p: Person, re: RegExp) => p.mentions.some((m) => (m.kind === "pronoun" || m.kind === "possessive") && re.test(m.text));
const MALE = /^(?:he|him|his|himself)$/i;
const FEMALE = /^(?:she|her|hers|herself)$/i;

/**
 * Whether a person can stand in a statement without its pronouns giving the swap away ("Jones
 * said she …" when the article calls Jones "he"). A statement with "he" or "she" takes only
 * people the article itself refers to with that pronoun; one without takes anyone.
 */
export function genderFits(p: Person, statement: string): boolean {
  const words = statement.match(/\p{L}+/gu) ?? [];
  const female = words.some((w) => FEMALE.test(w));
  const male = words.some((w) => MALE.test(w));
  if (female && male) return false;
  if (female) return pronounsOf(p, FEMALE);
  if (male) return pronounsOf(p, MALE);
  return true;
}

const people = (ctx: GenerateContext) => new Set(ctx.a.people.flatMap((p) => [p.name, shortName(p)]));
