// Words that soften a claim or mark it as uncertain. Data only; matched as whole words,
// case-insensitively, by analyze/sourcing.
export const HEDGES: readonly string[] = [
  "may", "might", "could", "can be", "would", "possibly", "possible", "perhaps", "probably", "likely", "unlikely",
  "apparently", "appears", "appear", "appeared", "seems", "seem", "seemed", "reportedly", "allegedly", "alleged",
  "suggests", "suggested", "suggest", "suspected", "believed to", "thought to", "is said to", "are said to",
  "rumored", "rumoured", "unconfirmed", "unclear", "it is unclear", "estimated", "roughly", "about", "nearly",
  "approximately", "around", "some", "somewhat", "largely", "in part", "partly", "potentially", "presumably",
  "arguably", "supposedly", "according to", "claims", "claimed", "expected to", "is expected", "are expected",
];

/**
 * Hedges that are also everyday words with other senses; they count only in the phrases above
 * or when followed by a verb, so the sourcing pass treats these as weak.
 */
export const WEAK_HEDGES: ReadonlySet<string> = new Set(["about", "around", "some", "would", "claims", "according to"]);
