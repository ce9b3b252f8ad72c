// Shared shapes of the engine. Every finding about an article carries character offsets
// into the article's normalized `text` (half-open: text.slice(start, end)).

/** A half-open character range of the normalized article text. */
export interface Span {
  start: number;
  end: number;
}

/** A span together with the text it covers, for readable results and golden files. */
export interface TextSpan extends Span {
  text: string;
}
