// Finds whole-word occurrences of lexicon phrases. One compiled regex per list, longest
// phrase first so "called on" wins over "called".
import type { TextSpan } from "../types";

export type PhraseMatcher = (text: string, from?: number, to?: number) => TextSpan[];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");

// Callers ask for many small windows of the same long text. A regex started at `from` scans
// on to the end of the text when the window holds no match, which made every window cost the
// whole rest of the text. So each matcher scans a text once, keeps its matches, and answers
// windows by binary search over them. The few texts last seen are kept (the quotation pass
// reads the masked text, the sourcing pass the plain one).
const CACHE_SIZE = 4;

export function phraseMatcher(phrases: readonly string[], opts: { caseSensitive?: boolean } = {}): PhraseMatcher {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length).map(escape);
  const source = `(?<![\\p{L}\\p{N}'’-])(?:${sorted.join("|")})(?![\\p{L}\\p{N}-])`;
  const re = new RegExp(source, opts.caseSensitive ? "gu" : "giu");
  const cache: { text: string; all: TextSpan[] }[] = [];

  /** The scan from `from`, stopping before `to`: the original, direct reading. */
  const scan = (text: string, from: number, to: number): TextSpan[] => {
    const out: TextSpan[] = [];
    re.lastIndex = from;
    for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
      if (m.index + m[0].length <= to) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    }
    return out;
  };

  const allOf = (text: string): TextSpan[] => {
    // Comparing two distinct strings of equal length reads them whole, so the entry found
    // moves to the front and keeps the caller's own string: the next look-up with it is then
    // a comparison of references.
    const at = cache.findIndex((c) => c.text === text);
    const entry = at >= 0 ? cache.splice(at, 1)[0]! : { text, all: scan(text, 0, Infinity) };
    entry.text = text;
    cache.unshift(entry);
    if (cache.length > CACHE_SIZE) cache.pop();
    return entry.all;
  };

  return (text, from = 0, to = text.length) => {
    const all = allOf(text);
    // First match starting at or after `from`.
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (all[mid]!.start < from) lo = mid + 1;
      else hi = mid;
    }
    // A match of the whole-text scan running across `from` hides what a scan started at
    // `from` would find; read that window directly (rare).
    if (lo > 0 && all[lo - 1]!.end > from) return scan(text, from, to);
    // Without one, the whole-text scan and a scan from `from` agree from here on.
    const out: TextSpan[] = [];
    for (let i = lo; i < all.length && all[i]!.start < to; i++) {
      const m = all[i]!;
      if (m.end <= to) out.push({ start: m.start, end: m.end, text: m.text });
    }
    return out;
  };
}
