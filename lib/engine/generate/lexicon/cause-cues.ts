// Sentence shapes that state a cause or an order of events in so many words. "due to" and
// "as a result of" take a noun phrase, not a clause, and "since"/"so" are ambiguous, so they
// are left out.

/** "Because <cause>, <effect>." */
export const CAUSE_BEFORE = /^Because (?!of\b)([^,]+), ([^,]+?)[.!]$/;

/** "<effect> because <cause>." (the effect may not end in a comma clause of its own); the cause ends at the sentence end or a colon, semicolon or dash. */
export const CAUSE_AFTER = /^([^,;]+?),? because (?!of\b)([^;:—]+?)(?:[.!]$|\s*[;:—])/;

/** An event clause opens with a determiner or a name: "the council voted …", "Congress failed …". */
const EVENT = String.raw`(?:[Tt]he|[Aa]n?|\p{Lu}\p{Ll}+)\b`;

/** "After <event>, <later event>." */
export const AFTER_BEFORE = new RegExp(String.raw`^After (${EVENT}[^,]+), ([^,]+?)[.!]$`, "u");

/** "<later event> after <event>." The earlier event ends at the sentence end, or at a colon or dash that opens an aside. */
export const AFTER_AFTER = new RegExp(String.raw`^([^,;]+?),? after (${EVENT}[^,;:—]+?)(?:[.!]$|\s*[:—])`, "u");

/** A finite verb among the first words of a clause, so "after a year of setbacks" is not an event. */
export const FINITE_VERB = /^(?:\p{Ll}+ed|was|were|had|has|did|won|lost|made|took|gave|sent|left|met|found|sold|began|became|fell|rose|said|told|came|went|ran|broke|struck)$/u;
