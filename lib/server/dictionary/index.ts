import "server-only";
// The offline dictionary the vocabulary pass uses on the server: WordNet, loaded once.
import { WordNetDictionary } from "./wordnet-reader";

export { WordNetDictionary };

let shared: WordNetDictionary | null = null;

/** One WordNet dictionary per server process; files are read lazily on first lookup. */
export function getDictionary(): WordNetDictionary {
  shared ??= new WordNetDictionary();
  return shared;
}
