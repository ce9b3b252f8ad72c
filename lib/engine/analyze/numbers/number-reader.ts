// Reads one number at a token position: a figure ("3.4", "3,400,000") or number words
// ("twenty-one", "a dozen", "one hundred and five", "half a million"), with a scale word
// ("3.4 million", "5bn") and "and a half". Looks at a bounded number of tokens.
import { CARDINAL_WORDS, ORDINAL_WORDS, SCALE_ABBREVIATIONS, SCALE_WORDS } from "../../lexicon/number-words";
import { figureValue, type Token } from "./tokenize";

export interface NumberRead {
  value: number;
  /** Index of the first and last token of the number. */
  first: number;
  last: number;
  /** Written in words ("twenty-one") rather than figures. */
  words: boolean;
  /** An ordinal ("21st", "twenty-first"). */
  ordinal: boolean;
  /** The figure has a decimal part or thousands separators, so it is not a year or a day. */
  plainInteger: boolean;
  /** Number of tokens of the number itself before any scale word. */
  coreTokens: number;
}

const ORDINAL_SUFFIX = /^(st|nd|rd|th)$/;
const DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

export function isHyphen(token: Token | undefined): boolean {
  return token !== undefined && token.glued && (token.text === "-" || token.text === "–");
}

/** The token after a glued hyphen, when the hyphen joins two words ("twenty-one"). */
function afterHyphen(tokens: readonly Token[], j: number): Token | undefined {
  const hyphen = tokens[j];
  const next = tokens[j + 1];
  return isHyphen(hyphen) && next?.glued ? next : undefined;
}

/** `money`: a currency comes before, so a glued "m" is million ("$3.4m"), not metres. */
export function readNumber(tokens: readonly Token[], i: number, money = false): NumberRead | null {
  const token = tokens[i];
  if (!token) return null;
  if (token.type === "num") return readFigure(tokens, i, money);
  if (token.type === "word") return readWords(tokens, i);
  return null;
}

function readFigure(tokens: readonly Token[], i: number, money: boolean): NumberRead | null {
  const token = tokens[i] as Token;
  let value = figureValue(token);
  if (!Number.isFinite(value)) return null;
  let last = i;
  const plainInteger = /^\d+$/.test(token.text);
  const next = tokens[i + 1];
  if (next?.glued && next.type === "word" && ORDINAL_SUFFIX.test(next.lower) && plainInteger) {
    return { value, first: i, last: i + 1, words: false, ordinal: true, plainInteger, coreTokens: 2 };
  }
  // "3.4 million", "5bn", "$3.4m"; spaced one-letter abbreviations are too ambiguous.
  if (next?.type === "word") {
    const scale = SCALE_WORDS.get(next.lower) ?? (next.glued || next.lower.length > 1 ? SCALE_ABBREVIATIONS.get(next.lower) : undefined);
    if (scale !== undefined && (next.lower !== "m" || (money && next.glued))) {
      value *= scale;
      last = i + 1;
      ({ value, last } = readMoreScales(tokens, last, value));
    }
  }
  ({ value, last } = readAndAHalf(tokens, last, value));
  return { value, first: i, last, words: false, ordinal: false, plainInteger, coreTokens: 1 };
}

/** "1.5 million" is done; "two hundred thousand" continues: at most one more scale word. */
function readMoreScales(tokens: readonly Token[], last: number, value: number): { value: number; last: number } {
  const next = tokens[last + 1];
  const scale = next?.type === "word" ? SCALE_WORDS.get(next.lower) : undefined;
  if (scale !== undefined && scale > 100 && value < scale) return { value: value * scale, last: last + 1 };
  return { value, last };
}

/** "two and a half years" → 2.5. */
function readAndAHalf(tokens: readonly Token[], last: number, value: number): { value: number; last: number } {
  if (tokens[last + 1]?.lower === "and" && tokens[last + 2]?.lower === "a" && tokens[last + 3]?.lower === "half") {
    return { value: value + 0.5, last: last + 3 };
  }
  return { value, last };
}

