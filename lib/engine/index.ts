// The engine's one front door. Pure TypeScript: runs in the browser, a CLI or the server.
export type { Span, TextSpan } from "./types";
export {
  ingest,
  ingestText,
  countWords,
  toSourceOffset,
  LIMITS,
  type IngestedArticle,
  type IngestResult,
  type IngestError,
  type Header,
  type HeaderField,
} from "./ingest";
export { htmlToText, looksLikeHtml } from "./ingest/html";
export { summarize, type ArticleSummaryStats } from "./summary";
export { analyze, type Analysis } from "./analyze";
export type { Person, Group, Quotation, Sentence, Quantity, DateMention } from "./analyze";
export { generate, type Question, type QuestionType, type QuestionCategory, type Generated, type GenerateOptions } from "./generate";
export { checkAnswer, locateKey, type Verdict, type StudentAnswer, type CheckQuestion, type CheckArticle, type VerdictKind } from "./check";
