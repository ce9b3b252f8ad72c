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

/**
 * Formats the student writes (fill in a blank, a short answer, an open response). A default quiz
 * keeps at least one when the pool has one that fits: choice questions alone never ask the
 * student to produce an answer, and the answer checker's written half would go untried.
 */
const WRITTEN = new Set<Question["format"]>(["cloze", "short", "open"]);

/**
 * Fill-in formats the answer checker grades on its own, at once (a cloze, shown with its word
 * bank, or a typed short answer). An open response waits for the teacher, so a quiz whose only
 * written question is open never shows a student a filled-in answer checked against the text:
 * one of these is reserved first.
 */
const CHECKED_WRITTEN = new Set<Question["format"]>(["cloze", "short"]);

/** Never given up to make room for a written question. */
const ESSENTIAL = new Set<QuestionType>(["central-idea"]);

type Span = { start: number; end: number; vocabulary: boolean };

/** The spans a chosen question takes up; a whole-article question takes none. */
const spansOf = (q: Question): Span[] => (WHOLE_ARTICLE.has(q.type) ? [] : q.evidence.map((e) => ({ start: e.start, end: e.end, vocabulary: q.type === "vocabulary" })));

/**
 * Whether a question would share a sentence with one already chosen. Two vocabulary questions on
 * one sentence ask about different words and give nothing away to each other; a short article
 * may pair them, but only once the quiz would otherwise run short (pass 2).
 */
const overlapsUsed = (q: Question, pass: number, used: Span[]) =>
  !WHOLE_ARTICLE.has(q.type) &&
  q.format !== "open" &&
  q.evidence.some((e) => used.some((u) => e.start < u.end && u.start < e.end && ((e.end - e.start < 400 && u.end - u.start < 400) || (e.start === u.start && e.end === u.end)) && !(pass === 2 && u.vocabulary && q.type === "vocabulary")));

/** A true/false question whose key (true, false, not stated) a chosen true/false question already has. */
const sharesKey = (q: Question, chosen: Question[]) => q.format === "tf" && chosen.some((c) => c.format === "tf" && c.key.option === q.key.option);

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
  const usedSpans: Span[] = [];
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
      if (overlapsUsed(q, pass, usedSpans)) continue;
      // Two true/false questions with one key reward a student who always answers "True": one
      // that repeats a key waits while the pool has a true/false question with another key that fits.
      if (pass < 2 && sharesKey(q, chosen) && ranked.some(({ c: o }) => o.question.format === "tf" && !chosen.includes(o.question) && !sharesKey(o.question, chosen) && !overlapsUsed(o.question, pass, usedSpans))) continue;
      chosen.push(q);
      perType.set(q.type, n + 1);
      if (gen) perGenerator.set(gen, (perGenerator.get(gen) ?? 0) + 1);
      perCategory[q.category]++;
      // A long span (a passage) blocks only a question on the very same span: two questions on one long sentence may give each other away.
      usedSpans.push(...spansOf(q));
    }
  }
  reserveWritten(ranked.map((r) => r.c.question), chosen, count);
  return order(chosen);
}

/**
 * When no written question the checker grades (cloze, short) made the quiz but the pool has one,
 * put one in: added when the quiz has room, else swapped for the lowest-ranked chosen question
 * that is neither essential nor itself written. Either way it must fit (first-pass type and
 * generator caps, no shared sentence with the questions that stay, the balance between
 * comprehension and media literacy no worse than it was); a question of the written candidate's
 * own category is given up first, so the balance does not move. With no such candidate, an open
 * question is reserved the same way.
 */
function reserveWritten(ranked: Question[], chosen: Question[], count: number): void {
  if (chosen.length === 0) return;
  for (const formats of [CHECKED_WRITTEN, WRITTEN]) {
    if (chosen.some((q) => formats.has(q.format))) return;
    const written = ranked.filter((q) => formats.has(q.format));
    if (written.length && reserveOne(ranked, written, chosen, count)) return;
  }
}

