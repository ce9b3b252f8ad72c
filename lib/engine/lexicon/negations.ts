// Words that flip the meaning of what follows them in a clause ("it would not cause a disaster").
export const NEGATION_CUES: ReadonlySet<string> = new Set(
  "not no never none nobody nothing nowhere neither nor without cannot hardly".split(" "),
);

/** Contractions ending in n't ("didn't", "won't", "can't") negate too; matched by suffix. */
export const NEGATION_SUFFIX = "n't";

/** Words that end a negation's scope: "Italy, not Spain" negates Spain only; "not Spain but Italy" ends at "but". */
export const SCOPE_BREAKERS: ReadonlySet<string> = new Set("but and or nor instead rather".split(" "));

/** Breakers that carry a denial on: "not Russia or China" denies both. */
export const SCOPE_CONTINUERS: ReadonlySet<string> = new Set(["or", "nor"]);

/** Prefixes that negate a stem ("unhelpful" = "not helpful"), tried only when the stem is a key word. */
export const NEGATING_PREFIXES: readonly string[] = ["un", "dis", "non", "in", "im", "il", "ir"];
