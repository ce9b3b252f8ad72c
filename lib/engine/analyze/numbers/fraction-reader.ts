// Fractions: "half", "a half", "a third of", "one-fifth", "two-thirds", "three quarters", "2/3".
// In running text "a fifth" needs "of" or the end of a phrase after it, or it is the ordinal
// of "a fifth term".
import { CARDINAL_WORDS, FRACTION_DENOMINATORS, SCALE_WORDS } from "../../lexicon/number-words";
import { isHyphen } from "./number-reader";
import { makeQuantity, type Found, type ScanContext } from "./scan-context";
import { figureValue, opensSentence, type Token } from "./tokenize";

function numeratorAt(token: Token | undefined): number | null {
  if (!token) return null;
  if (token.type === "num") return /^\d+$/.test(token.text) ? figureValue(token) : null;
  if (token.lower === "a" || token.lower === "an") return 1;
  return CARDINAL_WORDS.get(token.lower) ?? null;
}

/** The denominator after the numerator at i, joined by a glued hyphen or a space. */
function denominatorAfter(tokens: readonly Token[], i: number): { denominator: number; index: number; word: string } | null {
  let k = i + 1;
  if (isHyphen(tokens[k]) && tokens[k + 1]?.glued) k += 1;
  const token = tokens[k];
  if (!token || token.type !== "word") return null;
  const denominator = FRACTION_DENOMINATORS.get(token.lower);
  return denominator === undefined ? null : { denominator, index: k, word: token.lower };
}

function endsPhrase(token: Token | undefined): boolean {
  return token === undefined || token.lower === "of" || (token.type === "sym" && token.text !== "-");
}

export function readFraction(context: ScanContext, i: number): Found | null {
  const { tokens, mode } = context;
  const token = tokens[i] as Token;
  const capitalMidSentence = mode === "text" && /^[A-Z]/.test(token.text) && !opensSentence(tokens, i) && !context.titleCase[i];
  if (capitalMidSentence) return null;

  if (token.lower === "half") {
    // "half a million" is a number, read elsewhere.
    const scale = tokens[i + 2] ? SCALE_WORDS.get((tokens[i + 2] as Token).lower) : undefined;
    if ((tokens[i + 1]?.lower === "a" || tokens[i + 1]?.lower === "an") && scale !== undefined) return null;
    return { quantity: makeQuantity(context, i, i, "fraction", 0.5, null, [1, 2]), last: i };
  }

  // "2/3": both small, the top smaller than the bottom ("24/7" is not a fraction). In running
  // text the bottom stays at most 10, so "9/11" is left alone.
  if (token.type === "num" && tokens[i + 1]?.text === "/" && tokens[i + 1]?.glued && tokens[i + 2]?.type === "num" && tokens[i + 2]?.glued) {
    const top = numeratorAt(token);
    const bottom = numeratorAt(tokens[i + 2]);
    const largest = context.mode === "text" ? 10 : 100;
    if (top !== null && bottom !== null && top >= 1 && top < bottom && bottom <= largest) {
      return { quantity: makeQuantity(context, i, i + 2, "fraction", top / bottom, null, [top, bottom]), last: i + 2 };
    }
    // "9/11", "24/7": a name or a slogan, not two numbers.
    return { quantity: null, last: i + 2 };
  }

  const numerator = numeratorAt(token);
  if (numerator === null || numerator === 0 || numerator > 20) return null;
  const found = denominatorAfter(tokens, i);
  if (!found) return null;
  const plural = found.word.endsWith("s") || found.word === "halves";
  // "two third" is not English, "one thirds" neither.
  if (numerator === 1 && plural) return null;
  if (numerator > 1 && !plural) return null;
  if (mode === "text" && numerator === 1 && found.word !== "half" && found.word !== "quarter" && !endsPhrase(tokens[found.index + 1])) {
    return null;
  }
  const value = numerator / found.denominator;
  return { quantity: makeQuantity(context, i, found.index, "fraction", value, null, [numerator, found.denominator]), last: found.index };
}