function reserveOne(ranked: Question[], written: Question[], chosen: Question[], count: number): boolean {
  const rank = new Map(ranked.map((q, i) => [q, i]));
  const half = Math.ceil(count / 2);
  const fits = (w: Question, gone: Question | null): boolean => {
    const rest = chosen.filter((q) => q !== gone);
    if (rest.filter((q) => q.type === w.type).length >= (MAX_PER_TYPE[w.type] ?? 1)) return false;
    const gen = generatorOf(w);
    if (gen && rest.filter((q) => generatorOf(q) === gen).length >= MAX_PER_GENERATOR[gen]!) return false;
    // The written question's half stays within half the quiz (or no fuller than it already was),
    // and the other half keeps at least one question.
    const before = chosen.filter((q) => q.category === w.category).length;
    if (rest.filter((q) => q.category === w.category).length + 1 > Math.max(half, before)) return false;
    if (gone && !rest.some((q) => q.category === gone.category) && gone.category !== w.category) return false;
    return !overlapsUsed(w, 0, rest.flatMap(spansOf));
  };
  if (chosen.length < count) {
    const w = written.find((q) => fits(q, null));
    if (w) {
      chosen.push(w);
      return true;
    }
  }
  // A true/false question whose key no other one in the quiz has stays: it is what keeps "always
  // True" from paying (see sharesKey).
  const onlyKey = (q: Question) => q.format === "tf" && !chosen.some((o) => o !== q && o.format === "tf" && o.key.option === q.key.option);
  const victims = chosen.filter((q) => !ESSENTIAL.has(q.type) && !WRITTEN.has(q.format) && !onlyKey(q)).sort((a, b) => rank.get(b)! - rank.get(a)!);
  for (const sameCategory of [true, false]) {
    for (const gone of victims) {
      const w = written.find((q) => (q.category === gone.category) === sameCategory && fits(q, gone));
      if (w) {
        chosen.splice(chosen.indexOf(gone), 1, w);
        return true;
      }
    }
  }
  return false;
}

/** Questions whose options are fixed labels in a fixed order (True / False / Not stated, Fact / Opinion). */
const LABEL_ORDER = new Set<QuestionType>(["true-false", "fact-or-opinion"]);

/**
 * Spreads the key's position over a quiz's choice questions: in quiz order, each question's key
 * moves to the position (A, B, C, D) the quiz has used least so far among its options, ties going
 * by a seeded draw; the other options keep their order. Each question's options were shuffled on
 * their own, so a quiz could still lean to one letter, and questions with a fixed id (the central
 * idea, the article-wide questions) had their key in the same place in every article. Questions
 * whose options are labels in a fixed order keep them. Returns new question objects.
 */
export function spreadKeys(quiz: Question[], seed: number): Question[] {
  const used = [0, 0, 0, 0, 0, 0];
  const out = [...quiz];
  // Questions with fewer options first: they have fewer places to go, and the rest even out around them.
  const turn = quiz.map((q, i) => ({ q, i, n: q.options?.length ?? 0 })).sort((x, y) => x.n - y.n || x.i - y.i);
  for (const { q, i, n } of turn) {
    const key = q.key.option;
    if (q.format === "tf" || LABEL_ORDER.has(q.type) || key === undefined || n < 2 || n > used.length) continue;
    const least = Math.min(...used.slice(0, n));
    const free = [...Array(n).keys()].filter((p) => used[p] === least);
    const at = free[Math.floor(rng(hash(`keys:${q.id}:${seed}`))() * free.length)]!;
    used[at]!++;
    if (at === key) continue;
    const others = q.options!.filter((_, p) => p !== key);
    out[i] = { ...q, options: [...others.slice(0, at), q.options![key]!, ...others.slice(at)], key: { ...q.key, option: at } };
  }
  return out;
}

/** Central idea first, then in the order of the text, whole-article questions last. */
function order(qs: Question[]): Question[] {
  const place = (q: Question) => (q.type === "central-idea" ? -1 : q.type === "news-or-opinion" || q.type === "whats-missing" ? 1e9 + (q.format === "open" ? 1 : 0) : (q.evidence[0]?.start ?? 0));
  return [...qs].sort((a, b) => place(a) - place(b));
}
