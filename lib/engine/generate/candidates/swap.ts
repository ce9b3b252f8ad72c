// Swap one name, country or number in a statement for another of the same kind from the
// article, outside any quotation, so the statement becomes false but stays plausible.
import type { GenerateContext } from "../context";
import { shortName } from "../surface";

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
function swaps(ctx: GenerateContext, statement: string): { word: string; others: string[] }[] {
  const found: { word: string; others: string[] }[] = [];
  const people = ctx.a.people.filter((p) => p.name.includes(" "));
  for (const p of people) {
    const word = statement.includes(p.name) ? p.name : statement.includes(shortName(p)) ? shortName(p) : null;
    if (!word) continue;
    // Not a person whose office the statement names ("Sessions said the attorney general's decision …"): the swap would read as nonsense, not as a false claim.
    const namesOffice = (o: (typeof people)[number]) => o.role !== null && o.role.length > 3 && statement.toLowerCase().includes(o.role.toLowerCase().replace(/^(?:the|a|an|u\.s\.)\s+/, ""));
    const others = people.filter((o) => o.id !== p.id && !statement.includes(shortName(o)) && !namesOffice(o)).map((o) => (word === p.name ? o.name : shortName(o)));
    if (others.length) found.push({ word, others });
  }
  // Names that need "the" ("the United States", "the Philippines") do not swap in cleanly.
  const countries = ctx.a.groups.filter((g) => g.kind === "country" && !/^United |s$|Republic|Kingdom|Islands/.test(g.name));
  for (const g of countries) {
    if (!new RegExp(`\\b${g.name}\\b(?!['’]s)`).test(statement)) continue;
    const others = countries.filter((o) => o.id !== g.id && !statement.includes(o.name)).map((o) => o.name);
    if (others.length) found.push({ word: g.name, others });
  }
  return found;
}

export function swapOne(ctx: GenerateContext, statement: string, salt: number): Swapped | null {
  for (const { word, others } of swaps(ctx, statement)) {
    const at = statement.search(new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`));
    if (at < 0 || !outsideQuotes(statement, at)) continue;
    const replacement = others[salt % others.length]!;
    const text = statement.slice(0, at) + replacement + statement.slice(at + word.length);
    if (ctx.a.text.includes(text.slice(Math.max(0, at - 20), at + replacement.length + 20))) continue;
    return { text, original: word, replacement, at };
  }
  return null;
}
