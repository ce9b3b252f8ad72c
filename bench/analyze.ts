// Analysis benchmark over content/library: quotation recall and speaker accuracy against the
// quotation gold files, the sentence splitter's golden-rule score, analysis time per 1,000
// words, and linear growth up to a ~20,000-word text. Run: npx tsx bench/analyze.ts
import { readdirSync, readFileSync } from "node:fs";
import { analyze, type Analysis, type Quotation } from "../lib/engine/analyze";
import { splitSentences } from "../lib/engine/analyze/sentences";
import { ingestText, LIMITS } from "../lib/engine/ingest";
import { runGolden, SHARED, type Golden } from "../lib/engine/analyze/quotations/__tests__/golden";
import { findEntities } from "../lib/engine/analyze/entities";
import { findQuantities } from "../lib/engine/analyze/numbers";
import { findDates } from "../lib/engine/analyze/dates";
import { findQuotations } from "../lib/engine/analyze/quotations";
import { sourcingSignals } from "../lib/engine/analyze/sourcing";
import { readArticleType } from "../lib/engine/analyze/article-type";
import { readability } from "../lib/engine/analyze/readability";
import { sentencesOf } from "../lib/engine/analyze/sentences";
import type { IngestedArticle } from "../lib/engine/ingest";
import { loadCorpus, median, table, timeIt } from "./corpus";

const GOLDEN_DIR = "lib/engine/analyze/quotations/__golden__";
const RULES = "/work/shared/corpus/golden-rules-en.json";
const REPS = 7;
const pct = (n: number, d: number) => (d ? `${n}/${d} (${((100 * n) / d).toFixed(1)}%)` : "–");

// ── Quotations against the gold files ────────────────────────────────────────────────────────
// Two readings: the quotation pass alone with the gold people and groups (as the golden test
// scores it), and end to end, with the people and groups the analysis itself found.
interface Tally {
  quoted: number;
  quotedFound: number;
  quotedSpeaker: number;
  quotedKind: number;
  reported: number;
  reportedFound: number;
  reportedSpeaker: number;
}
const empty = (): Tally => ({ quoted: 0, quotedFound: 0, quotedSpeaker: 0, quotedKind: 0, reported: 0, reportedFound: 0, reportedSpeaker: 0 });

function speakerName(a: Analysis, q: Quotation): string | null {
  if (q.speaker.personId) return a.people.find((p) => p.id === q.speaker.personId)?.name ?? null;
  if (q.speaker.groupId) return `group:${a.groups.find((g) => g.id === q.speaker.groupId)?.name ?? "?"}`;
  return q.anonymous ? "anonymous" : null;
}

/** The golden test's matching: a prediction of the same directness whose content overlaps the gold content. */
function endToEnd(gold: Golden, tally: Tally): string[] {
  const r = ingestText(readFileSync(SHARED + gold.source, "utf8"));
  if (!r.ok) throw new Error(`${gold.source}: ${r.error.message}`);
  const a = analyze(r.article);
  const misses: string[] = [];
  for (const g of gold.quotations) {
    const at = a.text.indexOf(g.content);
    if (at < 0) throw new Error(`${gold.source}: gold content not in text: ${g.content}`);
    const end = at + g.content.length;
    const direct = g.kind !== "indirect";
    const match = a.quotations.find((q) => (q.kind === "indirect") === !direct && q.content.start < end && at < q.content.end);
    const speakerOk = !!match && speakerName(a, match) === g.speaker;
    if (direct) {
      tally.quoted++;
      if (match) tally.quotedFound++;
      if (speakerOk) tally.quotedSpeaker++;
      if (match?.kind === g.kind) tally.quotedKind++;
    } else {
      tally.reported++;
      if (match) tally.reportedFound++;
      if (speakerOk) tally.reportedSpeaker++;
    }
    if (!speakerOk) misses.push(`${gold.source.split("/").pop()}: ${g.kind} “${g.content.slice(0, 50)}” → ${match ? String(speakerName(a, match)) : "not found"} (gold ${String(g.speaker)})`);
  }
  return misses;
}

