// Sentence shapes that state a cause in so many words. Only "because" is used: "due to" and
// "as a result of" take a noun phrase, and "after"/"since"/"so" are often about time, not cause.

/** "Because <cause>, <effect>." */
export const CAUSE_BEFORE = /^Because (?!of\b)([^,]+), ([^,]+?)[.!]$/;

/** "<effect> because <cause>." (the effect may not end in a comma clause of its own). */
export const CAUSE_AFTER = /^([^,;]+?),? because (?!of\b)([^;]+?)[.!]$/;
