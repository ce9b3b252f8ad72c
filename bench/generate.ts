// Generation benchmark over content/library: time per article with analysis included (median,
// max, per 1,000 words), questions kept, pool size, and rejections by rule.
// Run: npx tsx bench/generate.ts
import { analyze } from "../lib/engine/analyze";
import { generate, type Generated } from "../lib/engine/generate";
import { loadCorpus, median, table, timeIt } from "./corpus";

const REPS = 5;
const corpus = loadCorpus();
for (let i = 0; i < 3; i++) for (const c of corpus) generate(analyze(c.article)); // warm-up

const rows = corpus.map((c) => {
  let out: Generated | null = null;
  const total = timeIt(() => {
    out = generate(analyze(c.article));
  }, REPS);
  const analysis = analyze(c.article);
  const genOnly = timeIt(() => generate(analysis), REPS);
  const g = out! as Generated;
  return { file: c.file, words: c.article.wordCount, total, genOnly, per1k: (total * 1000) / c.article.wordCount, g };
});

const col = (f: (r: (typeof rows)[number]) => number) => rows.map(f);
console.log(`Generation over ${corpus.length} articles (default options; best of ${REPS} runs each, after warm-up)`);
console.log(
  table([
    ["", "median", "max", "target"],
    ["ms per article, analysis included", median(col((r) => r.total)).toFixed(1), Math.max(...col((r) => r.total)).toFixed(1), ""],
    ["ms per article, generation only", median(col((r) => r.genOnly)).toFixed(1), Math.max(...col((r) => r.genOnly)).toFixed(1), ""],
    ["ms per 1,000 words, analysis included", median(col((r) => r.per1k)).toFixed(1), Math.max(...col((r) => r.per1k)).toFixed(1), "≤ 100"],
  ]),
);

console.log("\nPer article");
console.log(
  table([
    ["article", "words", "ms", "ms/1k words", "questions", "pool", "rejected"],
    ...rows.map((r) => [r.file.replace(/\.txt$/, "").slice(0, 48), r.words, r.total.toFixed(1), r.per1k.toFixed(1), r.g.questions.length, r.g.pool.length, r.g.rejected.length]),
    ["total", col((r) => r.words).reduce((a, b) => a + b, 0), "", "", col((r) => r.g.questions.length).reduce((a, b) => a + b, 0), col((r) => r.g.pool.length).reduce((a, b) => a + b, 0), col((r) => r.g.rejected.length).reduce((a, b) => a + b, 0)],
  ]),
);

const byRule = new Map<string, number>();
for (const r of rows) for (const x of r.g.rejected) byRule.set(x.rule, (byRule.get(x.rule) ?? 0) + 1);
console.log("\nRejections by rule (all articles)");
console.log(table([["rule", "count"], ...[...byRule].sort((a, b) => b[1] - a[1])]));

const byType = new Map<string, number>();
for (const r of rows) for (const q of r.g.questions) byType.set(q.type, (byType.get(q.type) ?? 0) + 1);
console.log("\nQuestions kept by type (all articles)");
console.log(table([["type", "count"], ...[...byType].sort((a, b) => b[1] - a[1])]));

// The pool shows what each generator can offer before ranking (and which ones never fire).
const byPool = new Map<string, { n: number; articles: Set<string> }>();
for (const r of rows)
  for (const q of r.g.pool) {
    const k = `${q.type} (${q.format})`;
    const e = byPool.get(k) ?? { n: 0, articles: new Set<string>() };
    e.n++;
    e.articles.add(r.file);
    byPool.set(k, e);
  }
console.log("\nAccepted candidates (pool) by type and format (all articles)");
console.log(table([["type (format)", "count", "articles"], ...[...byPool].sort((a, b) => b[1].n - a[1].n).map(([k, e]) => [k, e.n, e.articles.size])]));
