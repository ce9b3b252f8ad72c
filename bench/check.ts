// Answer checking against the teacher-labelled set: agreement on correct-vs-not for the
// checker next to a SQuAD-style token-F1 baseline (normalize, F1 ≥ 0.5 is correct), and time
// per check. Run: npx tsx bench/check.ts
import { readFileSync } from "node:fs";
import { checkAnswer } from "../lib/engine/check";
import { casesOf, NEVER_CORRECT_KINDS, repairSeedQuotes, type LabelledQuestion } from "../lib/engine/check/fixtures/labelled-set";
import type { CheckArticle, CheckQuestion, StudentAnswer } from "../lib/engine/check/types";

const questions = JSON.parse(readFileSync("lib/engine/check/fixtures/labelled-answers.json", "utf8")) as LabelledQuestion[];
const articles = new Map<string, CheckArticle>();
const textOf = (name: string): string => {
  if (!articles.has(name)) {
    const text =
      name === "seed"
        ? repairSeedQuotes(readFileSync("/work/shared/seed/000_91c7a3b5aaffd13d.txt", "utf8"))
        : readFileSync(`/work/shared/corpus/voa/${name}`, "utf8");
    articles.set(name, { text });
  }
  return articles.get(name)!.text;
};
const cases = casesOf(questions, textOf);

// SQuAD's normalization: lower case, no punctuation, no articles, single spaces.
function squadTokens(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(/\b(a|an|the)\b/g, " ")
    .split(/\s+/)
    .filter(Boolean);
}

function f1(prediction: string, truth: string): number {
  const p = squadTokens(prediction);
  const t = squadTokens(truth);
  if (p.length === 0 || t.length === 0) return p.length === t.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const w of t) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of p) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  if (common === 0) return 0;
  const precision = common / p.length;
  const recall = common / t.length;
  return (2 * precision * recall) / (precision + recall);
}

// The baseline grades text answers only; choices and evidence are the same for any grader,
// so the baseline is given the checker's verdict there (a fair comparison on the text answers).
function baselineCorrect(question: CheckQuestion, answer: StudentAnswer, checkerSaysCorrect: boolean): boolean {
  if ((question.format === "short" || question.format === "cloze") && typeof answer === "string") {
    return Math.max(...(question.key.accepted ?? []).map((k) => f1(answer, k))) >= 0.5;
  }
  return checkerSaysCorrect;
}

const verdicts = cases.map((c) => checkAnswer(c.question, c.answer, articles.get(c.article)!));
let checkerAgree = 0;
let baselineAgree = 0;
let textCases = 0;
let checkerTextAgree = 0;
let baselineTextAgree = 0;
let neverCorrect = 0;
let neverCorrectAccepted = 0;
let baselineNeverCorrectAccepted = 0;
cases.forEach((c, i) => {
  const v = verdicts[i]!;
  const teacher = c.label === "correct";
  const checker = v.verdict === "correct";
  const baseline = baselineCorrect(c.question, c.answer, checker);
  if (checker === teacher) checkerAgree++;
  if (baseline === teacher) baselineAgree++;
  if (c.question.format === "short" || c.question.format === "cloze") {
    textCases++;
    if (checker === teacher) checkerTextAgree++;
    if (baseline === teacher) baselineTextAgree++;
  }
  if (NEVER_CORRECT_KINDS.has(c.kind)) {
    neverCorrect++;
    if (checker) neverCorrectAccepted++;
    if (baseline) baselineNeverCorrectAccepted++;
  }
});
const threeWay = cases.filter((c, i) => verdicts[i]!.verdict === c.label).length;

// Time per check: every case, many rounds, articles already indexed (as in a class session).
const rounds = 50;
const start = performance.now();
for (let r = 0; r < rounds; r++) for (const c of cases) checkAnswer(c.question, c.answer, articles.get(c.article)!);
const perCheck = (performance.now() - start) / (rounds * cases.length);
const coldStart = performance.now();
for (const c of cases) checkAnswer(c.question, c.answer, { text: articles.get(c.article)!.text });
const coldPerCheck = (performance.now() - coldStart) / cases.length;

const pct = (a: number, b: number) => `${a}/${b} (${((100 * a) / b).toFixed(1)}%)`;
console.log(`labelled set: ${questions.length} questions, ${new Set(questions.map((q) => q.article)).size} articles, ${cases.length} answers`);
console.log(`agreement on correct-vs-not, all answers:   checker ${pct(checkerAgree, cases.length)}   token-F1 baseline ${pct(baselineAgree, cases.length)}`);
console.log(`agreement on correct-vs-not, short+cloze:   checker ${pct(checkerTextAgree, textCases)}   token-F1 baseline ${pct(baselineTextAgree, textCases)}`);
console.log(`exact verdict (correct/partial/incorrect/needs-review): checker ${pct(threeWay, cases.length)}`);
console.log(`negated, contradicting or wrong-person answers accepted: checker ${neverCorrectAccepted}/${neverCorrect}   baseline ${baselineNeverCorrectAccepted}/${neverCorrect}`);
console.log(`time per check: ${perCheck.toFixed(3)} ms (article indexed), ${coldPerCheck.toFixed(3)} ms (article indexed on every check)`);
