// Finds whole-word occurrences of lexicon phrases. One compiled regex per list, longest
// phrase first so "called on" wins over "called".
import type { TextSpan } from "../types";

export type PhraseMatcher = (text: string, from?: number, to?: number) => TextSpan[];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");

export function phraseMatcher(phrases: readonly string[], opts: { caseSensitive?: boolean } = {}): PhraseMatcher {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length).map(escape);
  const source = `(?<![\\p{L}\\p{N}'’-])(?:${sorted.join("|")})(?![\\p{L}\\p{N}-])`;
  const re = new RegExp(source, opts.caseSensitive ? "gu" : "giu");
  return (text, from = 0, to = text.length) => {
    const out: TextSpan[] = [];
    re.lastIndex = from;
    for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
      if (m.index + m[0].length <= to) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    }
    return out;
  };
}
