// The figures a library card shows: length, reading time and how hard the article reads.
import type { IngestedArticle } from "./ingest";
import { sentencesOf } from "./analyze/sentences";
import { readability } from "./analyze/readability";

export interface ArticleSummaryStats {
  words: number;
  sentences: number;
  readingMinutes: number;
  /** Flesch-Kincaid grade level of the body. */
  grade: number;
  gradeBand: string;
}

export function summarize(article: IngestedArticle): ArticleSummaryStats {
  const sentences = sentencesOf(article.text, article.paragraphs);
  const r = readability(article.text, sentences);
  return {
    words: r.words,
    sentences: r.sentences,
    readingMinutes: r.readingMinutes,
    grade: r.fleschKincaidGrade,
    gradeBand: r.gradeBand,
  };
}