const isolated = empty();
const e2e = empty();
const misses: string[] = [];
const goldFiles = readdirSync(GOLDEN_DIR).filter((f) => f.endsWith(".json")).sort();
for (const f of goldFiles) {
  const gold = JSON.parse(readFileSync(`${GOLDEN_DIR}/${f}`, "utf8")) as Golden;
  for (const x of runGolden(gold, readFileSync(SHARED + gold.source, "utf8")).results) {
    if (x.gold.kind === "indirect") {
      isolated.reported++;
      if (x.found) isolated.reportedFound++;
      if (x.speakerOk) isolated.reportedSpeaker++;
    } else {
      isolated.quoted++;
      if (x.found) isolated.quotedFound++;
      if (x.speakerOk) isolated.quotedSpeaker++;
      if (x.kindOk) isolated.quotedKind++;
    }
  }
  misses.push(...endToEnd(gold, e2e));
}

console.log(`Quotations against ${goldFiles.length} gold files (${goldFiles.map((f) => f.replace(".json", "")).join(", ")})`);
console.log(
  table([
    ["", "quote recall", "quote speaker", "quote kind", "reported recall", "reported speaker"],
    ["quotation pass, gold entities", pct(isolated.quotedFound, isolated.quoted), pct(isolated.quotedSpeaker, isolated.quoted), pct(isolated.quotedKind, isolated.quoted), pct(isolated.reportedFound, isolated.reported), pct(isolated.reportedSpeaker, isolated.reported)],
    ["full analysis (own entities)", pct(e2e.quotedFound, e2e.quoted), pct(e2e.quotedSpeaker, e2e.quoted), pct(e2e.quotedKind, e2e.quoted), pct(e2e.reportedFound, e2e.reported), pct(e2e.reportedSpeaker, e2e.reported)],
  ]),
);
if (misses.length) console.log(`  full-analysis misses:\n${misses.map((m) => `    ${m}`).join("\n")}`);

