// Word-by-word walking over the masked text, forwards and backwards from an offset.
import type { TextSpan } from "../types";

const WORD = /[\p{L}\p{N}]/u;
const WORD_INNER = /[\p{L}\p{N}.'’-]/u;

/** The token ending at or before `pos` (a word, or one punctuation character). */
export function tokenBefore(s: string, pos: number, floor = 0): TextSpan | null {
  let e = pos;
  while (e > floor && /\s/.test(s[e - 1]!)) e--;
  if (e <= floor) return null;
  if (!WORD.test(s[e - 1]!) && !(s[e - 1] === "." && WORD.test(s[e - 2] ?? ""))) return { start: e - 1, end: e, text: s[e - 1]! };
  let b = e;
  while (b > floor && WORD_INNER.test(s[b - 1]!)) b--;
  while (b < e && !WORD.test(s[b]!)) b++;
  // "talks.Reports": a lost space after a full stop splits the words.
  const glued = /\p{Ll}{2}\.(?=\p{Lu}\p{Ll})/u.exec(s.slice(b, e));
  if (glued) b += glued.index + 3;
  // A sentence-final period belongs to the sentence, not to the word ("said Chen Wei.").
  let end = e;
  if (s[end - 1] === "." && !/\.\p{L}/u.test(s.slice(b, end - 1))) end--;
  if (s[end - 1] === "’" || s[end - 1] === "'") end--;
  return { start: b, end, text: s.slice(b, end) };
}

/** The token starting at or after `pos`. */
export function tokenAfter(s: string, pos: number, ceiling = s.length): TextSpan | null {
  let b = pos;
  while (b < ceiling && /\s/.test(s[b]!)) b++;
  if (b >= ceiling) return null;
  if (!WORD.test(s[b]!)) return { start: b, end: b + 1, text: s[b]! };
  let e = b;
  while (e < ceiling && WORD_INNER.test(s[e]!)) e++;
  // Keep the periods of "U.S." but not a sentence-final one, and no trailing apostrophe.
  while (e > b + 1 && /[.'’-]/.test(s[e - 1]!) && !/\.\p{L}\.$/u.test(s.slice(b, e))) e--;
  return { start: b, end: e, text: s.slice(b, e) };
}

export function isWord(t: TextSpan | null): t is TextSpan {
  return t !== null && WORD.test(t.text[0] ?? "");
}

export function wordCount(s: string): number {
  return (s.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? []).length;
}
