// English number words: cardinals, scales, ordinals and fraction names, read by
// analyze/numbers. Keys are lower case; values are numbers.

/** One to nineteen and the tens: the words a number phrase is built from. */
export const CARDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ["zero", 0], ["one", 1], ["two", 2], ["three", 3], ["four", 4], ["five", 5], ["six", 6],
  ["seven", 7], ["eight", 8], ["nine", 9], ["ten", 10], ["eleven", 11], ["twelve", 12],
  ["thirteen", 13], ["fourteen", 14], ["fifteen", 15], ["sixteen", 16], ["seventeen", 17],
  ["eighteen", 18], ["nineteen", 19], ["twenty", 20], ["thirty", 30], ["forty", 40],
  ["fifty", 50], ["sixty", 60], ["seventy", 70], ["eighty", 80], ["ninety", 90],
]);

/** Multipliers. "dozen" behaves like a scale ("two dozen" = 24, "a dozen" = 12). */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ["hundred", 100], ["thousand", 1e3], ["million", 1e6], ["billion", 1e9], ["trillion", 1e12],
  ["dozen", 12],
]);

/** Scale abbreviations glued to or following a figure: "$3.4m", "5bn", "20k". */
export const SCALE_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ["k", 1e3], ["m", 1e6], ["mn", 1e6], ["mln", 1e6], ["b", 1e9], ["bn", 1e9], ["tn", 1e12], ["trn", 1e12],
]);

/** Ordinal words ("twenty-first" is read as "twenty" + "first"). */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ["first", 1], ["second", 2], ["third", 3], ["fourth", 4], ["fifth", 5], ["sixth", 6],
  ["seventh", 7], ["eighth", 8], ["ninth", 9], ["tenth", 10], ["eleventh", 11], ["twelfth", 12],
  ["thirteenth", 13], ["fourteenth", 14], ["fifteenth", 15], ["sixteenth", 16],
  ["seventeenth", 17], ["eighteenth", 18], ["nineteenth", 19], ["twentieth", 20],
  ["thirtieth", 30], ["fortieth", 40], ["fiftieth", 50], ["sixtieth", 60], ["seventieth", 70],
  ["eightieth", 80], ["ninetieth", 90], ["hundredth", 100], ["thousandth", 1000],
  ["millionth", 1e6],
]);

/** Denominator words: "a third", "two-thirds", "three quarters", "one in five" is elsewhere. */
export const FRACTION_DENOMINATORS: ReadonlyMap<string, number> = new Map([
  ["half", 2], ["halves", 2], ["third", 3], ["thirds", 3], ["quarter", 4], ["quarters", 4],
  ["fourth", 4], ["fourths", 4], ["fifth", 5], ["fifths", 5], ["sixth", 6], ["sixths", 6],
  ["seventh", 7], ["sevenths", 7], ["eighth", 8], ["eighths", 8], ["ninth", 9], ["ninths", 9],
  ["tenth", 10], ["tenths", 10], ["hundredth", 100], ["hundredths", 100],
  ["thousandth", 1000], ["thousandths", 1000],
]);

/**
 * Ordinal idioms that are not positions in a sequence ("third parties", "at first").
 * Each entry is the lower-case phrase; the ordinal word inside it is not reported.
 */
export const ORDINAL_IDIOMS: readonly string[] = [
  "at first", "first of all", "first lady", "first-hand", "first hand", "first-time", "first aid",
  "first responders", "first responder", "second-hand", "second hand", "second-guess",
  "third party", "third parties", "third-party", "third world", "first-rate", "second-rate",
  "third-rate", "first name", "first-degree", "second-degree", "third-degree",
  // halves and quarters of a period, where the ordinal and the fraction are one phrase
  "first half", "second half", "first quarter", "second quarter", "third quarter", "fourth quarter",
];

/** Compound words after "one-" that are not counts ("one-sided", "one-time", "one-on-one"). */
export const NOT_COUNT_COMPOUNDS: ReadonlySet<string> = new Set(
  "time on off way sided shot stop size party liner man woman".split(" "),
);

/**
 * Words that, right before a figure, make it a label rather than a quantity
 * ("Article 5", "No. 10", "Route 66", "Resolution 2397").
 */
export const IDENTIFIER_LABELS: ReadonlySet<string> = new Set(
  ("no nos number article section chapter page pages room route highway interstate flight " +
    "resolution proposition prop gate terminal track channel level phase category title amendment " +
    "district precinct ward unit suite apartment apt box lot exit pier platform model version " +
    "bill act clause paragraph verse psalm item question figure table step round game").split(" "),
);

/** Words before "N to M" or after "N-M" that make it a vote or score ("voted 7-2", "a 5-4 decision"). */
export const TALLY_CUES: ReadonlySet<string> = new Set(
  ("vote votes voted voting ruled ruling rulings decision decisions margin split tally score scored " +
    "won win wins lost lose loses beat beats defeated defeat passed approved rejected majority record " +
    "verdict victory loss count final").split(" "),
);
