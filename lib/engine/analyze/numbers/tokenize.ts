// Splits text into figures, words and single symbols with offsets, in one linear pass.
// Number and date readers look a few tokens around a position, never back to the start.

export type TokenType = "num" | "word" | "sym";

export interface Token {
  type: TokenType;
  text: string;
  lower: string;
  start: number;
  end: number;
  /** No whitespace between the previous token and this one ("35" + "km" in "35km"). */
  glued: boolean;
  /** A line break separates this token from the previous one. */
  newlineBefore: boolean;
}

// A figure with thousands separators only when every group has three digits ("3,400,000"),
// otherwise plain digits with an optional decimal part ("3.5", "2017").
const TOKEN = /\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?|[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)?|\S/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const first = raw.charCodeAt(0);
    const type: TokenType = first >= 48 && first <= 57 ? "num" : /^[A-Za-z\u00C0-\u024F]/u.test(raw) ? "word" : "sym";
    const gap = text.slice(previousEnd, start);
    tokens.push({
      type,
      text: raw,
      lower: raw.toLowerCase(),
      start,
      end: start + raw.length,
      glued: tokens.length > 0 && gap.length === 0,
      newlineBefore: gap.includes("\n"),
    });
    previousEnd = start + raw.length;
  }
  return tokens;
}

/** The value of a figure token ("3,400,000" → 3400000). */
export function figureValue(token: Token): number {
  return Number(token.text.replace(/,/g, ""));
}

const SENTENCE_OPENERS = new Set([".", "!", "?", ":", ";", "\"", "“", "‘", "'", "(", "[", "—", "–", "-", "•"]);

/** True when the token at i opens a sentence or a line, so its capital letter says nothing. */
export function opensSentence(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token || i === 0 || token.newlineBefore) return true;
  const previous = tokens[i - 1];
  return previous !== undefined && previous.type === "sym" && SENTENCE_OPENERS.has(previous.text);
}

/** Possessive ending removed: "Korea’s" → "Korea", "months’" stays "months". */
export function stripPossessive(word: string): string {
  return word.replace(/['’]s$/i, "");
}