// ── Sentence splitter on the golden rules ────────────────────────────────────────────────────
const rules = JSON.parse(readFileSync(RULES, "utf8")) as { text: string; expected: string[] }[];
const failing = rules.map((r, i) => ({ i, ok: JSON.stringify(splitSentences(r.text).map((s) => s.text)) === JSON.stringify(r.expected) })).filter((r) => !r.ok);
console.log(`\nSentence golden rules: ${rules.length - failing.length}/${rules.length} (target ≥ 46)${failing.length ? `; failing #${failing.map((f) => f.i + 1).join(", #")}` : ""}`);

// ── Time per 1,000 words ─────────────────────────────────────────────────────────────────────
const corpus = loadCorpus();
for (let i = 0; i < 3; i++) for (const c of corpus) analyze(c.article); // warm-up: JIT and lazy tables
const per1k = corpus.map((c) => {
  const ms = timeIt(() => analyze(c.article), REPS);
  return { file: c.file, words: c.article.wordCount, ms, per1k: (ms * 1000) / c.article.wordCount };
});
const perArticle = per1k.map((x) => x.ms);
console.log(`\nAnalysis time over ${corpus.length} articles (${median(per1k.map((x) => x.words))} words median; best of ${REPS} runs each, after warm-up)`);
console.log(
  table([
    ["", "median", "max", "target"],
    ["ms per article", median(perArticle).toFixed(1), Math.max(...perArticle).toFixed(1), ""],
    ["ms per 1,000 words", median(per1k.map((x) => x.per1k)).toFixed(1), Math.max(...per1k.map((x) => x.per1k)).toFixed(1), "≤ 50"],
  ]),
);
const slowest = [...per1k].sort((a, b) => b.per1k - a.per1k)[0]!;
console.log(`  slowest per word: ${slowest.file} (${slowest.words} words, ${slowest.ms.toFixed(1)} ms)`);

// ── Linearity: one long text made of the corpus articles ─────────────────────────────────────
// Bodies are concatenated until the word budget, so every length reads the same kind of prose.
const bodies = corpus.map((c) => c.article.paragraphs.map((p) => c.article.text.slice(p.start, p.end)).join("\n\n"));
function textOf(words: number): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < words; i++) {
    for (const para of bodies[i % bodies.length]!.split("\n\n")) {
      if (n >= words) break;
      parts.push(para);
      n += para.split(/\s+/).length;
    }
  }
  return parts.join("\n\n");
}
const sizes = [1_000, 2_500, 5_000, 10_000, LIMITS.maxWords - 200];
const articles = new Map<number, IngestedArticle>();
const rows: (string | number)[][] = [["words", "ms", "ms per 1,000 words", "× time of 1k", "× per-word cost of 1k"]];
let base = 0;
let baseMs = 0;
for (const size of sizes) {
  const r = ingestText(textOf(size));
  if (!r.ok) throw new Error(`linearity text of ${size} words: ${r.error.message}`);
  const words = r.article.wordCount;
  articles.set(size, r.article);
  analyze(r.article);
  const ms = timeIt(() => analyze(r.article), size > 5_000 ? 5 : REPS);
  const per = (ms * 1000) / words;
  if (!base) {
    base = per;
    baseMs = ms;
  }
  rows.push([words.toLocaleString("en-US"), ms.toFixed(1), per.toFixed(1), (ms / baseMs).toFixed(1), (per / base).toFixed(2)]);
}
console.log(`\nLinearity (corpus bodies concatenated; target: the ~20,000-word text in ≤ 1,000 ms, per-word cost ratio near 1)`);
console.log(table(rows));

// Which pass grows faster than the text: each pass timed alone on the shortest and longest text,
// in the order analyze() runs them, fed the same inputs.
function passTimes(article: IngestedArticle): Map<string, number> {
  const { text } = article;
  const reps = article.wordCount > 5_000 ? 3 : REPS;
  const sentences = sentencesOf(text, article.paragraphs);
  const { people, groups } = findEntities(text, sentences);
  const quotations = findQuotations(text, sentences, people, groups);
  const sourcing = sourcingSignals(text, sentences, quotations, people, groups);
  return new Map([
    ["sentences", timeIt(() => sentencesOf(text, article.paragraphs), reps)],
    ["entities", timeIt(() => findEntities(text, sentences), reps)],
    ["quantities", timeIt(() => findQuantities(text), reps)],
    ["dates", timeIt(() => findDates(text), reps)],
    ["quotations", timeIt(() => findQuotations(text, sentences, people, groups), reps)],
    ["sourcing", timeIt(() => sourcingSignals(text, sentences, quotations, people, groups), reps)],
    ["article type", timeIt(() => readArticleType(text, sentences, quotations, sourcing.opinionMarkers), reps)],
    ["readability", timeIt(() => readability(text, sentences), reps)],
  ]);
}
const small = articles.get(sizes[0]!)!;
const large = articles.get(sizes[sizes.length - 1]!)!;
const [ts, tl] = [passTimes(small), passTimes(large)];
const scale = large.wordCount / small.wordCount;
console.log(`\nPer pass: ${small.wordCount.toLocaleString("en-US")} vs ${large.wordCount.toLocaleString("en-US")} words (×${scale.toFixed(1)} the text; a linear pass grows ×${scale.toFixed(1)})`);
console.log(table([["pass", "ms small", "ms large", "growth", "per-word cost ratio"], ...[...ts].map(([k, v]) => [k, v.toFixed(2), tl.get(k)!.toFixed(1), `×${(tl.get(k)! / v).toFixed(1)}`, (tl.get(k)! / v / scale).toFixed(2)])]));
