// Questions about one span against many ("does it overlap a quote?", "is it inside one?"),
// answered by binary search instead of a scan of every span, so that asking them for every
// word or sentence of a long text does not cost the product of the two counts.
import type { Span } from "../types";

interface Reach {
  /** The spans sorted by start. */
  starts: number[];
  /** The furthest end among the spans sorted up to each index. */
  reach: number[];
}

function reachOf(spans: readonly Span[]): Reach {
  const sorted = spans.map((s) => ({ start: s.start, end: s.end })).sort((a, b) => a.start - b.start);
  const starts: number[] = [];
  const reach: number[] = [];
  for (const s of sorted) {
    starts.push(s.start);
    reach.push(Math.max(reach[reach.length - 1] ?? -Infinity, s.end));
  }
  return { starts, reach };
}

/** How many of the sorted starts satisfy `start < limit` (or `≤ limit` when `inclusive`). */
function countBefore(starts: number[], limit: number, inclusive: boolean): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < limit || (inclusive && starts[mid]! === limit)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `(start, end) => spans.some((s) => s.start < end && start < s.end)`. */
export function overlapTest(spans: readonly Span[]): (start: number, end: number) => boolean {
  const { starts, reach } = reachOf(spans);
  return (start, end) => {
    const n = countBefore(starts, end, false);
    return n > 0 && reach[n - 1]! > start;
  };
}

/** `(start, end) => spans.some((s) => s.start <= start && end <= s.end)`. */
export function containTest(spans: readonly Span[]): (start: number, end: number) => boolean {
  const { starts, reach } = reachOf(spans);
  return (start, end) => {
    const n = countBefore(starts, start, true);
    return n > 0 && reach[n - 1]! >= end;
  };
}
