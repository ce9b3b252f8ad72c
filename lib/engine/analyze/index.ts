// analyze: one pass over an ingested article, in order — sentences → entities → numbers and
// dates → quotations → sourcing → article type → readability → vocabulary (with a dictionary). Every finding
// carries offsets into `article.text`.
import type { IngestedArticle } from "../ingest";
import { sentencesOf } from "./sentences";
import { findEntities } from "./entities";
import { findQuantities } from "./numbers";
import { findDates } from "./dates";
import { findQuotations } from "./quotations";
import { sourcingSignals, type SourcingSignals } from "./sourcing";
import { readArticleType, type ArticleTypeReading } from "./article-type";
import { readability, type Readability } from "./readability";
import { findVocabulary, type Dictionary, type VocabularyItem } from "./vocabulary";
import type { DateMention, Group, Person, Quantity, Quotation, Sentence } from "./types";

export type * from "./types";
export type { SourcingSignals, ArticleTypeReading, Readability, Dictionary, VocabularyItem };

export interface AnalyzeOptions {
  /** An offline dictionary (the server passes WordNet); without one, no vocabulary is found. */
  dictionary?: Dictionary;
}

export interface Analysis {
  article: IngestedArticle;
  text: string;
  sentences: Sentence[];
  people: Person[];
  groups: Group[];
  quantities: Quantity[];
  dates: DateMention[];
  quotations: Quotation[];
  sourcing: SourcingSignals;
  articleType: ArticleTypeReading;
  readability: Readability;
  /** Words worth pre-teaching, each with its definition in the sense used. */
  vocabulary: VocabularyItem[];
}

export function analyze(article: IngestedArticle, options: AnalyzeOptions = {}): Analysis {
  const { text } = article;
  const sentences = sentencesOf(text, article.paragraphs);
  const { people, groups } = findEntities(text, sentences);
  const bodyStart = article.paragraphs[0]?.start ?? 0;
  // Numbers and dates in the header (a date line) are about the article, not its content.
  const quantities = findQuantities(text).filter((q) => q.start >= bodyStart);
  const dates = findDates(text).filter((d) => d.start >= bodyStart);
  const quotations = findQuotations(text, sentences, people, groups);
  const sourcing = sourcingSignals(text, sentences, quotations, people, groups);
  return {
    article,
    text,
    sentences,
    people,
    groups,
    quantities,
    dates,
    quotations,
    sourcing,
    articleType: readArticleType(text, sentences, quotations, sourcing.opinionMarkers),
    readability: readability(text, sentences),
    vocabulary: options.dictionary ? findVocabulary(text, sentences, options.dictionary) : [],
  };
}
