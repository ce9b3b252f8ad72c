// Item analysis a teacher can act on: how each question behaved across the class. Pure
// functions over plain rows, so the numbers can be checked by hand in a test.

export interface AnswerRow {
  studentId: string;
  questionId: string;
  /** Option index for choice questions, text for typed answers. */
  answer: string | number;
  /** 0–1 as graded (after any teacher override). */
  score: number;
}

export interface QuestionInfo {
  id: string;
  options: string[] | null;
  /** Index of the keyed option, for choice questions. */
  keyOption: number | null;
}

export type ItemFlag = "distractor-beats-key" | "nearly-all-wrong" | "nearly-all-right";

export interface ItemStats {
  questionId: string;
  answered: number;
  /** Mean score × 100, one decimal; null when nobody answered. */
  percentCorrect: number | null;
  /** Picks per option (choice questions). */
  optionCounts: number[] | null;
  /** Most common wrong typed answers, grouped case- and punctuation-insensitively. */
  commonWrong: { answer: string; count: number }[];
  flags: ItemFlag[];
}

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/** Flags need a few answers before they mean anything. */
const MIN_FOR_FLAGS = 5;

export function itemStats(questions: QuestionInfo[], rows: AnswerRow[]): ItemStats[] {
  // "Strong" students: the upper half by total score across the whole quiz.
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.studentId, (totals.get(r.studentId) ?? 0) + r.score);
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1]);
  const strong = new Set(ranked.slice(0, Math.ceil(ranked.length / 2)).map(([id]) => id));

  return questions.map((q) => {
    const mine = rows.filter((r) => r.questionId === q.id);
    const answered = mine.length;
    const percentCorrect = answered ? Math.round((mine.reduce((n, r) => n + r.score, 0) / answered) * 1000) / 10 : null;
    let optionCounts: number[] | null = null;
    const flags: ItemFlag[] = [];
    if (q.options) {
      optionCounts = q.options.map((_, i) => mine.filter((r) => r.answer === i).length);
      if (q.keyOption !== null && answered >= MIN_FOR_FLAGS) {
        const strongPicks = q.options.map((_, i) => mine.filter((r) => r.answer === i && strong.has(r.studentId)).length);
        const keyPicks = strongPicks[q.keyOption] ?? 0;
        if (strongPicks.some((n, i) => i !== q.keyOption && n > keyPicks)) flags.push("distractor-beats-key");
      }
    }
    const wrong = new Map<string, { answer: string; count: number }>();
    for (const r of mine) {
      if (typeof r.answer !== "string" || r.score >= 1) continue;
      const k = norm(r.answer);
      if (!k) continue;
      const g = wrong.get(k) ?? { answer: r.answer.trim(), count: 0 };
      g.count++;
      wrong.set(k, g);
    }
    if (percentCorrect !== null && answered >= MIN_FOR_FLAGS) {
      if (percentCorrect < 20) flags.push("nearly-all-wrong");
      if (percentCorrect > 95) flags.push("nearly-all-right");
    }
    return {
      questionId: q.id,
      answered,
      percentCorrect,
      optionCounts,
      commonWrong: [...wrong.values()].sort((a, b) => b.count - a.count || a.answer.localeCompare(b.answer)).slice(0, 5),
      flags,
    };
  });
}
