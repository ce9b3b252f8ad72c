// Ingestion: bytes or a string in, one clean normalized text with its structure out.
// decode → repair mojibake → lay out paragraphs → read the header → check it is an article.
import type { Span, TextSpan } from "../types";
import { decodeBytes, type Encoding } from "./01-decode";
import { repairMojibake, type Repair } from "./02-repair-mojibake";
import { layout } from "./03-layout";
import { readHeader, type Header, type HeaderField } from "./04-header";
import { englishShare, MIN_ENGLISH_SHARE } from "./05-language";
import { ingestError, LIMITS, type IngestError } from "./errors";
import { composeIndex, compressIndex, toSourceOffset, type OffsetMap } from "./offset-map";

export type { Header, HeaderField, IngestError, OffsetMap, Repair, Encoding };
export { LIMITS, toSourceOffset };

export interface IngestedArticle {
  /** The normalized text: header lines and paragraphs, separated by blank lines. All offsets point here. */
  text: string;
  header: Header;
  /** Body paragraphs (header lines excluded). */
  paragraphs: Span[];
  /** Header fields the text does not have. */
  missing: HeaderField[];
  /** What was repaired, with offsets into the decoded input and into `text`. */
  repairs: (Repair & { span: TextSpan })[];
  /** Normalized offset → offset in the decoded input. */
  offsetMap: OffsetMap;
  encoding: Encoding;
  wordCount: number;
}

export type IngestResult = { ok: true; article: IngestedArticle } | { ok: false; error: IngestError };

export function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu) ?? []).length;
}

export function ingest(bytes: Uint8Array): IngestResult {
  if (bytes.length === 0) return { ok: false, error: ingestError("empty", "The file is empty. Paste or upload an article's text.") };
  if (bytes.length > LIMITS.maxBytes) return { ok: false, error: tooLarge() };
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return decoded;
  return ingestDecoded(decoded.text, decoded.encoding);
}

/** For text that is already a string (pasted text, a test). */
export function ingestText(input: string): IngestResult {
  if (input.length > LIMITS.maxBytes) return { ok: false, error: tooLarge() };
  return ingestDecoded(input.replace(/^\uFEFF/, ""), "utf-8", input.startsWith("\uFEFF") ? 1 : 0);
}

function tooLarge(): IngestError {
  return ingestError("too-large", `This article is too long. Evident takes articles up to ${LIMITS.maxWords.toLocaleString("en-US")} words (2 MB).`);
}

function ingestDecoded(decoded: string, encoding: Encoding, bomShift = 0): IngestResult {
  if (hasControlCharacters(decoded.slice(0, 8192))) {
    return { ok: false, error: ingestError("binary", "This file is not text (it contains control characters). Paste the article's text or upload a .txt file.") };
  }
  const repaired = repairMojibake(decoded);
  const laid = layout(repaired.text);
  const text = laid.text;
  if (text.trim().length === 0) return { ok: false, error: ingestError("empty", "There is no text here. Paste or upload an article's text.") };
  const wordCount = countWords(text);
  if (wordCount > LIMITS.maxWords) return { ok: false, error: tooLarge() };
  if (wordCount < LIMITS.minWords) {
    return { ok: false, error: ingestError("too-short", `This text has only ${wordCount} words. Evident needs an article of at least ${LIMITS.minWords} words to ask questions about.`) };
  }
  if (englishShare(text) < MIN_ENGLISH_SHARE) {
    return { ok: false, error: ingestError("not-english", "This text does not look like English. Evident currently writes questions for English articles only.") };
  }
  const sourceIndex = composeIndex(laid.sourceIndex, repaired.sourceIndex);
  if (bomShift) for (let i = 0; i < sourceIndex.length; i++) sourceIndex[i]! += bomShift;
  const { header, body } = readHeader(text, laid.blocks);
  const missing = (["title", "outlet", "byline", "date"] as const).filter((f) => header[f] === null);
  return {
    ok: true,
    article: {
      text,
      header,
      paragraphs: body,
      missing,
      repairs: locateRepairs(repaired.repairs, laid.sourceIndex, text),
      offsetMap: compressIndex(sourceIndex),
      encoding,
      wordCount,
    },
  };
}

/** Text never contains C0 controls other than tab and line breaks; binary data does. */
function hasControlCharacters(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x09 || (c > 0x0d && c < 0x20)) return true;
  }
  return false;
}

/** Each repair's place in the normalized text (repairs were made before layout). */
function locateRepairs(repairs: Repair[], laidIndex: Int32Array, text: string): (Repair & { span: TextSpan })[] {
  // Repairs are recorded in decoded-input offsets; find the repaired char in the laid-out text
  // through the intermediate (repaired) text's offsets, which laidIndex points into.
  const byIntermediate = new Map<number, number>();
  for (let i = 0; i < laidIndex.length - 1; i++) if (!byIntermediate.has(laidIndex[i]!)) byIntermediate.set(laidIndex[i]!, i);
  let shift = 0;
  return repairs.map((r) => {
    const intermediate = r.sourceStart - shift;
    shift += r.sourceEnd - r.sourceStart - r.to.length;
    const at = byIntermediate.get(intermediate) ?? -1;
    const span: TextSpan = at < 0 ? { start: 0, end: 0, text: "" } : { start: at, end: at + r.to.length, text: text.slice(at, at + r.to.length) };
    return { ...r, span };
  });
}
