// The analysis as plain JSON for `analyze --json`: everything the engine found, with the
// ingested article's offset map (a large index back into the raw input) left out.
import type { Analysis } from "../../lib/engine/analyze";
import type { VocabularyItem } from "../../lib/engine/analyze/vocabulary";

export function analysisJson(analysis: Analysis, vocabulary: VocabularyItem[]) {
  const { article, text, ...findings } = analysis;
  const { offsetMap: _offsetMap, text: _text, ...ingested } = article;
  return {
    text,
    header: ingested.header,
    missing: ingested.missing,
    encoding: ingested.encoding,
    wordCount: ingested.wordCount,
    repairs: ingested.repairs,
    paragraphs: ingested.paragraphs.map((p, index) => ({ index, start: p.start, end: p.end, text: text.slice(p.start, p.end) })),
    ...findings,
    vocabulary,
  };
}
