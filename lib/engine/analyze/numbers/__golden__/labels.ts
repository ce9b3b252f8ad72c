// Scoring against hand-labelled gold files. A label names its text and, when the text occurs
// more than once, which occurrence (0-based); offsets are found here, so labels stay readable.
import type { Span } from "../../types";

export interface Label {
  text: string;
  occurrence?: number;
}

export function resolveLabel(article: string, label: Label): Span {
  let from = 0;
  let start = -1;
  for (let n = 0; n <= (label.occurrence ?? 0); n++) {
    start = article.indexOf(label.text, from);
    if (start < 0) throw new Error(`label not in article: ${label.text} #${label.occurrence ?? 0}`);
    from = start + 1;
  }
  return { start, end: start + label.text.length };
}

export interface Score {
  gold: number;
  found: number;
  /** Found with the exact span of a gold item. */
  spanMatches: number;
  /** Exact span and every labelled attribute equal. */
  fullMatches: number;
}

export function score<G extends Label, P extends Span>(
  article: string,
  gold: readonly G[],
  predicted: readonly P[],
  same: (gold: G, predicted: P) => boolean,
): Score {
  const bySpan = new Map<string, P>();
  for (const p of predicted) bySpan.set(`${p.start}:${p.end}`, p);
  let spanMatches = 0;
  let fullMatches = 0;
  for (const g of gold) {
    const span = resolveLabel(article, g);
    const p = bySpan.get(`${span.start}:${span.end}`);
    if (!p) continue;
    spanMatches++;
    if (same(g, p)) fullMatches++;
  }
  return { gold: gold.length, found: predicted.length, spanMatches, fullMatches };
}

export function addScores(scores: readonly Score[]): Score {
  return scores.reduce(
    (a, b) => ({ gold: a.gold + b.gold, found: a.found + b.found, spanMatches: a.spanMatches + b.spanMatches, fullMatches: a.fullMatches + b.fullMatches }),
    { gold: 0, found: 0, spanMatches: 0, fullMatches: 0 },
  );
}
