// Bytes → string. UTF-8 (with or without BOM) is tried strictly first; anything that is not
// valid UTF-8 is read as Windows-1252, which is a superset of Latin-1's printable characters.
import { ingestError, type IngestError } from "./errors";
import { CP1252_HIGH } from "./cp1252";

export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export type Decoded = { ok: true; text: string; encoding: Encoding } | { ok: false; error: IngestError };

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = decodeUtf8(bytes, 3);
    if (text !== null) return { ok: true, text, encoding: "utf-8" };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: decodeUtf16(bytes, true), encoding: "utf-16le" };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: decodeUtf16(bytes, false), encoding: "utf-16be" };
  if (looksBinary(bytes)) {
    return { ok: false, error: ingestError("binary", "This file is not text (it looks like an image, a PDF or another binary file). Paste the article's text or upload a .txt file.") };
  }
  const utf8 = decodeUtf8(bytes, 0);
  if (utf8 !== null) return { ok: true, text: utf8, encoding: "utf-8" };
  return { ok: true, text: decodeCp1252(bytes), encoding: "windows-1252" };
}

/** NUL bytes or many control characters mean this is not a text file. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f) control++;
  }
  return n > 0 && control / n > 0.02;
}

/** Strict UTF-8: returns null on any invalid, overlong or surrogate sequence. */
export function decodeUtf8(bytes: Uint8Array, from: number): string | null {
  const out: string[] = [];
  let chunk: number[] = [];
  const flush = () => {
    out.push(String.fromCodePoint(...chunk));
    chunk = [];
  };
  let i = from;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let cp: number;
    let len: number;
    if (b < 0x80) {
      cp = b;
      len = 1;
    } else if (b >= 0xc2 && b <= 0xdf) {
      cp = b & 0x1f;
      len = 2;
    } else if (b >= 0xe0 && b <= 0xef) {
      cp = b & 0x0f;
      len = 3;
    } else if (b >= 0xf0 && b <= 0xf4) {
      cp = b & 0x07;
      len = 4;
    } else return null;
    if (i + len > bytes.length) return null;
    for (let k = 1; k < len; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return null;
      cp = (cp << 6) | (c & 0x3f);
    }
    if ((len === 3 && cp < 0x800) || (len === 4 && (cp < 0x10000 || cp > 0x10ffff)) || (cp >= 0xd800 && cp <= 0xdfff)) return null;
    chunk.push(cp);
    if (chunk.length >= 4096) flush();
    i += len;
  }
  flush();
  return out.join("");
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  const units: number[] = [];
  const out: string[] = [];
  for (let i = 2; i + 1 < bytes.length; i += 2) {
    units.push(littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!);
    if (units.length >= 4096) out.push(String.fromCharCode(...units.splice(0)));
  }
  out.push(String.fromCharCode(...units));
  return out.join("");
}

function decodeCp1252(bytes: Uint8Array): string {
  const out: string[] = [];
  let chunk: number[] = [];
  for (const b of bytes) {
    chunk.push(b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b);
    if (chunk.length >= 4096) {
      out.push(String.fromCharCode(...chunk));
      chunk = [];
    }
  }
  out.push(String.fromCharCode(...chunk));
  return out.join("");
}
