// The ways input can be refused. Each carries a message a teacher can act on; nothing is stored.
export type IngestErrorCode = "empty" | "too-large" | "too-short" | "binary" | "not-text" | "not-english";

export interface IngestError {
  code: IngestErrorCode;
  message: string;
}

export const ingestError = (code: IngestErrorCode, message: string): IngestError => ({ code, message });

/** Inputs beyond these are refused rather than half-processed. */
export const LIMITS = {
  maxBytes: 2 * 1024 * 1024,
  maxWords: 20_000,
  minWords: 20,
} as const;
