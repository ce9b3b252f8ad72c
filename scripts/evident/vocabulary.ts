// Vocabulary needs an offline dictionary, which lives outside the pure engine (it reads
// WordNet's files); the CLI runs on Node, so it plugs the server's WordNet reader in.
import { analyze, type Analysis } from "../../lib/engine/analyze";
import type { IngestedArticle } from "../../lib/engine/ingest";
import { WordNetDictionary } from "../../lib/server/dictionary/wordnet-reader";

export function analyzeWithDictionary(article: IngestedArticle): Analysis {
  return analyze(article, { dictionary: new WordNetDictionary() });
}
