// Function words that tell the part of speech of the word after them ("to staunch", "a
// humanitarian disaster", "will continue"). Data for 03-tag.ts, kept apart from the rules.
const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

export const DETERMINERS = words(
  "a an the this that these those its their his her our your my no any each every some another either neither whose such",
);
export const MODALS = words("will would shall should can could may might must cannot");
export const SUBJECT_PRONOUNS = words("i you he she it we they who which that");
export const BE_HAVE = words("is are was were be been being am has have had having get gets got");
export const PREPOSITIONS = words(
  "of in on at by for with from into onto over under about against between among through during without within beyond toward towards upon after before behind across around",
);
export const CONJUNCTIONS = words("and or but nor so yet if because while though although since until than as");
export const ADVERB_FUNCTION = words("not also just only even still already never always often very too then there here");

/** Words that never head a content phrase: a word followed by one of these is not a prenominal adjective. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  ...DETERMINERS, ...MODALS, ...SUBJECT_PRONOUNS, ...BE_HAVE, ...PREPOSITIONS, ...CONJUNCTIONS, ...ADVERB_FUNCTION,
  "to", "do", "does", "did", "him", "them", "us", "me",
]);
