// Words and phrases that show the writer's (or a speaker's) judgment rather than reported fact.
// Data only; used by analyze/sourcing. Matched as whole words, case-insensitively.

/** Modal verbs of obligation or recommendation. */
export const MODAL_OPINION: readonly string[] = ["should", "must", "ought to", "need to", "needs to", "have to", "has to"];

/** Phrases that state a belief or judgment in the first person or impersonally. */
export const OPINION_PHRASES: readonly string[] = [
  "i believe", "i think", "i feel", "in my view", "in my opinion", "we believe", "we think", "in our view",
  "it is clear", "clearly", "obviously", "of course", "undoubtedly", "unfortunately", "fortunately",
  "sadly", "hopefully", "surely", "without doubt", "no doubt", "it is time", "it's time", "the truth is",
  "make no mistake", "frankly", "admittedly", "worse", "worst", "best", "better", "unsurprisingly",
  "remarkably", "shockingly", "disappointingly", "rightly", "wrongly", "deserve", "deserves",
];

/** First-person pronouns; outside quotation marks they mark the writer's own voice. */
export const FIRST_PERSON: readonly string[] = ["i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"];
