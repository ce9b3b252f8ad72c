// Wording helpers: how quoted words, sentences and names are shown inside a prompt.

import { STOPWORDS } from "../lexicon/stopwords";

const WORD = /\S+/g;

export function wordCount(s: string): number {
  return s.match(WORD)?.length ?? 0;
}

/** A quotation's words for a prompt: no trailing comma or period, cut at a word near `max` words. */
export function excerpt(s: string, max = 24): string {
  const clean = s.trim().replace(/^[“"‘']+|[”"’']+$/g, "").replace(/[,;:]+$/, "").trim();
  const words = clean.split(/\s+/);
  if (words.length <= max) return clean.replace(/\.$/, (m) => (/[A-Z]\.$/.test(clean.slice(-2)) ? m : ""));
  return words.slice(0, max).join(" ").replace(/[,;:.]+$/, "") + " …";
}

/** A sentence as a standalone statement: curly quotes kept, final punctuation ensured. */
export function statement(s: string): string {
  const t = s.trim();
  return /[.!?”"’]$/.test(t) ? t : `${t}.`;
}

/**
 * Lowercase the first letter when the first word is a plain function word ("A number of …" →
 * "a number of …"); names, acronyms and "I" keep their capital.
 */
export function lowerFirst(s: string): string {
  const first = s.split(/\s+/)[0] ?? "";
  if (/^[A-Z][a-z]*$/.test(first) && first !== "I" && STOPWORDS.has(first.toLowerCase())) return s[0]!.toLowerCase() + s.slice(1);
  return s;
}

/**
 * How the article refers to a person on second mention: its most frequent surname mention
 * ("Chen" for Chen Wei, "Okafor" for Ada Okafor), else the name's last word.
 */
export function surname(name: string, mentions?: readonly { kind: string; text: string }[]): string {
  const counts = new Map<string, number>();
  for (const m of mentions ?? []) if (m.kind === "surname") counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (best) return best[0];
  const parts = name.split(/\s+/);
  return parts[parts.length - 1] ?? name;
}

/**
 * A person's short name as the article uses it; the full name when the article never shortens
 * it (name order differs between cultures, so the last word is not always the surname).
 */
export const shortName = (p: { name: string; mentions: readonly { kind: string; text: string }[] }) =>
  p.mentions.some((m) => m.kind === "surname") ? surname(p.name, p.mentions) : p.name;

/** Options of one question should look alike: none more than `ratio` times longer than another. */
export function similarLength(options: string[], ratio = 3): boolean {
  const lengths = options.map((o) => o.length);
  return Math.max(...lengths) <= ratio * Math.max(1, Math.min(...lengths));
}

/** The content words of a text (lower case, 4+ letters, no stopwords, crude plural stripped), for overlap checks. */
export function contentWords(s: string): Set<string> {
  const out = new Set<string>();
  for (const m of s.toLowerCase().matchAll(/\p{L}[\p{L}'’-]{3,}/gu)) {
    const w = m[0].replace(/['’]s$/, "");
    if (STOPWORDS.has(w)) continue;
    out.add(w.replace(/(?:ies|es|s|ed|ing)$/, ""));
  }
  return out;
}
