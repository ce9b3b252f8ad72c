// Rank and keep a default set: balanced between comprehension and media literacy, spread over
// the article, no type crowding out the rest, each quotation used once.
import type { Candidate, Question, QuestionType } from "./types";
import { hash, rng } from "./random";

/** How many of each type a default quiz may hold. */
const MAX_PER_TYPE: Partial<Record<QuestionType, number>> = {
  "who-said": 2,
  "literal-how-many": 2,
  "literal-when": 1,
  "literal-where": 1,
  "literal-what": 1,
  vocabulary: 2,
  "true-false": 2,
  cloze: 2,
  "literal-who": 2,
  "fact-or-opinion": 2,
  "loaded-language": 1,
  "named-or-anonymous": 1,
  "whats-missing": 2,
  "conflicting-claims": 1,
  // The headline evidence question plus one about a quotation (capped below).
  evidence: 2,
  "cause-effect": 1,
  sequence: 1,
};

/** Generators held to one question per quiz in every pass, keyed by their id prefix. */
const MAX_PER_GENERATOR: Record<string, number> = { "evidence:quote": 1, "cause-effect": 1, sequence: 1 };
const generatorOf = (q: Question) => Object.keys(MAX_PER_GENERATOR).find((k) => q.id.startsWith(`${k}:`));

/**
 * Questions about the article as a whole: their evidence only illustrates the answer, so they
 * neither block nor are blocked by a question on the same sentence.
 */
const WHOLE_ARTICLE = new Set<QuestionType>(["news-or-opinion", "whats-missing", "named-or-anonymous"]);

export function select(candidates: Candidate[], count: number, seed: number): Question[] {
  const jitter = rng(hash(`select:${seed}`));
  const ranked = candidates
    .map((c) => ({ c, score: c.value + (seed === 0 ? 0 : jitter() * 0.25) }))
    .sort((x, y) => y.score - x.score || x.c.question.id.localeCompare(y.c.question.id));
  const chosen: Question[] = [];
  const perType = new Map<QuestionType, number>();
  const perGenerator = new Map<string, number>();
  const half = Math.ceil(count / 2);
  const perCategory = { comprehension: 0, "media-literacy": 0 };
  const usedSpans: { start: number; end: number; vocabulary: boolean }[] = [];
  // Two vocabulary questions on one sentence ask about different words and give nothing away to
  // each other; a short article may pair them, but only once the quiz would otherwise run short.
  const overlapsUsed = (q: Question, pass: number) =>
    !WHOLE_ARTICLE.has(q.type) &&
    q.format !== "open" &&
    q.evidence.some((e) => usedSpans.some((u) => e.start < u.end && u.start < e.end && ((e.end - e.start < 400 && u.end - u.start < 400) || (e.start === u.start && e.end === u.end)) && !(pass === 2 && u.vocabulary && q.type === "vocabulary")));
  // Later passes let each type take one more question, to fill a quiz from a short article.
  for (const pass of [0, 1, 2]) {
    for (const { c } of ranked) {
      const q = c.question;
      if (chosen.length >= count) break;
      if (chosen.includes(q)) continue;
      const n = perType.get(q.type) ?? 0;
      if (n >= (MAX_PER_TYPE[q.type] ?? 1) + pass) continue;
      const gen = generatorOf(q);
      if (gen && (perGenerator.get(gen) ?? 0) >= MAX_PER_GENERATOR[gen]!) continue;
      // First pass keeps both halves of the taxonomy balanced; the second fills what is left.
      if (pass === 0 && perCategory[q.category] >= half) continue;
      if (overlapsUsed(q, pass)) continue;
      chosen.push(q);
      perType.set(q.type, n + 1);
      if (gen) perGenerator.set(gen, (perGenerator.get(gen) ?? 0) + 1);
      perCategory[q.category]++;
      // A long span (a passage) blocks only a question on the very same span: two questions on one long sentence may give each other away.
      if (!WHOLE_ARTICLE.has(q.type)) usedSpans.push(...q.evidence.map((e) => ({ start: e.start, end: e.end, vocabulary: q.type === "vocabulary" })));
    }
  }
  return order(chosen);
}

/** Central idea first, then in the order of the text, whole-article questions last. */
function order(qs: Question[]): Question[] {
  const place = (q: Question) => (q.type === "central-idea" ? -1 : q.type === "news-or-opinion" || q.type === "whats-missing" ? 1e9 + (q.format === "open" ? 1 : 0) : (q.evidence[0]?.start ?? 0));
  return [...qs].sort((a, b) => place(a) - place(b));
}
