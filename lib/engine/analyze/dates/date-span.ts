// Building DateMentions and keeping the longest of overlapping candidates.
import type { DateMention } from "../types";

export function mention(text: string, start: number, end: number, kind: DateMention["kind"], normalized: string | null): DateMention {
  return { text: text.slice(start, end), start, end, kind, normalized };
}

export function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/**
 * Longest-first, non-overlapping selection in text order. Sorting is O(n log n) in the number
 * of candidates, which is small next to the text.
 */
export function keepLongest<T extends { start: number; end: number }>(candidates: T[]): T[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: T[] = [];
  let reach = -1;
  for (const candidate of sorted) {
    if (candidate.start < reach) {
      const previous = kept[kept.length - 1];
      // A longer candidate that starts inside the previous one replaces it only if it contains it.
      if (previous && candidate.start === previous.start && candidate.end > previous.end) {
        kept[kept.length - 1] = candidate;
        reach = candidate.end;
      }
      continue;
    }
    kept.push(candidate);
    reach = candidate.end;
  }
  return kept;
}
