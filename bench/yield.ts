// Yield per question type over the library: candidates generated (accepted + rejected), accepted
// into the pool, and kept in the default quiz, with how many articles each fires on. Analysis
// uses the WordNet dictionary, as the CLI does, so vocabulary is counted too.
// Run: npx tsx bench/yield.ts [folder of .txt articles, content/library by default]
import { generate, type Question } from "../lib/engine/generate";
import { analyzeWithDictionary } from "../scripts/evident/vocabulary";
import { loadCorpus, table } from "./corpus";
import { keyBalance } from "./key-balance";

interface Row {
  generated: number;
  accepted: number;
  quiz: number;
  articles: Set<string>;
}

const corpus = loadCorpus(process.argv[2]);
const rows = new Map<string, Row>();
const row = (type: string) => {
  let r = rows.get(type);
  if (!r) rows.set(type, (r = { generated: 0, accepted: 0, quiz: 0, articles: new Set() }));
  return r;
};
/** True/false is split by its key, so "not stated" shows on its own line. */
const label = (q: Question) => (q.type === "true-false" ? `true-false (${["true", "false", "not stated"][q.key.option ?? 0]})` : q.type);
const sizes: [string, number, number, string][] = [];
const WRITTEN = ["cloze", "short", "open"];
const quizzes: Question[][] = [];
for (const c of corpus) {
  const g = generate(analyzeWithDictionary(c.article));
  for (const x of g.rejected) row(x.rule === "not-stated-supported" ? "true-false (not stated)" : x.type).generated++;
  for (const q of g.pool) {
    const r = row(label(q));
    r.generated++;
    r.accepted++;
    r.articles.add(c.file);
  }
  for (const q of g.questions) row(label(q)).quiz++;
  quizzes.push(g.questions);
  const written = g.questions.filter((q) => WRITTEN.includes(q.format)).map((q) => q.format);
  sizes.push([c.file.replace(/\.txt$/, "").slice(0, 48), c.article.wordCount, g.questions.length, [...new Set(written)].join(", ") || "none"]);
}

console.log(`Yield by type over ${corpus.length} articles in ${process.argv[2] ?? "content/library"} (default quiz, seed 0, with the dictionary)`);
const sorted = [...rows].sort((a, b) => a[0].localeCompare(b[0]));
const sum = (f: (r: Row) => number) => sorted.reduce((n, [, r]) => n + f(r), 0);
console.log(
  table([
    ["type", "generated", "accepted", "in quiz", "articles (accepted)"],
    ...sorted.map(([t, r]) => [t, r.generated, r.accepted, r.quiz, r.articles.size]),
    ["total", sum((r) => r.generated), sum((r) => r.accepted), sum((r) => r.quiz), ""],
  ]),
);
console.log("\nQuiz size per article");
console.log(table([["article", "words", "questions", "written formats"], ...sizes]));

const keys = keyBalance(quizzes);
console.log("\nAnswer keys in the default quizzes (bench/keys.ts)");
console.log(`true/false: ${Object.entries(keys.tf).map(([k, n]) => `${k} ${n}`).join(", ")}; quizzes whose 2+ true/false questions share one key: ${keys.tfSameKey} of ${keys.tfPairs}`);
console.log(`choice key letter: ${Object.entries(keys.letters).map(([l, n]) => `${l} ${n}`).join(", ")}`);
console.log(`always the same answer (A = True on true/false): ${Object.entries(keys.always).map(([l, n]) => `${l} ${n}`).join("; ")}`);
