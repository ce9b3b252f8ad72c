// The benchmark corpus: every article in content/library, ingested as the app ingests it.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ingest, type IngestedArticle } from "../lib/engine/ingest";

export const LIBRARY = "content/library";

export interface CorpusArticle {
  file: string;
  raw: string;
  article: IngestedArticle;
}

/** Every .txt article in `dir` (the bundled library unless told otherwise). */
export function loadCorpus(dir = LIBRARY): CorpusArticle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((file) => {
      const bytes = readFileSync(join(dir, file));
      const r = ingest(bytes);
      if (!r.ok) throw new Error(`${file}: ${r.error.message}`);
      return { file, raw: Buffer.from(bytes).toString("utf8"), article: r.article };
    });
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Best-of-n wall time in ms: the least disturbed run on a shared machine. */
export function timeIt(fn: () => void, reps: number): number {
  let best = Infinity;
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    fn();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

/** A fixed-width text table. */
export function table(rows: (string | number)[][]): string {
  const cells = rows.map((r) => r.map(String));
  const widths = cells[0]!.map((_, i) => Math.max(...cells.map((r) => r[i]?.length ?? 0)));
  return cells.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ")).join("\n");
}
