// Words that point back to something said earlier. A statement that leans on them ("such a
// move", "the decision", "those comments") does not make sense on its own in a quiz.

/**
 * Nouns a reporter uses with "the" to refer back to something the previous sentence described.
 * Nouns that usually name the article's own topic ("the case", "the bill") are left out: a
 * student reading the article knows what they refer to.
 */
export const BACK_REFERENCE_NOUNS: readonly string[] = [
  "move", "decision", "measure", "step", "effort", "comments", "remarks", "statement", "announcement",
  "action", "idea", "matter", "incident", "change", "request", "letter", "visit", "trip", "attack", "remark",
];

/** Determiners that always point back ("such a move", "those comments", "the latter"). */
export const BACK_REFERENCE = /\b(?:such an?|such|the same|those|these|the latter|the former|the other)\b/i;

/** Pronouns that need an antecedent named earlier in the same statement. */
export const PRONOUN = /\b(?:he|she|him|his|her|they|them|their|it|its)\b/i;

/**
 * Noun phrases that stand for something named earlier ("the two countries", "both sides", "the
 * pair", "the group", "It"): fine in the article, meaningless as the subject or answer of a quiz
 * question read on its own.
 */
export const ANAPHORIC_SUBJECT =
  /^(?:it|this|that|these|those|others|the (?:two|three|four|both|pair|group|country|countries|nation|nations|company|companies|man|woman|men|women|couple|official|officials|agency|leader|leaders|side|sides|latter|former|organization|body|panel|team|source|sources)\b|the (?:two|three|four) \w+|both (?:sides|countries|nations|leaders|men|women|groups|parties|companies|teams|officials))(?:\s|$)/i;