type Category = "none" | "unit" | "teen" | "tens" | "hundred" | "scale";

function readWords(tokens: readonly Token[], i: number): NumberRead | null {
  let j = i;
  let lead1 = false;
  const first = tokens[i] as Token;
  // "a dozen", "a million", "an hundred"; "half a million" = 500,000.
  if (first.lower === "a" || first.lower === "an" || first.lower === "half") {
    const second = tokens[i + 1];
    if (first.lower === "half") {
      const scaleToken = tokens[i + 2];
      const scale = scaleToken ? SCALE_WORDS.get(scaleToken.lower) : undefined;
      if ((second?.lower === "a" || second?.lower === "an") && scale !== undefined && scale >= 1000) {
        return { value: scale / 2, first: i, last: i + 2, words: true, ordinal: false, plainInteger: true, coreTokens: 3 };
      }
      return null;
    }
    if (!second || !SCALE_WORDS.has(second.lower)) return null;
    lead1 = true;
    j = i + 1;
  }
  let total = 0;
  let current = lead1 ? 1 : 0;
  let category: Category = lead1 ? "unit" : "none";
  let lastScale = Infinity;
  let last = -1;
  let ordinal = false;
  let coreTokens = 0;
  while (j < tokens.length) {
    const token = tokens[j] as Token;
    if (token.type !== "word") break;
    const word = token.lower;
    const cardinal = CARDINAL_WORDS.get(word);
    const scale = SCALE_WORDS.get(word);
    const ordinalValue = ORDINAL_WORDS.get(word);
    if (cardinal !== undefined) {
      const cat: Category = cardinal < 10 ? "unit" : cardinal < 20 ? "teen" : "tens";
      if (category === "unit" || category === "teen") break;
      if (category === "tens" && (cat !== "unit" || cardinal === 0)) break;
      current += cardinal;
      category = cat;
    } else if (scale !== undefined) {
      if (category === "none") break;
      if (scale === 100) {
        if (category === "hundred" || current >= 100) break;
        current = (current || 1) * 100;
        category = "hundred";
      } else {
        if (scale >= lastScale) break;
        total += (current || 1) * scale;
        current = 0;
        lastScale = scale;
        category = "scale";
      }
    } else if (ordinalValue !== undefined && category !== "none") {
      // "twenty-first", "one hundredth": the ordinal ends the number.
      if ((category === "unit" || category === "teen") && ordinalValue < 100) break;
      if (category === "tens" && ordinalValue >= 10) break;
      if (ordinalValue >= 100) current = (current || 1) * ordinalValue;
      else current += ordinalValue;
      ordinal = true;
      last = j;
      coreTokens = j - i + 1;
      break;
    } else {
      break;
    }
    last = j;
    coreTokens = j - i + 1;
    // Continue over "-" inside "twenty-one" and "and" inside "one hundred and five".
    const joined = afterHyphen(tokens, j + 1);
    if (joined && (CARDINAL_WORDS.has(joined.lower) || ORDINAL_WORDS.has(joined.lower)) && category === "tens") {
      j += 2;
      continue;
    }
    const following = tokens[j + 1];
    if (following?.lower === "and" && (category === "hundred" || category === "scale")) {
      const after = tokens[j + 2];
      if (after && CARDINAL_WORDS.has(after.lower)) {
        j += 2;
        continue;
      }
    }
    j += 1;
  }
  if (last < 0) return null;
  let value = total + current;
  // "three point five".
  if (!ordinal && tokens[last + 1]?.lower === "point") {
    let digits = "";
    let k = last + 2;
    while (k < tokens.length && k < last + 8) {
      const d = DIGIT_WORDS.indexOf((tokens[k] as Token).lower);
      if (d < 0) break;
      digits += String(d);
      k++;
    }
    if (digits) {
      value += Number("0." + digits);
      last = k - 1;
    }
  }
  if (!ordinal) ({ value, last } = readAndAHalf(tokens, last, value));
  return { value, first: i, last, words: true, ordinal, plainInteger: true, coreTokens };
}
