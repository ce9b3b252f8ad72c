// The one way text becomes tokens in the checker: words, then country names folded to one token.
import { tokenize, type Token } from "./01-tokenize";
import { foldPlaces } from "./demonym";

export type { Token };

export function readTokens(text: string): Token[] {
  return foldPlaces(tokenize(text));
}
