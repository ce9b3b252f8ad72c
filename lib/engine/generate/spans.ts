// Character ranges [start, end) of the normalized text, as questions' evidence carries them.
export interface Span {
  start: number;
  end: number;
}

/** Whether `s` shares at least one character with any of `spans`. */
export const overlapsAny = (s: Span, spans: readonly Span[]) => spans.some((x) => x.start < s.end && s.start < x.end);
