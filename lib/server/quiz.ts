import "server-only";
// Quizzes for library articles: analysis and generation run once per article version and are
// kept in memory. Full questions (keys, evidence, explanations) never leave this module except
// through the DTOs below, which the caller chooses by what the viewer may see.
import { analyze, generate, type Analysis, type Question, type StudentAnswer, type Verdict } from "@/lib/engine";
import { getArticle, type LibraryArticle } from "./library";
import { getDictionary } from "./dictionary";
import { grade } from "./grading";

interface ArticleQuiz {
  entry: LibraryArticle;
  analysis: Analysis;
  questions: Question[];
}

const cache = new WeakMap<LibraryArticle, ArticleQuiz>();

export async function getQuiz(slug: string): Promise<ArticleQuiz | null> {
  const entry = await getArticle(slug);
  if (!entry) return null;
  let quiz = cache.get(entry);
  if (!quiz) {
    const analysis = analyze(entry.article, { dictionary: getDictionary() });
    quiz = { entry, analysis, questions: generate(analysis).questions };
    cache.set(entry, quiz);
  }
  return quiz;
}

/** What a student may see before answering: no key, no accepted answers, no evidence, no explanation. */
export interface StudentQuestion {
  id: string;
  number: number;
  category: Question["category"];
  type: Question["type"];
  skill: string;
  format: Question["format"];
  prompt: string;
  options: string[] | null;
}

export function toStudentQuestion(q: Question, index: number): StudentQuestion {
  return {
    id: q.id,
    number: index + 1,
    category: q.category,
    type: q.type,
    skill: q.skill,
    format: q.format,
    prompt: q.prompt,
    options: q.options ?? null,
  };
}

/** Feedback once the key may be released: the verdict, why, and the passage that decides it. */
export interface Feedback {
  verdict: Verdict["verdict"];
  score: number;
  reason: string;
  explanation: string;
  correctAnswer: string | null;
  evidence: { start: number; end: number }[];
  /** The evidence passages' words, so the feedback reads without the highlight. */
  evidenceText: string[];
}

export function feedbackFor(quiz: ArticleQuiz, question: Question, answer: StudentAnswer): Feedback {
  const { analysis } = quiz;
  const verdict = grade(analysis, question, answer);
  const correctAnswer =
    question.key.option !== undefined && question.options ? question.options[question.key.option] ?? null : (question.key.accepted?.[0] ?? null);
  const spans = verdict.evidence.length ? verdict.evidence : question.evidence;
  return {
    verdict: verdict.verdict,
    score: verdict.score,
    reason: verdict.reason,
    explanation: question.explanation,
    correctAnswer,
    evidence: spans.map((e) => ({ start: e.start, end: e.end })),
    evidenceText: spans.map((e) => analysis.text.slice(e.start, e.end)),
  };
}
