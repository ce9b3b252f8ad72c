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
export { summarize, type ArticleSummaryStats } from "./summary";
