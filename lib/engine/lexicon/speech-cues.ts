// Words that attribute speech to someone. Data only; the rules that use them live in
// analyze/quotations. Every form is listed explicitly (no stemming) so matching stays exact.

/**
 * Verbs that report speech and can take a clause ("X said (that) …", "X told reporters …").
 * A match outside quotation marks with a subject is reported (indirect) speech.
 */
export const REPORTING_VERBS: readonly string[] = [
  "say", "says", "said", "saying",
  "tell", "tells", "told", "telling",
  "add", "adds", "added", "adding",
  "argue", "argues", "argued", "arguing",
  "warn", "warns", "warned",
  "claimed", "claiming",
  "stated", "stating",
  "noted", "noting",
  "insist", "insists", "insisted", "insisting",
  "explain", "explains", "explained", "explaining",
  "announce", "announces", "announced", "announcing",
  "confirm", "confirms", "confirmed", "confirming",
  "deny", "denies", "denied", "denying",
  "acknowledge", "acknowledges", "acknowledged", "acknowledging",
  "admit", "admits", "admitted", "admitting",
  "conclude", "concludes", "concluded", "concluding",
  "write", "writes", "wrote", "writing",
  "tweeted", "tweeting",
  "demanded", "demanding",
  "reject", "rejects", "rejected", "rejecting",
  "assert", "asserts", "asserted", "asserting",
  "contend", "contends", "contended", "contending",
  "maintain", "maintains", "maintained",
  "suggest", "suggests", "suggested", "suggesting",
  "predict", "predicts", "predicted", "predicting",
  "reported",
  "replied", "replying",
  "ask", "asks", "asked", "asking",
  "urge", "urges", "urged", "urging",
  "promised", "promising",
  "vowed", "vowing",
  "pledged", "pledging",
  "declare", "declares", "declared", "declaring",
  "recall", "recalls", "recalled", "recalling",
  "complain", "complains", "complained", "complaining",
  "testify", "testifies", "testified", "testifying",
  "reiterate", "reiterates", "reiterated", "reiterating",
  "reassert", "reasserts", "reasserted", "reasserting",
  "reaffirm", "reaffirms", "reaffirmed", "reaffirming",
  "emphasize", "emphasizes", "emphasized", "emphasizing",
  "stressed", "stressing",
  "accuse", "accuses", "accused", "accusing",
  "call on", "calls on", "called on", "calling on",
  "called for", "calls for", "calling for",
];

/**
 * Verbs that attribute a quoted phrase but do not introduce reported speech on their own
 * ("what he called “…”", "Trump called the ruling “…”", "praised … for “…”").
 */
export const QUOTE_ONLY_VERBS: readonly string[] = [
  "call", "calls", "called", "calling",
  "describe", "describes", "described", "describing",
  "characterize", "characterizes", "characterized", "characterizing",
  "characterise", "characterises", "characterised",
  "dub", "dubs", "dubbed",
  "thank", "thanks", "thanked", "thanking",
  "praise", "praises", "praised", "praising",
  "criticize", "criticizes", "criticized", "criticizing",
  "blast", "blasts", "blasted",
  "blame", "blames", "blamed", "blaming",
  "condemn", "condemns", "condemned",
  "welcome", "welcomes", "welcomed",
  "hail", "hails", "hailed",
  "slam", "slams", "slammed",
  "label", "labels", "labeled", "labelled",
];

/** Multi-word cues whose speaker follows them ("according to X"). */
export const SPEAKER_AFTER_CUES: readonly string[] = ["according to", "in the words of", "quoting"];

/**
 * Nouns for something said; a possessive before them attributes a quoted phrase that follows
 * ("Ruiz's call for “unilateral” action" quotes Ruiz).
 */
export const SPEECH_NOUNS: readonly string[] = [
  "call", "calls", "claim", "claims", "statement", "statements", "remark", "remarks", "comment", "comments",
  "words", "description", "vow", "pledge", "promise", "warning", "warnings", "demand", "demands",
  "assertion", "suggestion", "proposal", "tweet", "tweets", "letter", "speech", "argument", "accusation",
  "testimony", "plea", "message", "insistence", "complaint",
];

/** Phrases that introduce a name, title or sign text, not speech ("a policy known as “…”"). */
export const NAMING_CUES: readonly string[] = [
  "known as", "so-called", "so called", "titled", "entitled", "named", "nicknamed", "reading", "read",
  "marked", "headlined", "the word", "the words", "the phrase", "the term", "the slogan", "a sign", "signs",
  "banner", "banners", "placard", "placards", "hashtag", "the headline", "the book", "the film", "the song",
];

/**
 * Words that may stand between a speaker and the cue without changing who speaks
 * ("Ana Ruiz defiantly told", "Chen also said", "the White House, which said").
 */
export const ATTRIBUTION_FILLERS: readonly string[] = [
  "also", "then", "again", "later", "earlier", "previously", "once", "still", "further", "repeatedly",
  "has", "had", "have", "would", "will", "did", "does", "do", "could", "may", "might", "recently", "since",
  "on", "last", "this", "that", "next", "week", "month", "year", "night", "morning", "afternoon", "evening",
  "today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "who", "which", "however", "now", "first", "publicly", "privately", "quickly",
];

/** Words that mark an unnamed source ("officials said", "a person familiar with the matter"). */
export const ANONYMOUS_SOURCE_NOUNS: readonly string[] = [
  "official", "officials", "source", "sources", "aide", "aides", "insider", "insiders", "person familiar",
  "people familiar", "spokesman", "spokeswoman", "spokesperson", "diplomat", "diplomats", "adviser", "advisers",
  "advisor", "advisors", "staffer", "staffers", "employee", "employees", "observers", "reports", "someone",
];

/** Phrases that say a source is deliberately unnamed. */
export const ANONYMITY_PHRASES: readonly string[] = [
  "asked not to be named", "asked not to be identified", "declined to be named", "declined to be identified",
  "spoke on condition of anonymity", "on condition of anonymity", "speaking on condition of anonymity",
  "not authorized to speak", "not authorised to speak", "requested anonymity", "familiar with the matter",
  "familiar with the discussions", "familiar with the talks", "familiar with the plan", "person familiar with",
  "people familiar with", "sources say", "sources said", "sources told", "officials said", "officials say",
  "according to sources", "according to officials", "according to people", "according to a person",
  "according to one person", "who requested anonymity", "who was not authorized",
];

/** Object pronouns and nouns often told things ("told reporters"). */
export const TOLD_OBJECTS: readonly string[] = [
  "reporters", "journalists", "the press", "the media", "lawmakers", "senators", "members", "supporters",
  "the audience", "the crowd", "him", "her", "them", "us", "me", "the committee", "the council", "the court",
  "the assembly", "delegates", "viewers", "listeners", "an audience", "a news conference", "a press conference",
];
