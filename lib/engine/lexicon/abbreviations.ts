// Abbreviations and the words around them that tell a sentence splitter whether a period
// ends a sentence. Data only; the rules that use it live in analyze/sentences.
// Entries are written without the final period; "a.m" stands for "a.m.".

/**
 * Abbreviations that come before a name or a noun and so never end a sentence
 * ("Dr. Smith", "Mt. Fuji", "Smith v. Jones"). Matched case-insensitively.
 */
export const PREFIX_ABBREVIATIONS: readonly string[] = [
  "mr", "mrs", "ms", "mssrs", "messrs", "mme", "mlle", "dr", "prof", "rev", "fr", "hon", "pres",
  "sen", "sens", "rep", "reps", "gov", "govs", "lt", "gen", "col", "maj", "capt", "cmdr", "cmdt",
  "adm", "sgt", "cpl", "pvt", "brig", "insp", "det", "supt", "amb", "atty", "gens", "lt.col",
  "mt", "vs", "v", "e.g", "i.e", "cf", "viz", "approx", "dept", "univ", "assn",
];

/**
 * Abbreviations that stand before a number ("No. 5", "p. 55", "N°. 1026") and otherwise are
 * ordinary words ("He said no."). Matched case-insensitively.
 */
export const NUMBER_ABBREVIATIONS: readonly string[] = [
  "no", "nos", "n°", "nº", "p", "pp", "vol", "vols", "ch", "chap", "fig", "figs", "art", "sec",
  "para", "op", "ed", "eds", "tel", "ext", "rt", "hwy", "rte", "pg", "ver",
];

/**
 * Abbreviations that often sit inside a sentence but may also end one ("Briggs & Co. at noon"
 * vs "Briggs & Co. It closed"). After these, a sentence ends only before a word from
 * SENTENCE_STARTERS. Matched case-insensitively.
 */
export const INNER_ABBREVIATIONS: readonly string[] = [
  "co", "cos", "corp", "inc", "ltd", "llc", "plc", "bros", "jr", "sr", "esq", "etc", "al",
  "st", "ave", "blvd", "rd", "ln", "sq", "mtn", "bldg", "est", "ph.d", "m.d", "b.a",
  "m.a", "d.c", "u.s", "u.s.a", "u.k", "u.n", "e.u", "n.y", "l.a", "n.j", "n.c", "s.c", "n.h",
  "n.m", "n.d", "s.d", "r.i", "w.va", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
  "sept", "oct", "nov", "dec",
  "ala", "ariz", "ark", "calif", "colo", "conn", "fla", "ga", "kan", "kans", "ky", "md",
  "mich", "minn", "mo", "mont", "neb", "nev", "okla", "pa", "tenn", "tex", "vt", "va", "wis",
  "wyo", "dak", "hr", "hrs", "mins", "yr", "yrs", "mos", "wk", "dist", "govt", "intl",
  "natl", "assoc", "mfg", "lb", "lbs", "oz", "ft", "yd", "km", "kg", "cm", "mm", "ml", "misc",
];

/**
 * State abbreviations that are also ordinary words ("was ill.", "the wash."): they count as
 * abbreviations only when capitalized exactly as here. Matched case-sensitively.
 */
export const CAPITALIZED_INNER_ABBREVIATIONS: readonly string[] = [
  "Ill", "Ind", "Del", "Mass", "Miss", "Wash", "Ore", "Mon", "Tue", "Tues", "Wed", "Thu",
  "Thurs", "Fri", "Sat",
];

/** Clock abbreviations: a sentence may end after them before any capitalized word. */
export const TIME_ABBREVIATIONS: readonly string[] = ["a.m", "p.m", "am", "pm"];

/**
 * Capitalized words that continue a time ("10 a.m. Monday", "5 p.m. Eastern") rather than
 * start a new sentence. A place before "time" ("9 a.m. Paris time") is recognized by rule.
 */
export const WORDS_AFTER_TIME: readonly string[] = [
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "eastern", "pacific", "central", "mountain", "atlantic", "local", "gmt", "utc", "et", "est",
  "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "bst", "cet", "cest",
  "jst", "kst", "ist", "aest", "greenwich", "today", "tonight", "tomorrow", "yesterday",
  "january", "february", "march", "april", "may", "june", "july", "august", "september",
  "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
  "sept", "oct", "nov", "dec",
];

/**
 * Words that open sentences but rarely follow an abbreviation inside one: closed-class words
 * (articles, pronouns, conjunctions, common prepositions and adverbs, auxiliaries). After an
 * ambiguous abbreviation ("U.S.", "Co.", "Jr.") or an initial ("I."), only these mark a new
 * sentence, so "the U.S. Senate" stays whole and "in the U.S. How about you?" splits.
 * Matched case-sensitively on the capitalized form.
 */
export const SENTENCE_STARTERS: readonly string[] = [
  "A", "An", "The", "This", "That", "These", "Those", "It", "Its", "It's", "He", "She", "They",
  "We", "I", "You", "His", "Her", "Their", "Our", "My", "Your", "Him", "Them", "Us", "There",
  "Here", "But", "And", "Or", "So", "Yet", "Nor", "If", "When", "While", "Whereas", "Where",
  "What", "Who", "Whom", "Whose", "Why", "How", "Which", "Whether", "In", "On", "At", "By",
  "For", "From", "With", "Without", "After", "Before", "During", "Since", "Until", "As",
  "Although", "Though", "Because", "Unless", "Once", "Still", "However", "Meanwhile", "Also",
  "Then", "Now", "Thus", "Therefore", "Hence", "Instead", "Indeed", "Moreover", "Furthermore",
  "Besides", "Otherwise", "Nevertheless", "Nonetheless", "Many", "Some", "Most", "Several",
  "Both", "Each", "Every", "All", "Any", "No", "None", "Not", "Neither", "Either", "Few",
  "Such", "Other", "Another", "Among", "Under", "Over", "Despite", "Even", "Only", "Just",
  "Did", "Do", "Does", "Is", "Are", "Was", "Were", "Will", "Would", "Can", "Could", "Should",
  "Shall", "May", "Might", "Must", "Has", "Have", "Had", "Let", "Please", "Yes", "Well",
  "Today", "Yesterday", "Tomorrow", "Last", "Next", "Earlier", "Later", "Officials", "One",
  "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "To", "Of", "About",
  "Against", "Through", "Into", "Like", "More", "Much", "Less", "Asked", "According",
];

/**
 * First words of a short time phrase that opens a sentence ("At 5 a.m.", "By 6 p.m.", "Shortly
 * after 9 a.m."): the clock abbreviation there does not end the sentence.
 */
export const TIME_PHRASE_OPENERS: readonly string[] = [
  "at", "by", "before", "after", "until", "till", "since", "from", "around", "about", "shortly",
  "starting", "beginning", "as", "on", "early", "late", "just", "sometime", "between",
];
