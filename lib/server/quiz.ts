import "server-only";
// Quizzes for library articles: analysis and generation run once per article version and are
// kept in memory. Full questions (keys, evidence, explanations) never leave this module except
// through the DTOs of ./dto, which the caller chooses by what the viewer may see.
import { analyze, generate, type Analysis, type Question, type StudentAnswer } from "@/lib/engine";
import { releasedFeedback, type ReleasedFeedback } from "./dto";
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

export type { StudentQuestionDto as StudentQuestion, ReleasedFeedback as Feedback } from "./dto";
export { toStudentQuestion } from "./dto";

export function feedbackFor(quiz: ArticleQuiz, question: Question, answer: StudentAnswer): ReleasedFeedback {
  return releasedFeedback(quiz.analysis.text, question, grade(quiz.analysis, question, answer));
}
