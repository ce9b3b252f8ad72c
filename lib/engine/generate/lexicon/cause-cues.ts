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


/** Any character but a clause break; a comma inside a number ("34,000") is not one. */
const NB = String.raw`(?:[^,;]|(?<=\d),(?=\d))`;
/** Any character but a break before a trailing aside (comma, semicolon, colon, dash). */
const NA = String.raw`(?:[^,;:—]|(?<=\d),(?=\d))`;

/** "Since <cause>, <effect>." — "since" as a cause only when a clause with a verb follows (not "Since 2016, …"). */
export const SINCE_BEFORE = new RegExp(String.raw`^Since (?!\d)(${NB}+), (${NB}+?)[.!]$`);

/** "<effect> because of / due to / as a result of <noun phrase>." The cause ends at the sentence end or a comma, semicolon, colon or dash. */
export const CAUSE_NOUN_AFTER = new RegExp(String.raw`^(${NB}+?),? (because of|due to|as a result of|owing to) (${NA}+?)(?:[.!]$|\s*[,;:—])`);

/** "Because of <noun phrase>, <effect>." */
export const CAUSE_NOUN_BEFORE = new RegExp(String.raw`^(Because of|Due to|As a result of) (${NB}+), (${NB}+?)[.!]$`);

/** "<cause> led to / caused / resulted in <effect>." */
export const CAUSE_VERB = new RegExp(String.raw`^(${NB}+?) (led to|caused|resulted in|triggered|prompted) (${NA}+?)(?:[.!]$|\s*[,;:—])`);

/** "As a result, <effect>." — its cause is the sentence before. */
export const RESULT_OPENER = new RegExp(String.raw`^(?:As a result|As a consequence|Consequently|Because of this),\s+(${NB}+?)[.!]$`);

/** "<action> in order to <verb> …" / "<action> so as to <verb> …": the purpose of the action. */
export const PURPOSE_AFTER = new RegExp(String.raw`^(${NB}+?),? ((?:in order|so as) to) (\p{Ll}+ ${NA}+?)(?:[.!]$|\s*[,;:—])`, "u");

/** Words after "since" that make it a time, not a cause ("since then", "since the 1990s"). */
export const SINCE_TIME = /^(?:then|the \d|\d|last|early|late|January|February|March|April|May|June|July|August|September|October|November|December|the (?:end|start|beginning|war|election|days?|weeks?|months?|years?))\b/;

/**
 * "<who> praised / criticized / blamed … <whom> for <doing something>": the "for" phrase is the
 * reason the article gives for the judgment. Only a gerund ("for giving …"), so every option is
 * an action of the same kind.
 */
export const REASON_FOR = new RegExp(
  String.raw`^(${NB}+? (?:praised|criticized|criticised|blamed|thanked|faulted|blasted|rebuked|condemned|credited|applauded|slammed|chided|scolded|fined|punished|sued|called out|took \S+ to task) ${NB}+?) for (\p{Ll}{3,}ing ${NA}+?)(?:[.!]$|\s*[,;:—])`,
  "u",
);
