// Readability: the front door of analyze/readability.
export { countSyllables } from "./count-syllables";
export { gradeBand, type GradeBand } from "./grade-band";
export { readability, STUDENT_WORDS_PER_MINUTE, type Readability } from "./readability";
export { isCommonWord } from "./common-words";
